import { Title } from '@mantine/core';

// Placeholder until this page is built.
export function AuditPage() {
  return <Title order={2}>AuditPage</Title>;
}
