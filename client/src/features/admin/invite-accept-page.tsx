import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function InviteAcceptPage() {
  return <Title order={2}>InviteAcceptPage</Title>;
}
