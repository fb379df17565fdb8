import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function CaseNewPage() {
  return <Title order={2}>CaseNewPage</Title>;
}
