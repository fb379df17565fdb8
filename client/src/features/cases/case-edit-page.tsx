import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function CaseEditPage() {
  return <Title order={2}>CaseEditPage</Title>;
}
