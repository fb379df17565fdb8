import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function MembersPage() {
  return <Title order={2}>MembersPage</Title>;
}
