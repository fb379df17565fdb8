import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function ImportPage() {
  return <Title order={2}>ImportPage</Title>;
}
