import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function BriefingDetailPage() {
  return <Title order={2}>BriefingDetailPage</Title>;
}
