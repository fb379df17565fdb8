import { Foundation1795889057580 } from './1795889057580-foundation.migration';
import { FoundationSecurity1795889057581 } from './1795889057581-foundation-security.migration';
import { Cases1795890000000 } from './1795890000000-cases.migration';
import { CasesSecurity1795890000001 } from './1795890000001-cases-security.migration';
import { Statements1795891000000 } from './1795891000000-statements.migration';
import { StatementsSecurity1795891000001 } from './1795891000001-statements-security.migration';
import { Briefings1795892000000 } from './1795892000000-briefings.migration';
import { BriefingsSecurity1795892000001 } from './1795892000001-briefings-security.migration';
import { StatisticsFunctions1795892000002 } from './1795892000002-statistics-functions.migration';
import { StatisticsRollup1795893000000 } from './1795893000000-statistics-rollup.migration';
import { IdempotencyKeys1795894000000 } from './1795894000000-idempotency-keys.migration';
import { PolicyInitplans1795895000000 } from './1795895000000-policy-initplans.migration';
import { CaseSearchIds1795895000001 } from './1795895000001-case-search-ids.migration';
import { CaseCounts1795896000000 } from './1795896000000-case-counts.migration';
import { CasesReadProbe1795896000001 } from './1795896000001-cases-read-probe.migration';
import { CaseSearchMatches1795897000000 } from './1795897000000-case-search-matches.migration';
import { SessionTouchSkipLocked1795897000001 } from './1795897000001-session-touch-skip-locked.migration';
import { CaseFilterJsonNulls1795898000000 } from './1795898000000-case-filter-json-nulls.migration';
import { BriefingCaseSources1795899100000 } from './1795899100000-briefing-case-sources.migration';
import { BriefingCaseSourcesSecurity1795899100001 } from './1795899100001-briefing-case-sources-security.migration';
import { BriefingCaseContents1795899100002 } from './1795899100002-briefing-case-contents.migration';
import { SessionPasswordChecks1795899200000 } from './1795899200000-session-password-checks.migration';
import { StatisticsDisclosure1795899300000 } from './1795899300000-statistics-disclosure.migration';
import { ActorGrants1795900600000 } from './1795900600000-actor-grants.migration';
import { ActorContext1795899500000 } from './1795899500000-actor-context.migration';
import { SearchWords1795900350000 } from './1795900350000-search-words.migration';
import { ConsentRegistry1795900400000 } from './1795900400000-consent-registry.migration';
import { ConsentRegistrySecurity1795900400001 } from './1795900400001-consent-registry-security.migration';
import { Evidence1795900000000 } from './1795900000000-evidence.migration';
import { EvidenceSecurity1795900000001 } from './1795900000001-evidence-security.migration';
import { OrganisationLocalNames1795900700000 } from './1795900700000-organisation-local-names.migration';
import { MailOutbox1795900100000 } from './1795900100000-mail-outbox.migration';
import { Notifications1795900100001 } from './1795900100001-notifications.migration';
import { ReferralUrgentNotification1795900800000 } from './1795900800000-referral-urgent-notification.migration';
import { BriefingConsents1795900900000 } from './1795900900000-briefing-consents.migration';
import { OrganisationLock1795901000000 } from './1795901000000-organisation-lock.migration';
import { ConsentFormEvidence1795901100000 } from './1795901100000-consent-form-evidence.migration';
import { CaseHistory1795901200000 } from './1795901200000-case-history.migration';
import { StatementTranslatedAddressees1795901350000 } from './1795901350000-statement-translated-addressees.migration';
import { CoalitionLockNotification1795901400000 } from './1795901400000-coalition-lock-notification.migration';
import { OrganisationKeyVersions1795901500000 } from './1795901500000-organisation-key-versions.migration';
import { OrganisationKeyVersionsSecurity1795901500001 } from './1795901500001-organisation-key-versions-security.migration';
import { PersonKeys1795901600000 } from './1795901600000-person-keys.migration';
import { PersonKeysSecurity1795901600001 } from './1795901600001-person-keys-security.migration';
import { PersonBoundEvidence1795901700000 } from './1795901700000-person-bound-evidence.migration';
import { PersonNameTokens1795901800000 } from './1795901800000-person-name-tokens.migration';
import { PersonNameTokensSecurity1795901800001 } from './1795901800001-person-name-tokens-security.migration';
import { CaseFilterCounts1795901900000 } from './1795901900000-case-filter-counts.migration';
import { StatementTranslationSearch1795902000000 } from './1795902000000-statement-translation-search.migration';
import { StandbyActor1795902100000 } from './1795902100000-standby-actor.migration';
import { AccountRecovery1795900200000 } from './1795900200000-account-recovery.migration';
import { AccountRecoverySecurity1795900200001 } from './1795900200001-account-recovery-security.migration';

// Every migration, oldest first. Each `<timestamp>-<name>.migration.ts` is
// generated from the entities (`npm run migration:generate -w server -- <name>`)
// and read; row-level security and grants are written by hand in a
// `<timestamp+1>-<name>-security.migration.ts` beside it. Today's definition of
// each SQL function and view, and each table's policies and triggers, is a file
// in server/src/db/sql, applied after the migrations (core/db/sql-definitions.ts).
export const migrations = [Foundation1795889057580, FoundationSecurity1795889057581, Cases1795890000000, CasesSecurity1795890000001, Statements1795891000000, StatementsSecurity1795891000001, Briefings1795892000000, BriefingsSecurity1795892000001, StatisticsFunctions1795892000002, StatisticsRollup1795893000000, IdempotencyKeys1795894000000, PolicyInitplans1795895000000, CaseSearchIds1795895000001, CaseCounts1795896000000, CasesReadProbe1795896000001, CaseSearchMatches1795897000000, SessionTouchSkipLocked1795897000001, CaseFilterJsonNulls1795898000000, BriefingCaseSources1795899100000, BriefingCaseSourcesSecurity1795899100001, BriefingCaseContents1795899100002, SessionPasswordChecks1795899200000, StatisticsDisclosure1795899300000, ActorContext1795899500000, Evidence1795900000000, EvidenceSecurity1795900000001, MailOutbox1795900100000, Notifications1795900100001, AccountRecovery1795900200000, AccountRecoverySecurity1795900200001, SearchWords1795900350000, ConsentRegistry1795900400000, ConsentRegistrySecurity1795900400001, ActorGrants1795900600000, OrganisationLocalNames1795900700000, ReferralUrgentNotification1795900800000, BriefingConsents1795900900000, OrganisationLock1795901000000, ConsentFormEvidence1795901100000, CaseHistory1795901200000, StatementTranslatedAddressees1795901350000, CoalitionLockNotification1795901400000, OrganisationKeyVersions1795901500000, OrganisationKeyVersionsSecurity1795901500001, PersonKeys1795901600000, PersonKeysSecurity1795901600001, PersonBoundEvidence1795901700000, PersonNameTokens1795901800000, PersonNameTokensSecurity1795901800001, CaseFilterCounts1795901900000, StatementTranslationSearch1795902000000, StandbyActor1795902100000];
