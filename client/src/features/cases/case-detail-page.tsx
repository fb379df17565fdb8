import { useQuery } from '@apollo/client';
import { Alert, Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useOrganisationName } from '../../core/organisation-name';
import { useFormat } from '../../core/format';
import { useSession } from '../../core/session';
import { usePersistentState } from '../../core/use-persistent-state';
import { ErrorAlert } from '../../layout/error-alert';
import { PageLoader } from '../../layout/page-loader';
import { CaseBadges, StatusBadge } from './case-badges';
import { FIGURE_FIELDS } from './case-form-values';
import { CASE_DETAIL_QUERY } from './case-operations';
import { EvidencePanel } from '../evidence/evidence-panel';
import { EvidenceUploadsProvider, EventEvidenceDrop } from '../evidence/evidence-uploads';
import { CaseAccessPanel } from './case-access-panel';
import { CaseSharesPanel } from './case-shares-panel';
import { CaseTasksPanel } from './case-tasks-panel';
import { CaseHistoryPanel } from './case-history-panel';
import { EventDialog } from './event-dialog';
import { PersonDialog } from './person-dialog';
import { hiddenReason } from './person-visibility';
import { ErasePersonButton } from './erase-person-button';
import { RemovePersonButton } from './remove-person-button';
import { ConsentPanel } from '../referrals/consent-panel';
import { CrossBorderPanel } from '../referrals/cross-border-panel';
import { ReferralDialog } from '../referrals/referral-dialog';
import { PageTitle } from '../../layout/page-title';

/** The case page; its evidence panel and timeline events share one upload queue. */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  return (
    <EvidenceUploadsProvider caseId={id}>
      <CaseDetail />
    </EvidenceUploadsProvider>
  );
}

function CaseDetail() {
  const orgName = useOrganisationName();
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('cases');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(CASE_DETAIL_QUERY, { variables: { id } });
  const session = useSession();
  const userId = session.me?.id ?? 'anonymous';
  // Which dialog is open survives an expired session too, so the user comes back to what they were typing.
  const [dialog, setDialog, clearDialog] = usePersistentState<'person' | 'event' | null>(`case-dialog.${userId}.${id}`, null);
  const { t: tr } = useTranslation('referrals');
  const [consentsOf, setConsentsOf] = useState<string | null>(null);
  const [referring, setReferring] = useState<{ id: string; pseudonym: string } | null>(null);
  const closeDialog = () => {
    setDialog(null);
    clearDialog();
  };

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} />;
  const kase = data?.case;
  if (!kase) {
    return (
      <Stack>
        <Alert color="gray" title={t('detail.notFoundTitle')} role="alert">
          {t('detail.notFound')}
        </Alert>
        <Anchor component={Link} to="/cases">
          {t('detail.backToList')}
        </Anchor>
      </Stack>
    );
  }

  const reload = () => void refetch();
  const ownerId = kase.ownerOrganisation.id;
  const ownerMember = session.orgsWithRole('ADMIN', 'CASEWORKER', 'SIGNATORY', 'VIEWER').some((o) => o.id === ownerId);
  // Erasure is the owner's ADMINs' (the server refuses everyone else anyway).
  const canErase = session.orgsWithRole('ADMIN').some((o) => o.id === ownerId);
  // The server lists events oldest first; a stable sort by day keeps its order within a day.
  const events = [...kase.events].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  const place = [kase.location.city, kase.location.region, format.country(kase.location.countryCode)].filter(Boolean).join(', ');
  const uiLanguage = i18n.language.toUpperCase();

  return (
    <Stack gap="lg">
      <div className="print-only confidentiality-marking" data-testid="print-marking">
        {t('shell:print.marking', {
          visibility: t(`visibility.${kase.visibility}`),
          reference: kase.reference,
          date: new Date().toISOString().slice(0, 10),
          name: session.me?.displayName ?? '',
        })}
      </div>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text c="dimmed" ff="monospace" data-testid="case-reference">
            {kase.reference}
          </Text>
          <PageTitle documentTitle={t('shell:titles.case', { reference: kase.reference })}>{kase.title}</PageTitle>
          <Group gap="xs">
            <StatusBadge status={kase.status} />
            <CaseBadges visibility={kase.visibility} crossBorder={kase.crossBorder} />
          </Group>
        </Stack>
        <Group gap="xs">
          {kase.myAccess.canEdit ? (
            <Button component={Link} to={`/cases/${kase.id}/edit`} variant="light">
              {t('detail.edit')}
            </Button>
          ) : null}
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Table variant="vertical" layout="fixed" withRowBorders={false} aria-label={t('detail.facts')}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={180}>{t('fields.owner')}</Table.Th>
                <Table.Td>{orgName(kase.ownerOrganisation)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('fields.incidentDate')}</Table.Th>
                <Table.Td>{kase.incidentDate ? format.date(kase.incidentDate) : t('unknownDate')}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('fields.location')}</Table.Th>
                <Table.Td>{place}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('detail.countries')}</Table.Th>
                <Table.Td>
                  {kase.countries.map((c) => format.country(c)).join(', ')}
                  {kase.crossBorder ? ` (${t('crossBorder').toLowerCase()})` : ''}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('fields.categories')}</Table.Th>
                <Table.Td>{kase.categories.map((c) => t(`category.${c}`)).join(', ') || '—'}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('fields.visibility')}</Table.Th>
                <Table.Td>{t(`visibilityHint.${kase.visibility}`)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('fields.includeInStatistics')}</Table.Th>
                <Table.Td>{kase.includeInStatistics ? t('yes') : t('no')}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('detail.updatedAt')}</Table.Th>
                <Table.Td>{format.dateTime(kase.updatedAt)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('fields.figures')}
          </Title>
          <SimpleGrid cols={2}>
            {FIGURE_FIELDS.map((f) => (
              <Stack key={f} gap={0}>
                <Text size="xl" fw={700}>
                  {format.number(kase.figures[f])}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`figures.${f}`)}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
        </Card>
      </SimpleGrid>

      <Stack gap="xs" component="section" aria-labelledby="case-summary-title">
        <Title order={3} id="case-summary-title">
          {t('fields.summary')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{kase.summary || '—'}</Text>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="case-timeline-title">
        <Group justify="space-between">
          <Title order={3} id="case-timeline-title">
            {t('timeline.title')}
          </Title>
          {kase.myAccess.canEdit ? (
            <Button size="xs" variant="light" onClick={() => setDialog('event')}>
              {t('event.addTitle')}
            </Button>
          ) : null}
        </Group>
        {events.length === 0 ? (
          <Text c="dimmed">{t('timeline.empty')}</Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={events.length - 1} data-testid="case-timeline">
            {events.map((e) => (
              <Timeline.Item
                key={e.id}
                title={
                  <Group gap="xs">
                    <Text fw={600}>{e.title}</Text>
                    <Badge size="sm" variant="light">
                      {t(`eventType.${e.type}`)}
                    </Badge>
                  </Group>
                }
              >
                <Text size="sm" c="dimmed">
                  {format.date(e.occurredOn)}
                  {e.location ? ` · ${[e.location.city, e.location.region, format.country(e.location.countryCode)].filter(Boolean).join(', ')}` : ''}
                  {e.destinationCountryCode ? ` · ${t('timeline.destination', { country: format.country(e.destinationCountryCode) })}` : ''}
                </Text>
                {e.description ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {e.description}
                  </Text>
                ) : null}
                {e.authority ? <Text size="sm">{t('timeline.authority', { authority: e.authority })}</Text> : null}
                {e.evidence.length ? (
                  <Text size="sm" data-testid="event-evidence">
                    {t('timeline.evidence', { files: e.evidence.map((f) => f.fileName).join(', ') })}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed">
                  {t('timeline.recordedBy', { organisation: e.recordedBy.name, date: format.dateTime(e.createdAt) })}
                </Text>
                {kase.myAccess.canEdit ? <EventEvidenceDrop eventId={e.id} eventTitle={e.title} /> : null}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="case-persons-title">
        <Group justify="space-between">
          <Title order={3} id="case-persons-title">
            {t('persons.title')}
          </Title>
          {kase.myAccess.canEdit ? (
            <Button size="xs" variant="light" onClick={() => setDialog('person')}>
              {t('person.addTitle')}
            </Button>
          ) : null}
        </Group>
        {!kase.myAccess.canSeePersonalData && kase.persons.length > 0 ? (
          <Alert color="gray" data-testid="personal-data-notice">
            {t('persons.notSharedNotice')}
          </Alert>
        ) : null}
        {kase.persons.length === 0 ? (
          <Text c="dimmed">{t('persons.empty')}</Text>
        ) : (
          <Table aria-label={t('persons.title')} data-testid="case-persons">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('person.pseudonym')}</Table.Th>
                <Table.Th>{t('person.role')}</Table.Th>
                <Table.Th>{t('person.fullName')}</Table.Th>
                <Table.Th>{t('person.birthYear')}</Table.Th>
                <Table.Th>{t('person.citizenship')}</Table.Th>
                <Table.Th>{t('person.contact')}</Table.Th>
                <Table.Th>{t('person.consent')}</Table.Th>
                <Table.Th>{t('shares.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kase.persons.map((p) => {
                const reason = hiddenReason(p, kase.myAccess.canSeePersonalData, ownerMember);
                return (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      {p.pseudonym}
                      {p.minor ? (
                        <Badge ml="xs" size="xs" color="orange" variant="light">
                          {t('person.minorBadge')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{t(`role.${p.role}`)}</Table.Td>
                    {reason ? (
                      <Table.Td colSpan={2}>
                        <Text size="sm" c="dimmed" fs="italic">
                          {t('persons.hidden')}: {t(`persons.reason.${reason}`)}
                        </Text>
                      </Table.Td>
                    ) : (
                      <>
                        <Table.Td>{p.fullName}</Table.Td>
                        <Table.Td>{p.birthYear ?? '—'}</Table.Td>
                      </>
                    )}
                    <Table.Td>{p.citizenship ? format.country(p.citizenship) : '—'}</Table.Td>
                    <Table.Td>{reason ? '' : (p.contact ?? '—')}</Table.Td>
                    <Table.Td>{p.consentToShare ? t('yes') : t('no')}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {reason ? null : (
                          <Button size="xs" variant="subtle" onClick={() => setConsentsOf(p.id)}>
                            {tr('consent.open')}
                          </Button>
                        )}
                        {kase.myAccess.canShare ? (
                          <Button size="xs" variant="subtle" onClick={() => setReferring({ id: p.id, pseudonym: p.pseudonym })}>
                            {tr('refer.open')}
                          </Button>
                        ) : null}
                        {canErase && p.fullName != null ? <ErasePersonButton personId={p.id} pseudonym={p.pseudonym} onErased={reload} /> : null}
                        {kase.myAccess.canEdit ? <RemovePersonButton personId={p.id} pseudonym={p.pseudonym} onRemoved={reload} /> : null}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>

      <CaseTasksPanel caseId={kase.id} ownerOrganisationId={kase.ownerOrganisation.id} canEdit={kase.myAccess.canEdit} />

      <EvidencePanel caseId={kase.id} onChanged={reload} />

      <CaseAccessPanel kase={kase} />

      <CaseSharesPanel kase={kase} onChanged={reload} />

      <CrossBorderPanel caseId={kase.id} ownerOrganisationId={kase.ownerOrganisation.id} canEdit={kase.myAccess.canShare} />
      {consentsOf ? <ConsentPanel caseId={kase.id} personId={consentsOf} canEdit={kase.myAccess.canShare} opened onClose={() => setConsentsOf(null)} /> : null}
      {referring ? (
        <ReferralDialog caseId={kase.id} ownerOrganisationId={kase.ownerOrganisation.id} person={referring} opened onClose={() => setReferring(null)} onReferred={reload} />
      ) : null}

      <Stack gap="xs" component="section" aria-labelledby="case-statements-title">
        <Title order={3} id="case-statements-title">
          {t('statements.title')}
        </Title>
        {kase.statements.length === 0 ? (
          <Text c="dimmed">{t('statements.none')}</Text>
        ) : (
          <List>
            {kase.statements.map((s) => {
              const translations = s.currentVersion.translations;
              const title = (translations.find((tr) => tr.language === uiLanguage) ?? translations[0])?.title ?? s.id;
              return (
                <List.Item key={s.id}>
                  <Anchor component={Link} to={`/statements/${s.id}`}>
                    {title}
                  </Anchor>{' '}
                  <Badge size="xs" variant="light">
                    {t(`statementStatus.${s.status}`)}
                  </Badge>
                </List.Item>
              );
            })}
          </List>
        )}
      </Stack>

      <CaseHistoryPanel caseId={kase.id} revision={kase} />

      {kase.myAccess.canEdit ? (
        <>
          <PersonDialog caseId={kase.id} draftKey={`${userId}.${kase.id}`} opened={dialog === 'person'} onClose={closeDialog} onAdded={reload} />
          <EventDialog caseId={kase.id} draftKey={`${userId}.${kase.id}`} opened={dialog === 'event'} onClose={closeDialog} onAdded={reload} />
        </>
      ) : null}
    </Stack>
  );
}
