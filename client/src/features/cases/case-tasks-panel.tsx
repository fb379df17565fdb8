import { useMutation, useQuery } from '@apollo/client';
import { Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import type { CaseTaskFieldsFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../layout/error-alert';
import {
  ADD_CASE_TASK,
  CANCEL_CASE_TASK,
  CASE_TASKS_QUERY,
  COMPLETE_CASE_TASK,
  TASK_ASSIGNEES_QUERY,
} from '../notifications/notification-operations';

/** Deadlines of the case, due times shown in the viewer's own time zone (the browser's). */
export function CaseTasksPanel({ caseId, ownerOrganisationId, canEdit }: { caseId: string; ownerOrganisationId: string; canEdit: boolean }) {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  const { me } = useSession();
  const { data, error, refetch } = useQuery(CASE_TASKS_QUERY, { variables: { id: caseId } });
  // Only the owner's members are offered; without the right to list them the task simply goes unassigned.
  const members = useQuery(TASK_ASSIGNEES_QUERY, { variables: { organisationId: ownerOrganisationId }, skip: !canEdit, errorPolicy: 'ignore' });
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [add, addState] = useMutation(ADD_CASE_TASK);
  const [complete, completeState] = useMutation(COMPLETE_CASE_TASK);
  const [cancel, cancelState] = useMutation(CANCEL_CASE_TASK);
  const tasks = [...(data?.case?.tasks ?? [])].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const now = Date.now();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dueAt = new Date(due);
    if (!title.trim() || Number.isNaN(dueAt.getTime())) return;
    try {
      await add({ variables: { caseId, input: { title: title.trim(), dueAt: dueAt.toISOString(), assigneeId: assigneeId || null } } });
    } catch {
      return;
    }
    setTitle('');
    setDue('');
    setAssigneeId('');
    await refetch();
  };

  const act = async (task: CaseTaskFieldsFragment, action: 'complete' | 'cancel') => {
    const run = action === 'complete' ? complete : cancel;
    try {
      await run({ variables: { id: task.id, version: task.version } });
    } catch {
      return;
    }
    await refetch();
  };

  const statusBadge = (task: CaseTaskFieldsFragment) => {
    if (task.status !== 'OPEN') return <Badge variant="light" color="gray">{t(`tasks.status.${task.status}`)}</Badge>;
    if (Date.parse(task.dueAt) < now) return <Badge color="red" data-testid="task-overdue">{t('tasks.overdue')}</Badge>;
    return <Badge variant="light">{t('tasks.status.OPEN')}</Badge>;
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="case-tasks-title" data-testid="case-tasks">
      <Title order={3} id="case-tasks-title">
        {t('tasks.title')}
      </Title>
      {error ? <ErrorAlert error={error} /> : null}
      {tasks.length === 0 ? (
        <Text c="dimmed">{t('tasks.none')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tasks.taskTitle')}</Table.Th>
              <Table.Th>{t('tasks.due')}</Table.Th>
              <Table.Th>{t('tasks.assignee')}</Table.Th>
              <Table.Th>{t('tasks.statusLabel')}</Table.Th>
              {canEdit ? <Table.Th>{t('tasks.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.map((task) => (
              <Table.Tr key={task.id}>
                <Table.Td>{task.title}</Table.Td>
                <Table.Td>
                  <time dateTime={task.dueAt}>{format.dateTime(task.dueAt)}</time>
                </Table.Td>
                <Table.Td>{task.assignee?.displayName ?? t('tasks.unassigned')}</Table.Td>
                <Table.Td>{statusBadge(task)}</Table.Td>
                {canEdit ? (
                  <Table.Td>
                    {task.status === 'OPEN' ? (
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="light" onClick={() => void act(task, 'complete')} aria-label={t('tasks.completeNamed', { title: task.title })}>
                          {t('tasks.complete')}
                        </Button>
                        <Button size="xs" variant="subtle" color="red" onClick={() => void act(task, 'cancel')} aria-label={t('tasks.cancelNamed', { title: task.title })}>
                          {t('tasks.cancel')}
                        </Button>
                      </Group>
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {completeState.error ? <ErrorAlert error={completeState.error} /> : null}
      {cancelState.error ? <ErrorAlert error={cancelState.error} /> : null}
      {canEdit ? (
        <form onSubmit={(e) => void submit(e)} aria-label={t('tasks.add')}>
          <Group align="flex-end" gap="sm">
            <TextInput label={t('tasks.taskTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={300} />
            <TextInput type="datetime-local" label={t('tasks.due')} value={due} onChange={(e) => setDue(e.currentTarget.value)} required />
            <NativeSelect
              label={t('tasks.assignee')}
              value={assigneeId}
              onChange={(e) => setAssigneeId(e.currentTarget.value)}
              data={[
                { value: '', label: t('tasks.unassigned') },
                // Oneself always; the others when the viewer may list the owner's members.
                ...(me && !(members.data?.members ?? []).some((m) => m.user.id === me.id) ? [{ value: me.id, label: me.displayName }] : []),
                ...(members.data?.members ?? []).map((m) => ({ value: m.user.id, label: m.user.displayName })),
              ]}
            />
            <Button type="submit" loading={addState.loading}>
              {t('tasks.add')}
            </Button>
          </Group>
          {addState.error ? <ErrorAlert error={addState.error} /> : null}
        </form>
      ) : null}
    </Stack>
  );
}
