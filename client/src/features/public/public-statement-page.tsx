import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function PublicStatementPage() {
  return <Title order={2}>PublicStatementPage</Title>;
}
