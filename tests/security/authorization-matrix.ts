/**
 * THE authorization matrix: for every Query, Mutation and Subscription field
 * of the schema, what each actor gets against each target. The contract's
 * README ("Who may read and do what") is the source of every cell;
 * authorization-matrix.test.ts runs each cell through GraphQL (and the read
 * cells again as raw SQL) and fails when the schema has an operation that is
 * not listed here.
 *
 * Actors: anonymous; ADMIN, CASEWORKER, SIGNATORY, VIEWER of organisation
 * "own"; a COORDINATOR and a LIAISON without memberships.
 *
 * Targets, always seen from "own":
 *  - own:          own's data (a RESTRICTED case; a DRAFT statement, or an open or published one
 *                  where the operation needs it; a briefing in the state the operation needs; own's
 *                  organisation, members and audit log)
 *  - readShare:    another organisation's SHARED case shared with own, READ
 *  - writeShare:   the same, WRITE, without personal data
 *  - writeSharePd: the same, WRITE, with personal data
 *  - coalition:    another organisation's data meant for everyone: a COALITION case, an
 *                  OPEN_FOR_SIGNATURE statement, a RELEASED briefing
 *  - restricted:   another organisation's data not meant for own: its RESTRICTED case (the
 *                  canary), a DRAFT statement or briefing, its members, audit log and settings
 *  - none:         for operations that take no target (lists, the session, the actor's account)
 *
 * Outcomes: 'ok' (data), 'null' (the field is null), 'empty' (an empty list or
 * totalCount 0), 'false', or the contract's error code. A subscription refused
 * at the socket for want of a session reads UNAUTHENTICATED.
 */
import type { ActorName, CaseTarget } from './support/world';

export type Target = CaseTarget | 'none';
export type Outcome = 'ok' | 'null' | 'empty' | 'false' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';
export type Row = Record<ActorName, Outcome>;
export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface MatrixEntry {
  kind: OperationKind;
  cells: Partial<Record<Target, Row>>;
}

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const C = 'CONFLICT';
const ok = 'ok';
const nul = 'null';
const empty = 'empty';

/** One row: anonymous, ADMIN, CASEWORKER, SIGNATORY, VIEWER, coordinator, liaison. */
function r(anonymous: Outcome, admin: Outcome, caseworker: Outcome, signatory: Outcome, viewer: Outcome, coordinator: Outcome, liaison: Outcome): Row {
  return { anonymous, admin, caseworker, signatory, viewer, coordinator, liaison };
}

// Rows that recur: a case read by a member of own; a change by own's writers only;
// a change refused to everyone who can read the target; everything hidden.
const MEMBERS_READ = r(U, ok, ok, ok, ok, nul, nul);
const HIDDEN = r(U, nul, nul, nul, nul, nul, nul);
const WRITERS = r(U, ok, ok, F, F, N, N);
const READ_ONLY = r(U, F, F, F, F, N, N);
const UNREADABLE = r(U, N, N, N, N, N, N);
const ADMIN_ONLY = r(U, ok, F, F, F, N, N);
const SIGNERS = r(U, ok, F, ok, F, N, N);
const CASE_WRITE: Partial<Record<Target, Row>> = {
  own: WRITERS,
  readShare: READ_ONLY,
  writeShare: WRITERS,
  writeSharePd: WRITERS,
  coalition: READ_ONLY,
  restricted: UNREADABLE,
};
const CASE_OWNER_ONLY: Partial<Record<Target, Row>> = { ...CASE_WRITE, writeShare: READ_ONLY, writeSharePd: READ_ONLY };
const SIGNED_IN = r(U, ok, ok, ok, ok, ok, ok);
const SUBSCRIBERS = r(U, ok, ok, ok, ok, N, N);

export const AUTHORIZATION_MATRIX: Record<string, MatrixEntry> = {
  // ------------------------------------------------------------------ queries
  auditLog: { kind: 'query', cells: { own: r(U, ok, F, F, F, ok, F), restricted: r(U, F, F, F, F, ok, F) } },
  briefing: {
    kind: 'query',
    cells: { own: MEMBERS_READ, coalition: r(U, nul, nul, nul, nul, nul, ok), restricted: HIDDEN },
  },
  briefings: { kind: 'query', cells: { none: r(U, ok, ok, ok, ok, empty, ok) } },
  // With its history (Case.history): read exactly as the case, through GraphQL and case_history in SQL.
  case: {
    kind: 'query',
    cells: { own: MEMBERS_READ, readShare: MEMBERS_READ, writeShare: MEMBERS_READ, writeSharePd: MEMBERS_READ, coalition: MEMBERS_READ, restricted: HIDDEN },
  },
  caseStatistics: { kind: 'query', cells: { none: SIGNED_IN } },
  // A file attached to each target case: listed as the case is read (its bytes and metadata: the personal-data rule).
  evidenceFile: {
    kind: 'query',
    cells: { own: MEMBERS_READ, readShare: MEMBERS_READ, writeShare: MEMBERS_READ, writeSharePd: MEMBERS_READ, coalition: MEMBERS_READ, restricted: HIDDEN },
  },
  // own: filtered by own's organisation; restricted: filtered by the other's, where own sees its shared and COALITION cases only.
  cases: { kind: 'query', cells: { own: r(U, ok, ok, ok, ok, empty, empty), restricted: r(U, ok, ok, ok, ok, empty, empty) } },
  // Pending invitations: own's and the other's, one each.
  invitations: { kind: 'query', cells: { own: r(U, ok, F, F, F, ok, F), restricted: r(U, F, F, F, F, ok, F) } },
  me: { kind: 'query', cells: { none: r(nul, ok, ok, ok, ok, ok, ok) } },
  // The viewer's own: every signed-in user has (possibly empty) notifications, preferences and work.
  myWork: { kind: 'query', cells: { none: SIGNED_IN } },
  notificationPreferences: { kind: 'query', cells: { none: SIGNED_IN } },
  notifications: { kind: 'query', cells: { none: SIGNED_IN } },
  mySessions: { kind: 'query', cells: { none: SIGNED_IN } },
  members: { kind: 'query', cells: { own: r(U, ok, F, F, F, ok, F), restricted: r(U, F, F, F, F, ok, F) } },
  organisation: { kind: 'query', cells: { own: SIGNED_IN, restricted: SIGNED_IN } },
  organisations: { kind: 'query', cells: { none: SIGNED_IN } },
  // own: own's PUBLISHED statement; restricted: the other's DRAFT, by its slug.
  // Referrals from or to own's organisations; the coalition roles belong to none.
  referrals: { kind: 'query', cells: { none: r(U, ok, ok, ok, ok, empty, empty) } },
  referralStatistics: { kind: 'query', cells: { none: SIGNED_IN } },
  publishedStatement: { kind: 'query', cells: { own: r(ok, ok, ok, ok, ok, ok, ok), restricted: r(nul, nul, nul, nul, nul, nul, nul) } },
  // own: a word of own's case; restricted: a word of the other's RESTRICTED case (the canary), found by nobody.
  search: { kind: 'query', cells: { own: r(U, ok, ok, ok, ok, empty, empty), restricted: r(U, empty, empty, empty, empty, empty, empty) } },
  statement: { kind: 'query', cells: { own: MEMBERS_READ, coalition: MEMBERS_READ, restricted: HIDDEN } },
  statements: { kind: 'query', cells: { none: SIGNED_IN } },
  verifyAuditChain: { kind: 'query', cells: { none: r(U, F, F, F, F, ok, F) } },

  // ---------------------------------------------------------------- mutations
  // own: a fresh invitation's token (the token is the credential); none: a token that does not exist;
  // restricted: the other's invitation to an email that has an account (never signed in this way).
  acceptInvitation: { kind: 'mutation', cells: { own: r(ok, ok, ok, ok, ok, ok, ok), none: r(N, N, N, N, N, N, N), restricted: r(U, U, U, U, U, U, U) } },
  // own: the other's invitation to the actor's own email; restricted: the other's invitation to someone
  // else's, answered as none, a token that does not exist (nothing tells the token is real).
  acceptInvitationAsMe: { kind: 'mutation', cells: { own: r(U, ok, ok, ok, ok, ok, ok), restricted: UNREADABLE, none: UNREADABLE } },
  // Referrals and links. own: a referral to own (accept, decline, complete: the receiver decides) or from own
  // (withdraw); readShare: a referral own made, which own may not decide, or a link own proposed, which own
  // may not confirm; restricted: the other's referral to a bystander, or a link own cannot see.
  acceptReferral: { kind: 'mutation', cells: { own: WRITERS, readShare: READ_ONLY, restricted: UNREADABLE } },
  addCaseEvent: { kind: 'mutation', cells: CASE_WRITE },
  // A task of the target case (made by its owner's caseworker): as writing the case.
  addCaseTask: { kind: 'mutation', cells: CASE_WRITE },
  cancelCaseTask: { kind: 'mutation', cells: CASE_WRITE },
  completeCaseTask: { kind: 'mutation', cells: CASE_WRITE },
  updateCaseTask: { kind: 'mutation', cells: CASE_WRITE },
  // The viewer's own notifications, preferences and calendar token.
  markNotificationsRead: { kind: 'mutation', cells: { none: SIGNED_IN } },
  rotateCalendarFeed: { kind: 'mutation', cells: { none: SIGNED_IN } },
  setNotificationPreferences: { kind: 'mutation', cells: { none: SIGNED_IN } },
  addCasePerson: { kind: 'mutation', cells: CASE_WRITE },
  // An upload the actor made (or, for those who may not upload, someone else's): who may change the case attaches.
  attachEvidence: { kind: 'mutation', cells: CASE_WRITE },
  changePassword: { kind: 'mutation', cells: { none: SIGNED_IN } },
  // own: the code of a TOTP secret just set up; none: a code without any set-up (the wrong state).
  completeReferral: { kind: 'mutation', cells: { own: WRITERS, readShare: READ_ONLY, restricted: UNREADABLE } },
  confirmCaseLink: { kind: 'mutation', cells: { own: WRITERS, readShare: READ_ONLY } },
  confirmTotp: { kind: 'mutation', cells: { own: SIGNED_IN, none: r(U, C, C, C, C, C, C) } },
  // none: without TOTP turned on (the wrong state); own: with TOTP on. Only the actor's own account.
  disableTotp: { kind: 'mutation', cells: { own: SIGNED_IN, none: r(U, C, C, C, C, C, C) } },
  generateRecoveryCodes: { kind: 'mutation', cells: { own: SIGNED_IN, none: r(U, C, C, C, C, C, C) } },
  // own: by own on own's case; restricted: in the other's name.
  createBriefing: { kind: 'mutation', cells: { own: r(U, ok, ok, F, F, F, F), restricted: r(U, F, F, F, F, F, F) } },
  createCase: { kind: 'mutation', cells: { own: r(U, ok, ok, F, F, F, F), restricted: r(U, F, F, F, F, F, F) } },
  createOrganisation: { kind: 'mutation', cells: { none: r(U, F, F, F, F, ok, F) } },
  createStatement: { kind: 'mutation', cells: { own: r(U, ok, ok, F, F, F, F), restricted: r(U, F, F, F, F, F, F) } },
  declineReferral: { kind: 'mutation', cells: { own: WRITERS, readShare: READ_ONLY, restricted: UNREADABLE } },
  // own: own's briefing awaiting own's decision; restricted: the other's, awaiting the other's.
  decideBriefing: { kind: 'mutation', cells: { own: ADMIN_ONLY, restricted: UNREADABLE } },
  importCases: { kind: 'mutation', cells: { own: r(U, ok, ok, F, F, F, F), restricted: r(U, F, F, F, F, F, F) } },
  inviteMember: { kind: 'mutation', cells: { own: r(U, ok, F, F, F, F, F), restricted: r(U, F, F, F, F, F, F) } },
  // own: own's fresh case linked to the other's COALITION case; readShare: the other's case (readable only).
  linkCases: { kind: 'mutation', cells: { own: WRITERS, readShare: READ_ONLY, restricted: UNREADABLE } },
  // none: the right password of a user of the actor's kind; restricted: an unknown email.
  login: { kind: 'mutation', cells: { none: r(ok, ok, ok, ok, ok, ok, ok), restricted: r(U, U, U, U, U, U, U) } },
  logout: { kind: 'mutation', cells: { none: SIGNED_IN } },
  openStatementForSignature: { kind: 'mutation', cells: { own: ADMIN_ONLY, coalition: READ_ONLY, restricted: UNREADABLE } },
  publishStatement: { kind: 'mutation', cells: { own: ADMIN_ONLY, coalition: READ_ONLY, restricted: UNREADABLE } },
  // A person of the target case: recording is the case owner's writers'.
  recordConsent: { kind: 'mutation', cells: { own: WRITERS, readShare: READ_ONLY, coalition: READ_ONLY, restricted: UNREADABLE } },
  // own: own's case; readShare: the other's case shared with own, which own may not refer from.
  referPerson: { kind: 'mutation', cells: { own: WRITERS, readShare: READ_ONLY, restricted: UNREADABLE } },
  releaseBriefing: { kind: 'mutation', cells: { own: ADMIN_ONLY, restricted: UNREADABLE } },
  removeCasePerson: { kind: 'mutation', cells: CASE_WRITE },
  // Erasure for good: the owner's ADMINs only, like shredding a file; a WRITE share erases nothing of the owner's.
  erasePersonalData: { kind: 'mutation', cells: { ...CASE_OWNER_ONLY, own: ADMIN_ONLY } },
  // The owner's ADMINs only: a WRITE share does not shred the owner's files.
  removeEvidence: { kind: 'mutation', cells: { ...CASE_OWNER_ONLY, own: ADMIN_ONLY } },
  removeMember: { kind: 'mutation', cells: { own: r(U, ok, F, F, F, F, F), restricted: r(U, F, F, F, F, F, F) } },
  reviseStatement: { kind: 'mutation', cells: { own: WRITERS, coalition: READ_ONLY, restricted: UNREADABLE } },
  // A pending invitation: only its organisation's ADMINs and the coordinator can read it, and the coordinator may not end it.
  revokeInvitation: { kind: 'mutation', cells: { own: r(U, ok, N, N, N, F, N), restricted: r(U, N, N, N, N, F, N) } },
  // Anyone may ask (an unknown email alike); the answer is always true.
  requestPasswordReset: { kind: 'mutation', cells: { none: r(ok, ok, ok, ok, ok, ok, ok) } },
  // own: a live token (the token is the credential); none: a token that does not exist.
  resetPassword: { kind: 'mutation', cells: { own: r(ok, ok, ok, ok, ok, ok, ok), none: r(N, N, N, N, N, N, N) } },
  // own: a single-organisation VIEWER of own with TOTP on; restricted: the other's such member.
  resetMemberTotp: { kind: 'mutation', cells: { own: r(U, ok, F, F, F, ok, F), restricted: r(U, F, F, F, F, ok, F) } },
  // own: another session of the actor's own; restricted: a session of someone else (as one that does not exist).
  revokeSession: { kind: 'mutation', cells: { own: SIGNED_IN, restricted: UNREADABLE } },
  // A RELEASED briefing, own's or the other's: a liaison can read it, so is FORBIDDEN rather than NOT_FOUND.
  revokeBriefing: { kind: 'mutation', cells: { own: r(U, ok, F, F, F, N, F), restricted: r(U, N, N, N, N, N, F) } },
  setMemberRoles: { kind: 'mutation', cells: { own: r(U, ok, F, F, F, F, F), restricted: r(U, F, F, F, F, F, F) } },
  setupTotp: { kind: 'mutation', cells: { none: SIGNED_IN } },
  shareCase: { kind: 'mutation', cells: CASE_OWNER_ONLY },
  // Signing for own: own's open statement and the other's; a DRAFT cannot be read.
  signStatement: { kind: 'mutation', cells: { own: SIGNERS, coalition: SIGNERS, restricted: UNREADABLE } },
  submitBriefing: { kind: 'mutation', cells: { own: WRITERS, restricted: UNREADABLE } },
  // own: a link own proposed; restricted: a link between the other and a case own cannot see (NOT_FOUND).
  unlinkCases: { kind: 'mutation', cells: { own: WRITERS, readShare: WRITERS, restricted: UNREADABLE } },
  unshareCase: { kind: 'mutation', cells: CASE_OWNER_ONLY },
  updateCase: { kind: 'mutation', cells: CASE_WRITE },
  verifyEvidence: { kind: 'mutation', cells: CASE_WRITE },
  updateOrganisation: { kind: 'mutation', cells: { own: r(U, ok, F, F, F, ok, F), restricted: r(U, F, F, F, F, ok, F) } },
  // The emergency lock, on a fresh organisation each cell (it ends its members' sessions): own, one where the
  // actor holds its role (in a session begun with TOTP); restricted, one it is no member of. Its ADMIN or the
  // coordinator locks; only its ADMIN unlocks (the coordinator too is refused) and sets the TOTP requirement.
  lockOrganisation: { kind: 'mutation', cells: { own: r(U, ok, F, F, F, ok, F), restricted: r(U, F, F, F, F, ok, F) } },
  unlockOrganisation: { kind: 'mutation', cells: { own: r(U, ok, F, F, F, F, F), restricted: r(U, F, F, F, F, F, F) } },
  setOrganisationRequireTotp: { kind: 'mutation', cells: { own: r(U, ok, F, F, F, F, F), restricted: r(U, F, F, F, F, F, F) } },
  // A consent of a person of own's case; readShare: of the shared case's consenting person (own reads it but
  // may not withdraw it); restricted: of the canary person.
  withdrawConsent: { kind: 'mutation', cells: { own: WRITERS, writeSharePd: READ_ONLY, restricted: UNREADABLE } },
  withdrawReferral: { kind: 'mutation', cells: { own: WRITERS, readShare: READ_ONLY, restricted: UNREADABLE } },
  withdrawSignature: { kind: 'mutation', cells: { own: SIGNERS, coalition: SIGNERS, restricted: UNREADABLE } },
  withdrawStatement: { kind: 'mutation', cells: { own: ADMIN_ONLY, coalition: READ_ONLY, restricted: UNREADABLE } },

  // ------------------------------------------------------------ subscriptions
  // Subscribing is reading: own's members are served, others get NOT_FOUND (a subscription has no null).
  statementSignatures: { kind: 'subscription', cells: { own: SUBSCRIBERS, coalition: SUBSCRIBERS, restricted: UNREADABLE } },
  // One's own notifications: any signed-in user.
  notificationAdded: { kind: 'subscription', cells: { none: SIGNED_IN } },
};

/**
 * Read cells where PostgreSQL, on its own, shows rows that the API still
 * refuses: the database is the floor, the API may be stricter. Each is intended.
 */
export const RLS_WIDER_THAN_API: { operation: string; targets: Target[]; actors: ActorName[]; why: string }[] = [
  {
    operation: 'members',
    targets: ['own'],
    actors: ['caseworker', 'signatory', 'viewer'],
    why: "members see their co-members' membership rows (who recorded an event, who signed); listing and managing members is the ADMIN's, in the API",
  },
  {
    operation: 'organisation',
    targets: ['own', 'restricted'],
    actors: ['anonymous'],
    why: 'organisations are public: a published statement names its initiator and signatories to anyone; the API still asks for a session',
  },
];
