import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function OrganisationsPage() {
  return <Title order={2}>OrganisationsPage</Title>;
}
