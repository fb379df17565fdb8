import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function StatementListPage() {
  return <Title order={2}>StatementListPage</Title>;
}
