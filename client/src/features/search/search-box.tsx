import { ActionIcon, Box, Kbd, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

/** A search field that opens the results on Enter; `hotkey` lets `/` focus it from anywhere but a text field. */
export function SearchField({ initial = '', hotkey = false, testId }: { initial?: string; hotkey?: boolean; testId: string }) {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initial);
  useHotkeys(hotkey ? [['/', () => input.current?.focus()]] : []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = value.trim();
    if (query) navigate(`/search?q=${encodeURIComponent(query)}`);
  };

  return (
    <form onSubmit={submit} role="search">
      <TextInput
        ref={input}
        size={hotkey ? 'xs' : 'md'}
        w={hotkey ? 260 : '100%'}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
        placeholder={t('placeholder')}
        aria-label={t('label')}
        rightSection={hotkey ? <Kbd size="xs">/</Kbd> : null}
        data-testid={testId}
      />
    </form>
  );
}

/**
 * The app bar's search: the field on wider screens; on a phone, where the bar has no room for it beside the
 * bell and the account, a button to the search page, which shows the field itself.
 */
export function SearchBox() {
  const { t } = useTranslation('search');
  return (
    <>
      <Box visibleFrom="sm">
        <SearchField hotkey testId="global-search" />
      </Box>
      <ActionIcon component={Link} to="/search" hiddenFrom="sm" variant="subtle" size={44} aria-label={t('label')} data-testid="search-link">
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <line x1="15.5" y1="15.5" x2="21" y2="21" />
        </svg>
      </ActionIcon>
    </>
  );
}
