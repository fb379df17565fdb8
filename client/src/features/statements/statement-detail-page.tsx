import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function StatementDetailPage() {
  return <Title order={2}>StatementDetailPage</Title>;
}
