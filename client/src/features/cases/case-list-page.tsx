import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function CaseListPage() {
  return <Title order={2}>CaseListPage</Title>;
}
