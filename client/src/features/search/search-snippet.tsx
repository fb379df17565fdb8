import { Text } from '@mantine/core';

/** The server marks matched words between [[ and ]]; shown as <mark>, everything else as plain text. */
export function SearchSnippet({ text }: { text: string }) {
  const parts = text.split(/\[\[(.*?)\]\]/g);
  return (
    <Text size="sm" c="dimmed" data-testid="search-snippet">
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>))}
    </Text>
  );
}
