import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function CaseDetailPage() {
  return <Title order={2}>CaseDetailPage</Title>;
}
