import { Kbd, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** The app bar's search field: `/` focuses it from anywhere but a text field; Enter opens the results. */
export function SearchBox() {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  useHotkeys([['/', () => input.current?.focus()]]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = value.trim();
    if (query) navigate(`/search?q=${encodeURIComponent(query)}`);
  };

  return (
    <form onSubmit={submit} role="search">
      <TextInput
        ref={input}
        size="xs"
        w={{ base: 140, sm: 260 }}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
        placeholder={t('placeholder')}
        aria-label={t('label')}
        rightSection={<Kbd size="xs">/</Kbd>}
        data-testid="global-search"
      />
    </form>
  );
}
