import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function StatementNewPage() {
  return <Title order={2}>StatementNewPage</Title>;
}
