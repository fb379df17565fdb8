import { useApolloClient, useLazyQuery, useQuery } from '@apollo/client';
import { Alert, Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AUDIT_FILTER_LIMITS } from '@coalition/shared';
import { actionLabel, actsAsSubject, entityLabel, subjectPath } from './audit-labels';
import { useOrganisationName } from '../../core/organisation-name';
import { graphql } from '../../gql';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { PageTitle } from '../../layout/page-title';

const AUDIT_ORGANISATIONS = graphql(`
  query AuditOrganisations {
    organisations {
      id
      name
      names {
        language
        name
      }
    }
  }
`);

const AUDIT_LOG = graphql(`
  query AuditLog($organisationId: ID, $after: String, $first: Int, $filter: AuditFilter) {
    auditLog(organisationId: $organisationId, after: $after, first: $first, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          seq
          at
          actor
          action
          entityType
          entityId
          hash
          organisation {
            id
            name
            names {
              language
              name
            }
          }
        }
      }
    }
  }
`);

// Names for the accounts that entries point at (sign-ins name no actor): only the members the viewer may list already.
const AUDIT_MEMBERS = graphql(`
  query AuditMembers($organisationId: ID!) {
    members(organisationId: $organisationId) {
      user {
        id
        displayName
      }
    }
  }
`);

// A query, not a mutation: it only reads. Run on demand with the network, never from the cache.
const VERIFY_AUDIT_CHAIN = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      ok
      checked
      brokenAt
    }
  }
`);

const PAGE_SIZE = 50;
const ALL = '';

export function AuditPage() {
  const orgName = useOrganisationName();
  const { t, i18n } = useTranslation('audit');
  const format = useFormat();
  const session = useSession();
  const adminOrgs = session.orgsWithRole('ADMIN');
  const orgs = useQuery(AUDIT_ORGANISATIONS, { skip: !session.isCoordinator });
  // A coordinator reads every entry; an ADMIN only the entries of the organisations they administer.
  const choices = session.isCoordinator ? (orgs.data?.organisations ?? []) : adminOrgs;
  const [picked, setPicked] = useState<string>(session.isCoordinator ? ALL : (adminOrgs[0]?.id ?? ALL));
  const organisationId = picked === ALL ? null : picked;
  const [actionFilter, setActionFilter] = useState(ALL);
  const [subjectType, setSubjectType] = useState(ALL);
  const [subjectId, setSubjectId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const allowed = session.isCoordinator || adminOrgs.length > 0;
  // Every action and subject the log records, in the reader's language, not just those on the loaded pages.
  const collator = new Intl.Collator(i18n.language);
  const actionChoices = AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(t, a) })).sort((x, y) => collator.compare(x.label, y.label));
  const subjectChoices = AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: entityLabel(t, type) })).sort((x, y) => collator.compare(x.label, y.label));

  // The server filters and pages: a page after the first continues the same filter. Typing an id is sent once the user pauses.
  const rangeInvalid = from !== '' && to !== '' && to < from;
  const typedId = useDebounced(subjectId.trim(), 400);
  const filter = useMemo(
    () => ({
      action: actionFilter === ALL ? null : actionFilter,
      entityType: subjectType === ALL ? null : subjectType,
      entityId: typedId || null,
      from: from || null,
      to: to && !rangeInvalid ? to : null,
    }),
    [actionFilter, subjectType, typedId, from, to, rangeInvalid],
  );
  const { data, previousData, loading, error, fetchMore } = useQuery(AUDIT_LOG, {
    variables: { organisationId, first: PAGE_SIZE, filter },
    skip: !allowed,
    fetchPolicy: 'network-only',
  });
  const userNames = useMemberNames(choices.map((o) => o.id));
  const userName = (id: string | null | undefined) => (!id ? undefined : id === session.me?.id ? session.me.displayName : userNames.get(id));

  // The previous answer stays on screen, dimmed, while a changed filter loads.
  const log = (data ?? previousData)?.auditLog;
  const stale = !data && !!previousData;
  const entries = useMemo(() => log?.edges.map((e) => e.node) ?? [], [log]);

  const actorOf = (n: (typeof entries)[number]): string => {
    if (n.actor) return n.actor;
    if (actsAsSubject(n.action, n.entityType)) return userName(n.entityId) ?? t('notSignedIn');
    return n.action.startsWith('auth.') ? t('notSignedIn') : t('system');
  };

  const loadMore = async () => {
    const cursor = log?.pageInfo.endCursor;
    if (!cursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: cursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          auditLog: { ...fetchMoreResult.auditLog, edges: [...previous.auditLog.edges, ...fetchMoreResult.auditLog.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  if (!allowed) {
    return (
      <Stack>
        <PageTitle>{t('title')}</PageTitle>
        <Alert color="gray" role="status">
          {t('notAllowed')}
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <PageTitle>{t('title')}</PageTitle>
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      {session.isCoordinator ? <VerifyChain /> : null}
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('filters.organisation')}
          value={picked}
          onChange={(e) => setPicked(e.currentTarget.value)}
          data={[...(session.isCoordinator ? [{ value: ALL, label: t('filters.all') }] : []), ...choices.map((o) => ({ value: o.id, label: orgName(o) }))]}
          miw={280}
        />
        <NativeSelect
          label={t('filters.action')}
          value={actionFilter}
          onChange={(e) => setActionFilter(e.currentTarget.value)}
          data={[{ value: ALL, label: t('filters.anyAction') }, ...actionChoices]}
          miw={220}
        />
        <NativeSelect
          label={t('filters.subject')}
          value={subjectType}
          onChange={(e) => setSubjectType(e.currentTarget.value)}
          data={[{ value: ALL, label: t('filters.anySubject') }, ...subjectChoices]}
          miw={180}
        />
        <TextInput
          type="search"
          label={t('filters.subjectId')}
          description={t('filters.subjectIdHint')}
          value={subjectId}
          onChange={(e) => setSubjectId(e.currentTarget.value)}
          miw={200}
          maxLength={AUDIT_FILTER_LIMITS.entityId}
          autoComplete="off"
        />
        <TextInput type="date" label={t('filters.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput
          type="date"
          label={t('filters.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={rangeInvalid ? t('filters.toBeforeFrom') : undefined}
        />
      </Group>
      <ErrorAlert error={error ?? orgs.error} />
      {loading && !log ? (
        <PageLoader />
      ) : (
        <>
          <Text size="sm" aria-live="polite" aria-busy={stale} data-testid="audit-shown" c={stale ? 'dimmed' : undefined}>
            {t('shown', { shown: entries.length, total: log?.totalCount ?? 0 })}
          </Text>
          <Table.ScrollContainer minWidth={720} type="native" tabIndex={0}>
            <Table striped aria-label={t('title')} aria-busy={stale} verticalSpacing={4} style={{ opacity: stale ? 0.6 : 1 }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>{t('columns.at')}</Table.Th>
                  <Table.Th>{t('columns.actor')}</Table.Th>
                  <Table.Th>{t('columns.action')}</Table.Th>
                  <Table.Th>{t('columns.target')}</Table.Th>
                  <Table.Th>{t('columns.organisation')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((n) => (
                  <Table.Tr key={n.seq}>
                    <Table.Td>{n.seq}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(n.at)}</Table.Td>
                    <Table.Td>{actorOf(n)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" title={n.action} data-action={n.action}>
                        {actionLabel(t, n.action)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Subject entityType={n.entityType} entityId={n.entityId} name={n.entityType === 'User' ? userName(n.entityId) : undefined} />
                    </Table.Td>
                    <Table.Td>{(n.organisation ? orgName(n.organisation) : '—')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {log?.pageInfo.hasNextPage && !stale ? (
            <Group>
              <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                {t('loadMore')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}

/** The value once it has stayed the same for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Display names of the members of these organisations, by user id; members the viewer cannot list stay unnamed. */
function useMemberNames(organisationIds: string[]): Map<string, string> {
  const client = useApolloClient();
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const key = organisationIds.join(',');
  useEffect(() => {
    let live = true;
    const ids = key ? key.split(',') : [];
    void Promise.all(ids.map((organisationId) => client.query({ query: AUDIT_MEMBERS, variables: { organisationId } }).catch(() => null))).then((answers) => {
      if (!live) return;
      const next = new Map<string, string>();
      for (const answer of answers) for (const m of answer?.data.members ?? []) next.set(m.user.id, m.user.displayName);
      setNames(next);
    });
    return () => {
      live = false;
    };
  }, [client, key]);
  return names;
}

function Subject({ entityType, entityId, name }: { entityType: string; entityId: string | null | undefined; name: string | undefined }) {
  const { t } = useTranslation('audit');
  const label = entityLabel(t, entityType);
  const path = subjectPath(entityType, entityId);
  // Eight characters tell entries apart at a glance; the full id is in the tooltip and the link.
  const short = entityId ? (entityId.length > 12 ? `${entityId.slice(0, 8)}…` : entityId) : '';
  if (name) return <Text size="sm">{t('accountOf', { name })}</Text>;
  return (
    <>
      {path ? (
        <Anchor component={Link} to={path} size="sm" aria-label={t('openSubject', { subject: `${label} ${entityId}` })}>
          {label}
        </Anchor>
      ) : (
        <Text size="sm">{label}</Text>
      )}
      {entityId ? (
        <Text size="xs" c="dimmed" ff="monospace" title={entityId}>
          {short}
        </Text>
      ) : null}
    </>
  );
}

function VerifyChain() {
  const { t } = useTranslation('audit');
  const format = useFormat();
  const [verify, { data, loading, error, called }] = useLazyQuery(VERIFY_AUDIT_CHAIN, { fetchPolicy: 'network-only' });
  const result = called && !loading ? data?.verifyAuditChain : undefined;
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="light" loading={loading} onClick={() => void verify().catch(() => null)}>
          {t('verify.run')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('verify.hint')}
        </Text>
      </Group>
      <ErrorAlert error={error} />
      {result ? (
        result.ok ? (
          <Alert color="green" title={t('verify.validTitle')} role="status" data-testid="audit-verification">
            {t('verify.valid', { checked: format.number(result.checked) })}
          </Alert>
        ) : (
          <Alert color="red" title={t('verify.brokenTitle')} role="alert" data-testid="audit-verification">
            {t('verify.broken', { seq: result.brokenAt ?? '?', checked: format.number(result.checked) })}
          </Alert>
        )
      ) : null}
    </Stack>
  );
}
