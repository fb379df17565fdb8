import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryFilter, useCountryOptions } from '../../layout/country-picker';
import type { CaseCategory } from '../../gql/graphql';
import { CASE_CATEGORIES, isFiltered, type DashboardFilter } from './dashboard-filter-params';

/**
 * Mantine keeps a closed picker's list mounted (hidden, in a portal) and positions it with floating-ui, which
 * reads the computed style of every ancestor: three pickers, the country list's every option and a scroll
 * area, built and measured while the dashboard starts. Their lists are built when opened instead.
 */
const LIST_WHEN_OPENED = { keepMounted: false } as const;

interface DashboardFiltersProps {
  filter: DashboardFilter;
  /** Countries that occur in the data the viewer may count. */
  countryCodes: string[];
  onChange: (filter: DashboardFilter) => void;
}

export function DashboardFilters({ filter, countryCodes, onChange }: DashboardFiltersProps) {
  const { t } = useTranslation('dashboard');
  const codes = filter.country && !countryCodes.includes(filter.country) ? [...countryCodes, filter.country] : countryCodes;
  const countries = useCountryOptions(codes);
  const set = (patch: Partial<DashboardFilter>) => onChange({ ...filter, ...patch });

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label={t('filters.title')}>
      <TextInput
        type="date"
        label={t('filters.from')}
        value={filter.from ?? ''}
        max={filter.to ?? undefined}
        onChange={(e) => set({ from: e.currentTarget.value || null })}
        w={160}
      />
      <TextInput
        type="date"
        label={t('filters.to')}
        value={filter.to ?? ''}
        min={filter.from ?? undefined}
        onChange={(e) => set({ to: e.currentTarget.value || null })}
        w={160}
      />
      <Select
        label={t('filters.country')}
        placeholder={t('filters.countryAny')}
        data={countries}
        filter={countryFilter}
        value={filter.country}
        onChange={(value) => set({ country: value })}
        searchable
        clearable
        nothingFoundMessage={t('filters.nothingFound')}
        w={200}
        comboboxProps={LIST_WHEN_OPENED}
      />
      <MultiSelect
        label={t('filters.category')}
        placeholder={filter.categories.length === 0 ? t('filters.categoryAny') : undefined}
        data={CASE_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
        value={filter.categories}
        onChange={(values) => set({ categories: values as CaseCategory[] })}
        clearable
        w={260}
        comboboxProps={LIST_WHEN_OPENED}
      />
      <Select
        label={t('filters.crossBorder')}
        data={[
          { value: 'any', label: t('filters.crossBorderAny') },
          { value: 'true', label: t('filters.crossBorderOnly') },
          { value: 'false', label: t('filters.crossBorderNone') },
        ]}
        value={filter.crossBorder === null ? 'any' : String(filter.crossBorder)}
        onChange={(value) => set({ crossBorder: value === 'true' ? true : value === 'false' ? false : null })}
        allowDeselect={false}
        w={200}
        comboboxProps={LIST_WHEN_OPENED}
      />
      <Button
        variant="subtle"
        disabled={!isFiltered(filter)}
        onClick={() => onChange({ from: null, to: null, country: null, categories: [], crossBorder: null })}
      >
        {t('filters.clear')}
      </Button>
    </Group>
  );
}
