import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function AccountPage() {
  return <Title order={2}>AccountPage</Title>;
}
