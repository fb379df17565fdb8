/**
 * What the non-interference test probes: every root field of the served
 * schema and every HTTP route the server mounts must be listed here, and
 * every listed read must really have been sent (non-interference.test.ts
 * fails otherwise, as the authorization matrix does for new operations).
 *
 *  - read:          run as every actor in every world, with every filter; answers compared
 *  - refused-write: sent as every actor against each secret it may not read (cases, persons, drafts,
 *                   briefings, ids that exist in one world only); errors compared
 *  - probing-write: an action a prober takes in both worlds before reading (its answer is compared too)
 *  - not-a-read:    changes only the actor's own account or session, or creates what the actor then owns;
 *                   it reads nothing of anyone else (the reason says why)
 */
export type Coverage =
  | { probe: 'read' | 'refused-write' | 'probing-write' }
  | { probe: 'not-a-read'; why: string };

const read = { probe: 'read' } as const;
const refused = { probe: 'refused-write' } as const;
const probing = { probe: 'probing-write' } as const;
const notARead = (why: string): Coverage => ({ probe: 'not-a-read', why });

export const OPERATION_COVERAGE: Record<string, Coverage> = {
  'query:auditLog': read,
  'query:briefing': read,
  'query:briefings': read,
  'query:case': read,
  'query:caseStatistics': read,
  'query:cases': read,
  'query:invitations': read,
  'query:me': read,
  'query:mySessions': read,
  'query:members': read,
  'query:organisation': read,
  'query:organisations': read,
  'query:publishedStatement': read,
  'query:search': read,
  'query:referrals': read,
  'query:referralStatistics': read,
  'query:statement': read,
  'query:statements': read,
  'query:verifyAuditChain': read,
  'query:evidenceFile': read,

  'mutation:addCaseEvent': probing,
  'mutation:attachEvidence': probing,
  'mutation:removeEvidence': refused,
  'mutation:verifyEvidence': refused,
  'query:myWork': read,
  'query:notificationPreferences': read,
  'query:notifications': read,

  'mutation:addCaseTask': refused,
  'mutation:updateCaseTask': notARead('acts on a task by id; a task of a case the actor cannot read is invisible (row-level security) and answers NOT_FOUND like an unknown id (notification.test.ts, the authorization matrix)'),
  'mutation:completeCaseTask': notARead('as updateCaseTask'),
  'mutation:cancelCaseTask': notARead('as updateCaseTask'),
  'mutation:markNotificationsRead': notARead('changes the actor\'s own notifications only; answers how many of them changed'),
  'mutation:setNotificationPreferences': notARead('changes the actor\'s own preferences; answers them'),
  'mutation:rotateCalendarFeed': notARead('answers a fresh token of the actor\'s own calendar feed'),
  'mutation:createBriefing': probing,
  'mutation:decideBriefing': probing,
  'mutation:addCasePerson': refused,
  'mutation:acceptReferral': refused,
  'mutation:completeReferral': refused,
  'mutation:confirmCaseLink': refused,
  'mutation:declineReferral': refused,
  'mutation:linkCases': refused,
  'mutation:recordConsent': refused,
  'mutation:referPerson': refused,
  'mutation:unlinkCases': refused,
  'mutation:withdrawConsent': refused,
  'mutation:withdrawReferral': refused,
  'mutation:createStatement': refused,
  'mutation:openStatementForSignature': refused,
  'mutation:publishStatement': refused,
  'mutation:releaseBriefing': refused,
  'mutation:removeCasePerson': refused,
  'mutation:erasePersonalData': refused,
  'mutation:reviseStatement': refused,
  'mutation:revokeBriefing': refused,
  'mutation:shareCase': refused,
  'mutation:signStatement': refused,
  'mutation:submitBriefing': refused,
  'mutation:unshareCase': refused,
  'mutation:updateCase': refused,
  'mutation:withdrawSignature': refused,
  'mutation:withdrawStatement': refused,
  'mutation:acceptInvitationAsMe': notARead('joins the signed-in invitee to the inviting organisation; answers only that user, and an unknown, spent or someone else\'s token alike (NOT_FOUND)'),
  'mutation:acceptInvitation': notARead('creates the invitee\'s own account from a token only the invitee holds; answers the new user only'),
  'mutation:changePassword': notARead('changes the actor\'s own password; answers a boolean'),
  'mutation:confirmTotp': notARead('confirms the actor\'s own second factor; answers a boolean'),
  'mutation:disableTotp': notARead('turns off the actor\'s own second factor; answers a boolean'),
  'mutation:generateRecoveryCodes': notARead('answers fresh codes of the actor\'s own account'),
  'mutation:requestPasswordReset': notARead('answers true for every email, known or not, by contract; emails only the account\'s owner'),
  'mutation:resetPassword': notARead('sets the password of the account whose token the actor holds; answers a boolean, and NOT_FOUND alike for unknown, spent and expired tokens'),
  'mutation:resetMemberTotp': notARead('acts on a member of an organisation the actor administers (or any, for the coordinator), which it may read; FORBIDDEN before any lookup otherwise'),
  'mutation:revokeSession': notARead('ends one of the actor\'s own sessions; anyone else\'s is NOT_FOUND, as one that does not exist'),
  'mutation:createCase': notARead('creates a case of the actor\'s organisation; answers that case only (its reference numbering is per organisation)'),
  'mutation:createOrganisation': notARead('coordinator only; answers the new organisation'),
  'mutation:importCases': notARead('creates cases of the actor\'s organisation; answers counts and row errors of the actor\'s own input'),
  'mutation:inviteMember': notARead('invites to the actor\'s organisation; answers the new invitation'),
  'mutation:login': notARead('answers the actor\'s own user; refusals are the same for every unknown email by contract'),
  'mutation:logout': notARead('ends the actor\'s own session'),
  'mutation:removeMember': notARead('acts on the actor\'s own organisation\'s memberships, which it may read'),
  'mutation:revokeInvitation': notARead('acts on the actor\'s own organisation\'s invitations, which it may read'),
  'mutation:setMemberRoles': notARead('acts on the actor\'s own organisation\'s memberships, which it may read'),
  'mutation:setupTotp': notARead('answers a fresh secret of the actor\'s own account'),
  'mutation:updateOrganisation': notARead('organisations are readable by every signed-in user: nothing of them is secret'),
  'mutation:lockOrganisation': notARead('acts on an organisation, which every signed-in user reads (whether it is locked too); FORBIDDEN unless its ADMIN or the coordinator, NOT_FOUND for an id of none; answers that organisation'),
  'mutation:unlockOrganisation': notARead('as lockOrganisation; its ADMIN only, in a session begun with TOTP'),
  'mutation:setOrganisationRequireTotp': notARead('as lockOrganisation; its ADMIN only, in a session begun with TOTP'),

  'subscription:statementSignatures': read,
  'subscription:notificationAdded': notARead('the actor\'s own notifications as they are created: the rows query:notifications probes, which the twin worlds compare'),
};

/**
 * Every route the server mounts, as `METHOD path` (regular expressions as
 * written), with the probe routes that cover it; `[]` needs a reason.
 */
export const ROUTE_COVERAGE: Record<string, { probes: string[]; why?: string }> = {
  'GET /health': { probes: ['/health'] },
  'GET /ready': { probes: ['/ready'] },
  'GET /metrics': { probes: ['/metrics'], why: 'the registry is the process\'s (every server of the jest worker counts into it): only its status compares' },
  'USE /graphql': { probes: [], why: 'GraphQL over HTTP: covered operation by operation in OPERATION_COVERAGE' },
  'GET /exports/cases.csv': { probes: ['/exports/cases.csv'] },
  'GET /exports/cases.json': { probes: ['/exports/cases.json'] },
  'GET /exports/cases.xlsx': { probes: ['/exports/cases.xlsx'] },
  'GET /briefings/:id/files/:format': { probes: ['/briefings/:id/files/:format'] },
  'GET /^\\/statements\\/[^/]+\\.[^/]+$/': { probes: ['/statements/<slug>.<format>'] },
  'GET /evidence/:id/original': { probes: ['/evidence/:id/original'] },
  'GET /evidence/:id/sanitized': { probes: ['/evidence/:id/sanitized'] },
  'GET /evidence/:id/thumbnail': { probes: ['/evidence/:id/thumbnail'] },
  '_ALL /uploads': { probes: ['/uploads'] },
  '_ALL /uploads/:id': { probes: ['/uploads/:id'] },
  'GET /^\\/calendar\\/[^/]+$/': { probes: ['/calendar/<token>.ics'] },
  'static files': { probes: ['client pages'] },
  'GET /^\\/(?!graphql|health|ready|metrics|uploads|evidence\\/|exports\\/|statements\\/[^/]+\\.[^/]+$|briefings\\/[^/]+\\/files\\/).*/': { probes: ['client pages'] },
};
