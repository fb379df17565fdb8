import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function BriefingListPage() {
  return <Title order={2}>BriefingListPage</Title>;
}
