/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      locale\n      totpEnabled\n      coalitionRoles\n      memberships {\n        roles\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n          slug\n          city\n          countryCode\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation GenerateRecoveryCodes($currentPassword: String!) {\n    generateRecoveryCodes(currentPassword: $currentPassword)\n  }\n": typeof types.GenerateRecoveryCodesDocument,
    "\n  mutation DisableTotp($currentPassword: String!, $code: String!) {\n    disableTotp(currentPassword: $currentPassword, code: $code)\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SetupTotp {\n    setupTotp {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.SetupTotpDocument,
    "\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code)\n  }\n": typeof types.ConfirmTotpDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    slug\n    name\n    names {\n      language\n      name\n    }\n    localName\n    city\n    countryCode\n    website\n    representative\n    createdAt\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  query AdminOrganisations {\n    organisations {\n      ...OrganisationFields\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  query Members($organisationId: ID!) {\n    members(organisationId: $organisationId) {\n      roles\n      user {\n        id\n        displayName\n        email\n        totpEnabled\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation SetMemberRoles($organisationId: ID!, $userId: ID!, $roles: [OrgRole!]!) {\n    setMemberRoles(organisationId: $organisationId, userId: $userId, roles: $roles) {\n      roles\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SetMemberRolesDocument,
    "\n  mutation RemoveMember($organisationId: ID!, $userId: ID!) {\n    removeMember(organisationId: $organisationId, userId: $userId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation InviteMember($organisationId: ID!, $email: String!, $roles: [OrgRole!]!) {\n    inviteMember(organisationId: $organisationId, email: $email, roles: $roles) {\n      id\n      email\n      roles\n      expiresAt\n      token\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password) {\n      id\n      displayName\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation AcceptInvitationAsMe($token: String!) {\n    acceptInvitationAsMe(token: $token) {\n      roles\n      organisation {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationAsMeDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdate!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query PendingInvitations($organisationId: ID!) {\n    invitations(organisationId: $organisationId) {\n      id\n      email\n      roles\n      expiresAt\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ResetMemberTotp($organisationId: ID!, $userId: ID!) {\n    resetMemberTotp(organisationId: $organisationId, userId: $userId)\n  }\n": typeof types.ResetMemberTotpDocument,
    "\n  query OrganisationLock($id: ID!) {\n    organisation(id: $id) {\n      id\n      locked\n      lockedAt\n      requireTotp\n    }\n  }\n": typeof types.OrganisationLockDocument,
    "\n  mutation LockOrganisation($id: ID!) {\n    lockOrganisation(id: $id) {\n      id\n      locked\n      lockedAt\n    }\n  }\n": typeof types.LockOrganisationDocument,
    "\n  mutation UnlockOrganisation($id: ID!) {\n    unlockOrganisation(id: $id) {\n      id\n      locked\n      lockedAt\n    }\n  }\n": typeof types.UnlockOrganisationDocument,
    "\n  mutation SetOrganisationRequireTotp($id: ID!, $required: Boolean!) {\n    setOrganisationRequireTotp(id: $id, required: $required) {\n      id\n      requireTotp\n    }\n  }\n": typeof types.SetOrganisationRequireTotpDocument,
    "\n  query AuditOrganisations {\n    organisations {\n      id\n      name\n      names {\n        language\n        name\n      }\n    }\n  }\n": typeof types.AuditOrganisationsDocument,
    "\n  query AuditLog($organisationId: ID, $after: String, $first: Int) {\n    auditLog(organisationId: $organisationId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          seq\n          at\n          actor\n          action\n          entityType\n          entityId\n          hash\n          organisation {\n            id\n            name\n            names {\n              language\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditMembers($organisationId: ID!) {\n    members(organisationId: $organisationId) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AuditMembersDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checked\n      brokenAt\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) {\n      id\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment BriefingDetail on Briefing {\n    id\n    title\n    audience\n    status\n    includeStatistics\n    createdAt\n    releasedAt\n    author {\n      id\n      name\n      city\n    }\n    approvals {\n      approved\n      decidedAt\n      organisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n        city\n      }\n    }\n    files {\n      format\n      url\n      sha256\n      sizeBytes\n      createdAt\n    }\n    statements {\n      id\n      title\n      slug\n      publishedAt\n    }\n    cases {\n      reference\n      title\n      summary\n      status\n      categories\n      incidentDate\n      countries\n      location {\n        city\n        region\n        countryCode\n      }\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n      ownerOrganisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n      }\n      persons {\n        pseudonym\n        role\n        minor\n        citizenship\n      }\n      withheldPersons\n      events {\n        type\n        occurredOn\n        title\n        description\n        authority\n      }\n    }\n  }\n": typeof types.BriefingDetailFragmentDoc,
    "\n  query BriefingList {\n    briefings {\n      id\n      title\n      audience\n      status\n      createdAt\n      releasedAt\n      author {\n        id\n        name\n      }\n      approvals {\n        approved\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.BriefingListDocument,
    "\n  query Briefing($id: ID!) {\n    briefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n": typeof types.BriefingDocument,
    "\n  query BriefingCasePicker($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title\n          incidentDate\n          ownerOrganisation {\n            id\n            name\n            names {\n              language\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BriefingCasePickerDocument,
    "\n  query BriefingStatementPicker {\n    statements(filter: { status: [PUBLISHED] }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.BriefingStatementPickerDocument,
    "\n  mutation CreateBriefing($input: CreateBriefingInput!) {\n    createBriefing(input: $input) {\n      ...BriefingDetail\n    }\n  }\n": typeof types.CreateBriefingDocument,
    "\n  mutation SubmitBriefing($id: ID!) {\n    submitBriefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n": typeof types.SubmitBriefingDocument,
    "\n  mutation DecideBriefing($id: ID!, $organisationId: ID!, $approve: Boolean!) {\n    decideBriefing(id: $id, organisationId: $organisationId, approve: $approve) {\n      id\n      status\n    }\n  }\n": typeof types.DecideBriefingDocument,
    "\n  mutation ReleaseBriefing($id: ID!) {\n    releaseBriefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n": typeof types.ReleaseBriefingDocument,
    "\n  mutation RevokeBriefing($id: ID!) {\n    revokeBriefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n": typeof types.RevokeBriefingDocument,
    "\n  query CaseList($filter: CaseFilter, $after: String, $first: Int) {\n    cases(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          title\n          status\n          visibility\n          crossBorder\n          incidentDate\n          countries\n          ownerOrganisation {\n            id\n            name\n            names {\n              language\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseListDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      title\n      summary\n      status\n      visibility\n      categories\n      incidentDate\n      includeInStatistics\n      countries\n      crossBorder\n      version\n      createdAt\n      updatedAt\n      location {\n        city\n        region\n        countryCode\n      }\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n      ownerOrganisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n      }\n      myAccess {\n        canEdit\n        canShare\n        canSeePersonalData\n      }\n      readers {\n        canChange\n        personsWithNames\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n        }\n      }\n      persons {\n        id\n        pseudonym\n        fullName\n        birthYear\n        contact\n        citizenship\n        role\n        minor\n        consentToShare\n      }\n      events {\n        id\n        type\n        title\n        description\n        occurredOn\n        authority\n        destinationCountryCode\n        createdAt\n        location {\n          city\n          region\n          countryCode\n        }\n        recordedBy {\n          id\n          name\n        }\n        evidence {\n          id\n          fileName\n        }\n      }\n      shares {\n        access\n        personalData\n        grantedAt\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n        }\n      }\n      statements {\n        id\n        status\n        currentVersion {\n          translations {\n            language\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query CaseShareOrganisations {\n    organisations {\n      id\n      name\n      names {\n        language\n        name\n      }\n      slug\n    }\n  }\n": typeof types.CaseShareOrganisationsDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      reference\n      version\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!, $version: Int!) {\n    updateCase(id: $id, input: $input, version: $version) {\n      id\n      version\n      title\n      summary\n      status\n      visibility\n      categories\n      incidentDate\n      includeInStatistics\n      location {\n        city\n        region\n        countryCode\n      }\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n    }\n  }\n": typeof types.UpdateCaseDocument,
    "\n  mutation AddCasePerson($caseId: ID!, $input: CasePersonInput!) {\n    addCasePerson(caseId: $caseId, input: $input) {\n      id\n      pseudonym\n    }\n  }\n": typeof types.AddCasePersonDocument,
    "\n  mutation RemoveCasePerson($id: ID!) {\n    removeCasePerson(id: $id)\n  }\n": typeof types.RemoveCasePersonDocument,
    "\n  mutation AddCaseEvent($caseId: ID!, $input: CaseEventInput!) {\n    addCaseEvent(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddCaseEventDocument,
    "\n  mutation ShareCase($caseId: ID!, $organisationId: ID!, $access: ShareAccess!, $personalData: Boolean) {\n    shareCase(caseId: $caseId, organisationId: $organisationId, access: $access, personalData: $personalData) {\n      access\n      personalData\n    }\n  }\n": typeof types.ShareCaseDocument,
    "\n  mutation UnshareCase($caseId: ID!, $organisationId: ID!) {\n    unshareCase(caseId: $caseId, organisationId: $organisationId)\n  }\n": typeof types.UnshareCaseDocument,
    "\n  query DashboardStatistics($filter: CaseFilter) {\n    caseStatistics(filter: $filter) {\n      totalCases\n      totalSuppressed\n      crossBorderCases\n      crossBorderSuppressed\n      suppressionThreshold\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n      figuresSuppressed\n      byMonth {\n        key\n        count\n        suppressed\n      }\n      byCountry {\n        key\n        count\n        suppressed\n      }\n      byCategory {\n        key\n        count\n        suppressed\n      }\n      byStatus {\n        key\n        count\n        suppressed\n      }\n      flows {\n        fromCountryCode\n        toCountryCode\n        count\n        suppressed\n      }\n    }\n  }\n": typeof types.DashboardStatisticsDocument,
    "\n  query DashboardCountries {\n    caseStatistics {\n      byCountry {\n        key\n      }\n    }\n  }\n": typeof types.DashboardCountriesDocument,
    "\n  query CaseEvidence($id: ID!) {\n    case(id: $id) {\n      id\n      ownerOrganisation {\n        id\n      }\n      myAccess {\n        canEdit\n        canSeePersonalData\n      }\n      events {\n        id\n        title\n        occurredOn\n      }\n      evidence {\n        id\n        fileName\n        mediaType\n        kind\n        size\n        sha256\n        uploadedAt\n        description\n        containsPersonalData\n        capturedAt\n        latitude\n        longitude\n        downloadUrl\n        sanitizedUrl\n        thumbnailUrl\n        verifiedAt\n        uploadedBy {\n          id\n          displayName\n        }\n        event {\n          id\n          title\n        }\n        custody {\n          at\n          action\n          sha256Matched\n          organisation {\n            id\n            name\n          }\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseEvidenceDocument,
    "\n  mutation AttachEvidence($uploadId: ID!, $caseId: ID!, $eventId: ID, $description: String, $containsPersonalData: Boolean) {\n    attachEvidence(uploadId: $uploadId, caseId: $caseId, eventId: $eventId, description: $description, containsPersonalData: $containsPersonalData) {\n      id\n      sha256\n    }\n  }\n": typeof types.AttachEvidenceDocument,
    "\n  mutation VerifyEvidence($id: ID!) {\n    verifyEvidence(id: $id) {\n      id\n      verifiedAt\n    }\n  }\n": typeof types.VerifyEvidenceDocument,
    "\n  mutation RemoveEvidence($id: ID!, $reason: String!) {\n    removeEvidence(id: $id, reason: $reason)\n  }\n": typeof types.RemoveEvidenceDocument,
    "\n  mutation ImportCases($organisationId: ID!, $format: ImportFormat!, $data: String!, $dryRun: Boolean) {\n    importCases(organisationId: $organisationId, format: $format, data: $data, dryRun: $dryRun) {\n      created\n      dryRun\n      errors {\n        row\n        message\n      }\n    }\n  }\n": typeof types.ImportCasesDocument,
    "\n  query ImportNewestCases($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          reference\n          title\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ImportNewestCasesDocument,
    "\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          text\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query NotificationsPage($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      text\n      link\n      createdAt\n      readAt\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query MyWork {\n    myWork {\n      statementsToSign {\n        id\n        title\n      }\n      briefingsToDecide {\n        id\n        title\n      }\n      tasksDue {\n        id\n        title\n        dueAt\n        case {\n          id\n          reference\n        }\n      }\n      newShares {\n        id\n        reference\n      }\n    }\n  }\n": typeof types.MyWorkDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      language\n      calendarFeedPath\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($email: EmailFrequency!, $language: String) {\n    setNotificationPreferences(email: $email, language: $language) {\n      email\n      language\n      calendarFeedPath\n    }\n  }\n": typeof types.SetNotificationPreferencesDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed\n  }\n": typeof types.RotateCalendarFeedDocument,
    "\n  query CaseTasks($id: ID!) {\n    case(id: $id) {\n      id\n      tasks {\n        ...CaseTaskFields\n      }\n    }\n  }\n": typeof types.CaseTasksDocument,
    "\n  fragment CaseTaskFields on CaseTask {\n    id\n    title\n    dueAt\n    status\n    completedAt\n    version\n    assignee {\n      id\n      displayName\n    }\n  }\n": typeof types.CaseTaskFieldsFragmentDoc,
    "\n  mutation AddCaseTask($caseId: ID!, $input: CaseTaskInput!) {\n    addCaseTask(caseId: $caseId, input: $input) {\n      ...CaseTaskFields\n    }\n  }\n": typeof types.AddCaseTaskDocument,
    "\n  mutation CompleteCaseTask($id: ID!, $version: Int!) {\n    completeCaseTask(id: $id, version: $version) {\n      ...CaseTaskFields\n    }\n  }\n": typeof types.CompleteCaseTaskDocument,
    "\n  mutation CancelCaseTask($id: ID!, $version: Int!) {\n    cancelCaseTask(id: $id, version: $version) {\n      ...CaseTaskFields\n    }\n  }\n": typeof types.CancelCaseTaskDocument,
    "\n  query TaskAssignees($organisationId: ID!) {\n    members(organisationId: $organisationId) {\n      roles\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.TaskAssigneesDocument,
    "\n  query PersonConsents($id: ID!) {\n    case(id: $id) {\n      id\n      myAccess { canShare }\n      evidence { id fileName }\n      persons {\n        id\n        pseudonym\n        consents {\n          id\n          scope\n          purpose\n          givenOn\n          expiresOn\n          form\n          formFile { id fileName downloadUrl }\n          active\n          recordedAt\n          withdrawnAt\n          organisations { id name }\n          recordedBy { id displayName }\n        }\n      }\n    }\n  }\n": typeof types.PersonConsentsDocument,
    "\n  mutation RecordConsent($personId: ID!, $input: ConsentInput!) {\n    recordConsent(personId: $personId, input: $input) { id active }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) { id active withdrawnAt }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation ReferPerson($caseId: ID!, $personId: ID!, $toOrganisationId: ID!, $needs: [ReferralNeed!]!, $reason: String!, $urgent: Boolean) {\n    referPerson(caseId: $caseId, personId: $personId, toOrganisationId: $toOrganisationId, needs: $needs, reason: $reason, urgent: $urgent) { id status }\n  }\n": typeof types.ReferPersonDocument,
    "\n  query Referrals($incoming: Boolean, $status: [ReferralStatus!]) {\n    referrals(incoming: $incoming, status: $status) {\n      id\n      status\n      needs\n      reason\n      urgent\n      createdAt\n      decidedAt\n      outcomeNote\n      fromOrganisation { id name countryCode }\n      toOrganisation { id name countryCode }\n      case { id reference title }\n      person { id pseudonym fullName }\n      linkedCase { id reference title }\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  mutation AcceptReferral($id: ID!) { acceptReferral(id: $id) { id status linkedCase { id } } }\n": typeof types.AcceptReferralDocument,
    "\n  mutation DeclineReferral($id: ID!, $outcomeNote: String!) { declineReferral(id: $id, outcomeNote: $outcomeNote) { id status } }\n": typeof types.DeclineReferralDocument,
    "\n  mutation CompleteReferral($id: ID!, $outcomeNote: String!) { completeReferral(id: $id, outcomeNote: $outcomeNote) { id status } }\n": typeof types.CompleteReferralDocument,
    "\n  mutation WithdrawReferral($id: ID!) { withdrawReferral(id: $id) { id status } }\n": typeof types.WithdrawReferralDocument,
    "\n  query CaseCrossBorder($id: ID!) {\n    case(id: $id) {\n      id\n      links {\n        id\n        confirmed\n        createdAt\n        otherOrganisation { id name countryCode }\n        otherCase { id reference title }\n        referral { id status }\n      }\n      referrals {\n        id\n        status\n        urgent\n        needs\n        fromOrganisation { id name }\n        toOrganisation { id name }\n        person { id pseudonym }\n      }\n      crossBorderTimeline {\n        id\n        type\n        title\n        description\n        occurredOn\n        case { id reference ownerOrganisation { id name countryCode } }\n      }\n    }\n  }\n": typeof types.CaseCrossBorderDocument,
    "\n  mutation ConfirmCaseLink($linkId: ID!) { confirmCaseLink(linkId: $linkId) { id confirmed } }\n": typeof types.ConfirmCaseLinkDocument,
    "\n  mutation UnlinkCases($linkId: ID!) { unlinkCases(linkId: $linkId) }\n": typeof types.UnlinkCasesDocument,
    "\n  query ReferralStatistics {\n    referralStatistics {\n      byStatus { status count }\n      byRoute { fromCountryCode toCountryCode count }\n      accepted\n      medianHoursToAcceptance\n    }\n  }\n": typeof types.ReferralStatisticsDocument,
    "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      totalCount\n      hits {\n        snippet\n        node {\n          __typename\n          ... on Case {\n            id\n            reference\n            title\n          }\n          ... on Statement {\n            id\n            title\n            statementStatus: status\n          }\n          ... on Briefing {\n            id\n            title\n            briefingStatus: status\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  fragment StatementDetail on Statement {\n    id\n    slug\n    status\n    title\n    primaryLanguage\n    addressees\n    createdAt\n    updatedAt\n    publishedAt\n    signatureDeadline\n    signatureCount\n    initiator {\n      id\n      name\n      city\n    }\n    currentVersion {\n      number\n      contentHash\n      createdAt\n      changeNote\n      translations {\n        language\n        title\n        body\n      }\n    }\n    versions {\n      number\n      contentHash\n      createdAt\n      changeNote\n      translations {\n        language\n        title\n        body\n      }\n    }\n    signatures {\n      id\n      current\n      versionNumber\n      contentHash\n      signatoryName\n      signatoryTitle\n      signedAt\n      organisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n        city\n      }\n    }\n    cases {\n      id\n      reference\n      title\n    }\n  }\n": typeof types.StatementDetailFragmentDoc,
    "\n  query Statements($filter: StatementFilter, $first: Int, $after: String) {\n    statements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          signatureCount\n          signatureDeadline\n          publishedAt\n          updatedAt\n          initiator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementsDocument,
    "\n  query Statement($id: ID!) {\n    statement(id: $id) {\n      ...StatementDetail\n    }\n  }\n": typeof types.StatementDocument,
    "\n  subscription StatementSignatures($statementId: ID!) {\n    statementSignatures(statementId: $statementId) {\n      ...StatementDetail\n    }\n  }\n": typeof types.StatementSignaturesDocument,
    "\n  query CitableCases($search: String) {\n    cases(first: 100, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title\n        }\n      }\n    }\n  }\n": typeof types.CitableCasesDocument,
    "\n  mutation CreateStatement($input: CreateStatementInput!) {\n    createStatement(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateStatementDocument,
    "\n  mutation ReviseStatement($id: ID!, $baseVersion: Int!, $translations: [TranslationInput!]!, $changeNote: String) {\n    reviseStatement(id: $id, baseVersion: $baseVersion, translations: $translations, changeNote: $changeNote) {\n      ...StatementDetail\n    }\n  }\n": typeof types.ReviseStatementDocument,
    "\n  mutation OpenStatementForSignature($id: ID!, $signatureDeadline: DateTimeISO) {\n    openStatementForSignature(id: $id, signatureDeadline: $signatureDeadline) {\n      ...StatementDetail\n    }\n  }\n": typeof types.OpenStatementForSignatureDocument,
    "\n  mutation SignStatement($input: SignStatementInput!) {\n    signStatement(input: $input) {\n      id\n      current\n      versionNumber\n    }\n  }\n": typeof types.SignStatementDocument,
    "\n  mutation WithdrawSignature($statementId: ID!, $organisationId: ID!) {\n    withdrawSignature(statementId: $statementId, organisationId: $organisationId)\n  }\n": typeof types.WithdrawSignatureDocument,
    "\n  mutation PublishStatement($id: ID!) {\n    publishStatement(id: $id) {\n      ...StatementDetail\n    }\n  }\n": typeof types.PublishStatementDocument,
    "\n  mutation WithdrawStatement($id: ID!) {\n    withdrawStatement(id: $id) {\n      ...StatementDetail\n    }\n  }\n": typeof types.WithdrawStatementDocument,
    "\n  query PublishedStatement($slug: String!) {\n    publishedStatement(slug: $slug) {\n      id\n      slug\n      title\n      primaryLanguage\n      addressees\n      publishedAt\n      currentVersion {\n        number\n        contentHash\n        translations {\n          language\n          title\n          body\n        }\n      }\n      signatures {\n        id\n        current\n        signatoryName\n        signatoryTitle\n        signedAt\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n          city\n        }\n      }\n    }\n  }\n": typeof types.PublishedStatementDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      locale\n      totpEnabled\n      coalitionRoles\n      memberships {\n        roles\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n          slug\n          city\n          countryCode\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation GenerateRecoveryCodes($currentPassword: String!) {\n    generateRecoveryCodes(currentPassword: $currentPassword)\n  }\n": types.GenerateRecoveryCodesDocument,
    "\n  mutation DisableTotp($currentPassword: String!, $code: String!) {\n    disableTotp(currentPassword: $currentPassword, code: $code)\n  }\n": types.DisableTotpDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SetupTotp {\n    setupTotp {\n      secret\n      otpauthUrl\n    }\n  }\n": types.SetupTotpDocument,
    "\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code)\n  }\n": types.ConfirmTotpDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    slug\n    name\n    names {\n      language\n      name\n    }\n    localName\n    city\n    countryCode\n    website\n    representative\n    createdAt\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  query AdminOrganisations {\n    organisations {\n      ...OrganisationFields\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  query Members($organisationId: ID!) {\n    members(organisationId: $organisationId) {\n      roles\n      user {\n        id\n        displayName\n        email\n        totpEnabled\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation SetMemberRoles($organisationId: ID!, $userId: ID!, $roles: [OrgRole!]!) {\n    setMemberRoles(organisationId: $organisationId, userId: $userId, roles: $roles) {\n      roles\n      user {\n        id\n      }\n    }\n  }\n": types.SetMemberRolesDocument,
    "\n  mutation RemoveMember($organisationId: ID!, $userId: ID!) {\n    removeMember(organisationId: $organisationId, userId: $userId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation InviteMember($organisationId: ID!, $email: String!, $roles: [OrgRole!]!) {\n    inviteMember(organisationId: $organisationId, email: $email, roles: $roles) {\n      id\n      email\n      roles\n      expiresAt\n      token\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password) {\n      id\n      displayName\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation AcceptInvitationAsMe($token: String!) {\n    acceptInvitationAsMe(token: $token) {\n      roles\n      organisation {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationAsMeDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdate!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query PendingInvitations($organisationId: ID!) {\n    invitations(organisationId: $organisationId) {\n      id\n      email\n      roles\n      expiresAt\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ResetMemberTotp($organisationId: ID!, $userId: ID!) {\n    resetMemberTotp(organisationId: $organisationId, userId: $userId)\n  }\n": types.ResetMemberTotpDocument,
    "\n  query OrganisationLock($id: ID!) {\n    organisation(id: $id) {\n      id\n      locked\n      lockedAt\n      requireTotp\n    }\n  }\n": types.OrganisationLockDocument,
    "\n  mutation LockOrganisation($id: ID!) {\n    lockOrganisation(id: $id) {\n      id\n      locked\n      lockedAt\n    }\n  }\n": types.LockOrganisationDocument,
    "\n  mutation UnlockOrganisation($id: ID!) {\n    unlockOrganisation(id: $id) {\n      id\n      locked\n      lockedAt\n    }\n  }\n": types.UnlockOrganisationDocument,
    "\n  mutation SetOrganisationRequireTotp($id: ID!, $required: Boolean!) {\n    setOrganisationRequireTotp(id: $id, required: $required) {\n      id\n      requireTotp\n    }\n  }\n": types.SetOrganisationRequireTotpDocument,
    "\n  query AuditOrganisations {\n    organisations {\n      id\n      name\n      names {\n        language\n        name\n      }\n    }\n  }\n": types.AuditOrganisationsDocument,
    "\n  query AuditLog($organisationId: ID, $after: String, $first: Int) {\n    auditLog(organisationId: $organisationId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          seq\n          at\n          actor\n          action\n          entityType\n          entityId\n          hash\n          organisation {\n            id\n            name\n            names {\n              language\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditMembers($organisationId: ID!) {\n    members(organisationId: $organisationId) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.AuditMembersDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checked\n      brokenAt\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) {\n      id\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment BriefingDetail on Briefing {\n    id\n    title\n    audience\n    status\n    includeStatistics\n    createdAt\n    releasedAt\n    author {\n      id\n      name\n      city\n    }\n    approvals {\n      approved\n      decidedAt\n      organisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n        city\n      }\n    }\n    files {\n      format\n      url\n      sha256\n      sizeBytes\n      createdAt\n    }\n    statements {\n      id\n      title\n      slug\n      publishedAt\n    }\n    cases {\n      reference\n      title\n      summary\n      status\n      categories\n      incidentDate\n      countries\n      location {\n        city\n        region\n        countryCode\n      }\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n      ownerOrganisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n      }\n      persons {\n        pseudonym\n        role\n        minor\n        citizenship\n      }\n      withheldPersons\n      events {\n        type\n        occurredOn\n        title\n        description\n        authority\n      }\n    }\n  }\n": types.BriefingDetailFragmentDoc,
    "\n  query BriefingList {\n    briefings {\n      id\n      title\n      audience\n      status\n      createdAt\n      releasedAt\n      author {\n        id\n        name\n      }\n      approvals {\n        approved\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n        }\n      }\n    }\n  }\n": types.BriefingListDocument,
    "\n  query Briefing($id: ID!) {\n    briefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n": types.BriefingDocument,
    "\n  query BriefingCasePicker($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title\n          incidentDate\n          ownerOrganisation {\n            id\n            name\n            names {\n              language\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BriefingCasePickerDocument,
    "\n  query BriefingStatementPicker {\n    statements(filter: { status: [PUBLISHED] }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          publishedAt\n        }\n      }\n    }\n  }\n": types.BriefingStatementPickerDocument,
    "\n  mutation CreateBriefing($input: CreateBriefingInput!) {\n    createBriefing(input: $input) {\n      ...BriefingDetail\n    }\n  }\n": types.CreateBriefingDocument,
    "\n  mutation SubmitBriefing($id: ID!) {\n    submitBriefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n": types.SubmitBriefingDocument,
    "\n  mutation DecideBriefing($id: ID!, $organisationId: ID!, $approve: Boolean!) {\n    decideBriefing(id: $id, organisationId: $organisationId, approve: $approve) {\n      id\n      status\n    }\n  }\n": types.DecideBriefingDocument,
    "\n  mutation ReleaseBriefing($id: ID!) {\n    releaseBriefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n": types.ReleaseBriefingDocument,
    "\n  mutation RevokeBriefing($id: ID!) {\n    revokeBriefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n": types.RevokeBriefingDocument,
    "\n  query CaseList($filter: CaseFilter, $after: String, $first: Int) {\n    cases(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          title\n          status\n          visibility\n          crossBorder\n          incidentDate\n          countries\n          ownerOrganisation {\n            id\n            name\n            names {\n              language\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CaseListDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      title\n      summary\n      status\n      visibility\n      categories\n      incidentDate\n      includeInStatistics\n      countries\n      crossBorder\n      version\n      createdAt\n      updatedAt\n      location {\n        city\n        region\n        countryCode\n      }\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n      ownerOrganisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n      }\n      myAccess {\n        canEdit\n        canShare\n        canSeePersonalData\n      }\n      readers {\n        canChange\n        personsWithNames\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n        }\n      }\n      persons {\n        id\n        pseudonym\n        fullName\n        birthYear\n        contact\n        citizenship\n        role\n        minor\n        consentToShare\n      }\n      events {\n        id\n        type\n        title\n        description\n        occurredOn\n        authority\n        destinationCountryCode\n        createdAt\n        location {\n          city\n          region\n          countryCode\n        }\n        recordedBy {\n          id\n          name\n        }\n        evidence {\n          id\n          fileName\n        }\n      }\n      shares {\n        access\n        personalData\n        grantedAt\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n        }\n      }\n      statements {\n        id\n        status\n        currentVersion {\n          translations {\n            language\n            title\n          }\n        }\n      }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query CaseShareOrganisations {\n    organisations {\n      id\n      name\n      names {\n        language\n        name\n      }\n      slug\n    }\n  }\n": types.CaseShareOrganisationsDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      reference\n      version\n    }\n  }\n": types.CreateCaseDocument,
    "\n  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!, $version: Int!) {\n    updateCase(id: $id, input: $input, version: $version) {\n      id\n      version\n      title\n      summary\n      status\n      visibility\n      categories\n      incidentDate\n      includeInStatistics\n      location {\n        city\n        region\n        countryCode\n      }\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n    }\n  }\n": types.UpdateCaseDocument,
    "\n  mutation AddCasePerson($caseId: ID!, $input: CasePersonInput!) {\n    addCasePerson(caseId: $caseId, input: $input) {\n      id\n      pseudonym\n    }\n  }\n": types.AddCasePersonDocument,
    "\n  mutation RemoveCasePerson($id: ID!) {\n    removeCasePerson(id: $id)\n  }\n": types.RemoveCasePersonDocument,
    "\n  mutation AddCaseEvent($caseId: ID!, $input: CaseEventInput!) {\n    addCaseEvent(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": types.AddCaseEventDocument,
    "\n  mutation ShareCase($caseId: ID!, $organisationId: ID!, $access: ShareAccess!, $personalData: Boolean) {\n    shareCase(caseId: $caseId, organisationId: $organisationId, access: $access, personalData: $personalData) {\n      access\n      personalData\n    }\n  }\n": types.ShareCaseDocument,
    "\n  mutation UnshareCase($caseId: ID!, $organisationId: ID!) {\n    unshareCase(caseId: $caseId, organisationId: $organisationId)\n  }\n": types.UnshareCaseDocument,
    "\n  query DashboardStatistics($filter: CaseFilter) {\n    caseStatistics(filter: $filter) {\n      totalCases\n      totalSuppressed\n      crossBorderCases\n      crossBorderSuppressed\n      suppressionThreshold\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n      figuresSuppressed\n      byMonth {\n        key\n        count\n        suppressed\n      }\n      byCountry {\n        key\n        count\n        suppressed\n      }\n      byCategory {\n        key\n        count\n        suppressed\n      }\n      byStatus {\n        key\n        count\n        suppressed\n      }\n      flows {\n        fromCountryCode\n        toCountryCode\n        count\n        suppressed\n      }\n    }\n  }\n": types.DashboardStatisticsDocument,
    "\n  query DashboardCountries {\n    caseStatistics {\n      byCountry {\n        key\n      }\n    }\n  }\n": types.DashboardCountriesDocument,
    "\n  query CaseEvidence($id: ID!) {\n    case(id: $id) {\n      id\n      ownerOrganisation {\n        id\n      }\n      myAccess {\n        canEdit\n        canSeePersonalData\n      }\n      events {\n        id\n        title\n        occurredOn\n      }\n      evidence {\n        id\n        fileName\n        mediaType\n        kind\n        size\n        sha256\n        uploadedAt\n        description\n        containsPersonalData\n        capturedAt\n        latitude\n        longitude\n        downloadUrl\n        sanitizedUrl\n        thumbnailUrl\n        verifiedAt\n        uploadedBy {\n          id\n          displayName\n        }\n        event {\n          id\n          title\n        }\n        custody {\n          at\n          action\n          sha256Matched\n          organisation {\n            id\n            name\n          }\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.CaseEvidenceDocument,
    "\n  mutation AttachEvidence($uploadId: ID!, $caseId: ID!, $eventId: ID, $description: String, $containsPersonalData: Boolean) {\n    attachEvidence(uploadId: $uploadId, caseId: $caseId, eventId: $eventId, description: $description, containsPersonalData: $containsPersonalData) {\n      id\n      sha256\n    }\n  }\n": types.AttachEvidenceDocument,
    "\n  mutation VerifyEvidence($id: ID!) {\n    verifyEvidence(id: $id) {\n      id\n      verifiedAt\n    }\n  }\n": types.VerifyEvidenceDocument,
    "\n  mutation RemoveEvidence($id: ID!, $reason: String!) {\n    removeEvidence(id: $id, reason: $reason)\n  }\n": types.RemoveEvidenceDocument,
    "\n  mutation ImportCases($organisationId: ID!, $format: ImportFormat!, $data: String!, $dryRun: Boolean) {\n    importCases(organisationId: $organisationId, format: $format, data: $data, dryRun: $dryRun) {\n      created\n      dryRun\n      errors {\n        row\n        message\n      }\n    }\n  }\n": types.ImportCasesDocument,
    "\n  query ImportNewestCases($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          reference\n          title\n          createdAt\n        }\n      }\n    }\n  }\n": types.ImportNewestCasesDocument,
    "\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          text\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query NotificationsPage($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      text\n      link\n      createdAt\n      readAt\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query MyWork {\n    myWork {\n      statementsToSign {\n        id\n        title\n      }\n      briefingsToDecide {\n        id\n        title\n      }\n      tasksDue {\n        id\n        title\n        dueAt\n        case {\n          id\n          reference\n        }\n      }\n      newShares {\n        id\n        reference\n      }\n    }\n  }\n": types.MyWorkDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      language\n      calendarFeedPath\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreferences($email: EmailFrequency!, $language: String) {\n    setNotificationPreferences(email: $email, language: $language) {\n      email\n      language\n      calendarFeedPath\n    }\n  }\n": types.SetNotificationPreferencesDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed\n  }\n": types.RotateCalendarFeedDocument,
    "\n  query CaseTasks($id: ID!) {\n    case(id: $id) {\n      id\n      tasks {\n        ...CaseTaskFields\n      }\n    }\n  }\n": types.CaseTasksDocument,
    "\n  fragment CaseTaskFields on CaseTask {\n    id\n    title\n    dueAt\n    status\n    completedAt\n    version\n    assignee {\n      id\n      displayName\n    }\n  }\n": types.CaseTaskFieldsFragmentDoc,
    "\n  mutation AddCaseTask($caseId: ID!, $input: CaseTaskInput!) {\n    addCaseTask(caseId: $caseId, input: $input) {\n      ...CaseTaskFields\n    }\n  }\n": types.AddCaseTaskDocument,
    "\n  mutation CompleteCaseTask($id: ID!, $version: Int!) {\n    completeCaseTask(id: $id, version: $version) {\n      ...CaseTaskFields\n    }\n  }\n": types.CompleteCaseTaskDocument,
    "\n  mutation CancelCaseTask($id: ID!, $version: Int!) {\n    cancelCaseTask(id: $id, version: $version) {\n      ...CaseTaskFields\n    }\n  }\n": types.CancelCaseTaskDocument,
    "\n  query TaskAssignees($organisationId: ID!) {\n    members(organisationId: $organisationId) {\n      roles\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.TaskAssigneesDocument,
    "\n  query PersonConsents($id: ID!) {\n    case(id: $id) {\n      id\n      myAccess { canShare }\n      evidence { id fileName }\n      persons {\n        id\n        pseudonym\n        consents {\n          id\n          scope\n          purpose\n          givenOn\n          expiresOn\n          form\n          formFile { id fileName downloadUrl }\n          active\n          recordedAt\n          withdrawnAt\n          organisations { id name }\n          recordedBy { id displayName }\n        }\n      }\n    }\n  }\n": types.PersonConsentsDocument,
    "\n  mutation RecordConsent($personId: ID!, $input: ConsentInput!) {\n    recordConsent(personId: $personId, input: $input) { id active }\n  }\n": types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) { id active withdrawnAt }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation ReferPerson($caseId: ID!, $personId: ID!, $toOrganisationId: ID!, $needs: [ReferralNeed!]!, $reason: String!, $urgent: Boolean) {\n    referPerson(caseId: $caseId, personId: $personId, toOrganisationId: $toOrganisationId, needs: $needs, reason: $reason, urgent: $urgent) { id status }\n  }\n": types.ReferPersonDocument,
    "\n  query Referrals($incoming: Boolean, $status: [ReferralStatus!]) {\n    referrals(incoming: $incoming, status: $status) {\n      id\n      status\n      needs\n      reason\n      urgent\n      createdAt\n      decidedAt\n      outcomeNote\n      fromOrganisation { id name countryCode }\n      toOrganisation { id name countryCode }\n      case { id reference title }\n      person { id pseudonym fullName }\n      linkedCase { id reference title }\n    }\n  }\n": types.ReferralsDocument,
    "\n  mutation AcceptReferral($id: ID!) { acceptReferral(id: $id) { id status linkedCase { id } } }\n": types.AcceptReferralDocument,
    "\n  mutation DeclineReferral($id: ID!, $outcomeNote: String!) { declineReferral(id: $id, outcomeNote: $outcomeNote) { id status } }\n": types.DeclineReferralDocument,
    "\n  mutation CompleteReferral($id: ID!, $outcomeNote: String!) { completeReferral(id: $id, outcomeNote: $outcomeNote) { id status } }\n": types.CompleteReferralDocument,
    "\n  mutation WithdrawReferral($id: ID!) { withdrawReferral(id: $id) { id status } }\n": types.WithdrawReferralDocument,
    "\n  query CaseCrossBorder($id: ID!) {\n    case(id: $id) {\n      id\n      links {\n        id\n        confirmed\n        createdAt\n        otherOrganisation { id name countryCode }\n        otherCase { id reference title }\n        referral { id status }\n      }\n      referrals {\n        id\n        status\n        urgent\n        needs\n        fromOrganisation { id name }\n        toOrganisation { id name }\n        person { id pseudonym }\n      }\n      crossBorderTimeline {\n        id\n        type\n        title\n        description\n        occurredOn\n        case { id reference ownerOrganisation { id name countryCode } }\n      }\n    }\n  }\n": types.CaseCrossBorderDocument,
    "\n  mutation ConfirmCaseLink($linkId: ID!) { confirmCaseLink(linkId: $linkId) { id confirmed } }\n": types.ConfirmCaseLinkDocument,
    "\n  mutation UnlinkCases($linkId: ID!) { unlinkCases(linkId: $linkId) }\n": types.UnlinkCasesDocument,
    "\n  query ReferralStatistics {\n    referralStatistics {\n      byStatus { status count }\n      byRoute { fromCountryCode toCountryCode count }\n      accepted\n      medianHoursToAcceptance\n    }\n  }\n": types.ReferralStatisticsDocument,
    "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      totalCount\n      hits {\n        snippet\n        node {\n          __typename\n          ... on Case {\n            id\n            reference\n            title\n          }\n          ... on Statement {\n            id\n            title\n            statementStatus: status\n          }\n          ... on Briefing {\n            id\n            title\n            briefingStatus: status\n          }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  fragment StatementDetail on Statement {\n    id\n    slug\n    status\n    title\n    primaryLanguage\n    addressees\n    createdAt\n    updatedAt\n    publishedAt\n    signatureDeadline\n    signatureCount\n    initiator {\n      id\n      name\n      city\n    }\n    currentVersion {\n      number\n      contentHash\n      createdAt\n      changeNote\n      translations {\n        language\n        title\n        body\n      }\n    }\n    versions {\n      number\n      contentHash\n      createdAt\n      changeNote\n      translations {\n        language\n        title\n        body\n      }\n    }\n    signatures {\n      id\n      current\n      versionNumber\n      contentHash\n      signatoryName\n      signatoryTitle\n      signedAt\n      organisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n        city\n      }\n    }\n    cases {\n      id\n      reference\n      title\n    }\n  }\n": types.StatementDetailFragmentDoc,
    "\n  query Statements($filter: StatementFilter, $first: Int, $after: String) {\n    statements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          signatureCount\n          signatureDeadline\n          publishedAt\n          updatedAt\n          initiator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.StatementsDocument,
    "\n  query Statement($id: ID!) {\n    statement(id: $id) {\n      ...StatementDetail\n    }\n  }\n": types.StatementDocument,
    "\n  subscription StatementSignatures($statementId: ID!) {\n    statementSignatures(statementId: $statementId) {\n      ...StatementDetail\n    }\n  }\n": types.StatementSignaturesDocument,
    "\n  query CitableCases($search: String) {\n    cases(first: 100, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title\n        }\n      }\n    }\n  }\n": types.CitableCasesDocument,
    "\n  mutation CreateStatement($input: CreateStatementInput!) {\n    createStatement(input: $input) {\n      id\n    }\n  }\n": types.CreateStatementDocument,
    "\n  mutation ReviseStatement($id: ID!, $baseVersion: Int!, $translations: [TranslationInput!]!, $changeNote: String) {\n    reviseStatement(id: $id, baseVersion: $baseVersion, translations: $translations, changeNote: $changeNote) {\n      ...StatementDetail\n    }\n  }\n": types.ReviseStatementDocument,
    "\n  mutation OpenStatementForSignature($id: ID!, $signatureDeadline: DateTimeISO) {\n    openStatementForSignature(id: $id, signatureDeadline: $signatureDeadline) {\n      ...StatementDetail\n    }\n  }\n": types.OpenStatementForSignatureDocument,
    "\n  mutation SignStatement($input: SignStatementInput!) {\n    signStatement(input: $input) {\n      id\n      current\n      versionNumber\n    }\n  }\n": types.SignStatementDocument,
    "\n  mutation WithdrawSignature($statementId: ID!, $organisationId: ID!) {\n    withdrawSignature(statementId: $statementId, organisationId: $organisationId)\n  }\n": types.WithdrawSignatureDocument,
    "\n  mutation PublishStatement($id: ID!) {\n    publishStatement(id: $id) {\n      ...StatementDetail\n    }\n  }\n": types.PublishStatementDocument,
    "\n  mutation WithdrawStatement($id: ID!) {\n    withdrawStatement(id: $id) {\n      ...StatementDetail\n    }\n  }\n": types.WithdrawStatementDocument,
    "\n  query PublishedStatement($slug: String!) {\n    publishedStatement(slug: $slug) {\n      id\n      slug\n      title\n      primaryLanguage\n      addressees\n      publishedAt\n      currentVersion {\n        number\n        contentHash\n        translations {\n          language\n          title\n          body\n        }\n      }\n      signatures {\n        id\n        current\n        signatoryName\n        signatoryTitle\n        signedAt\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n          city\n        }\n      }\n    }\n  }\n": types.PublishedStatementDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      locale\n      totpEnabled\n      coalitionRoles\n      memberships {\n        roles\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n          slug\n          city\n          countryCode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      locale\n      totpEnabled\n      coalitionRoles\n      memberships {\n        roles\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n          slug\n          city\n          countryCode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      userAgent\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateRecoveryCodes($currentPassword: String!) {\n    generateRecoveryCodes(currentPassword: $currentPassword)\n  }\n"): (typeof documents)["\n  mutation GenerateRecoveryCodes($currentPassword: String!) {\n    generateRecoveryCodes(currentPassword: $currentPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($currentPassword: String!, $code: String!) {\n    disableTotp(currentPassword: $currentPassword, code: $code)\n  }\n"): (typeof documents)["\n  mutation DisableTotp($currentPassword: String!, $code: String!) {\n    disableTotp(currentPassword: $currentPassword, code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupTotp {\n    setupTotp {\n      secret\n      otpauthUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SetupTotp {\n    setupTotp {\n      secret\n      otpauthUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTotp($code: String!) {\n    confirmTotp(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    id\n    slug\n    name\n    names {\n      language\n      name\n    }\n    localName\n    city\n    countryCode\n    website\n    representative\n    createdAt\n  }\n"): (typeof documents)["\n  fragment OrganisationFields on Organisation {\n    id\n    slug\n    name\n    names {\n      language\n      name\n    }\n    localName\n    city\n    countryCode\n    website\n    representative\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations {\n    organisations {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisations {\n    organisations {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($organisationId: ID!) {\n    members(organisationId: $organisationId) {\n      roles\n      user {\n        id\n        displayName\n        email\n        totpEnabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($organisationId: ID!) {\n    members(organisationId: $organisationId) {\n      roles\n      user {\n        id\n        displayName\n        email\n        totpEnabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRoles($organisationId: ID!, $userId: ID!, $roles: [OrgRole!]!) {\n    setMemberRoles(organisationId: $organisationId, userId: $userId, roles: $roles) {\n      roles\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRoles($organisationId: ID!, $userId: ID!, $roles: [OrgRole!]!) {\n    setMemberRoles(organisationId: $organisationId, userId: $userId, roles: $roles) {\n      roles\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($organisationId: ID!, $userId: ID!) {\n    removeMember(organisationId: $organisationId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($organisationId: ID!, $userId: ID!) {\n    removeMember(organisationId: $organisationId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($organisationId: ID!, $email: String!, $roles: [OrgRole!]!) {\n    inviteMember(organisationId: $organisationId, email: $email, roles: $roles) {\n      id\n      email\n      roles\n      expiresAt\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($organisationId: ID!, $email: String!, $roles: [OrgRole!]!) {\n    inviteMember(organisationId: $organisationId, email: $email, roles: $roles) {\n      id\n      email\n      roles\n      expiresAt\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {\n    acceptInvitation(token: $token, displayName: $displayName, password: $password) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitationAsMe($token: String!) {\n    acceptInvitationAsMe(token: $token) {\n      roles\n      organisation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitationAsMe($token: String!) {\n    acceptInvitationAsMe(token: $token) {\n      roles\n      organisation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdate!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdate!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($organisationId: ID!) {\n    invitations(organisationId: $organisationId) {\n      id\n      email\n      roles\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($organisationId: ID!) {\n    invitations(organisationId: $organisationId) {\n      id\n      email\n      roles\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetMemberTotp($organisationId: ID!, $userId: ID!) {\n    resetMemberTotp(organisationId: $organisationId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ResetMemberTotp($organisationId: ID!, $userId: ID!) {\n    resetMemberTotp(organisationId: $organisationId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationLock($id: ID!) {\n    organisation(id: $id) {\n      id\n      locked\n      lockedAt\n      requireTotp\n    }\n  }\n"): (typeof documents)["\n  query OrganisationLock($id: ID!) {\n    organisation(id: $id) {\n      id\n      locked\n      lockedAt\n      requireTotp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockOrganisation($id: ID!) {\n    lockOrganisation(id: $id) {\n      id\n      locked\n      lockedAt\n    }\n  }\n"): (typeof documents)["\n  mutation LockOrganisation($id: ID!) {\n    lockOrganisation(id: $id) {\n      id\n      locked\n      lockedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockOrganisation($id: ID!) {\n    unlockOrganisation(id: $id) {\n      id\n      locked\n      lockedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockOrganisation($id: ID!) {\n    unlockOrganisation(id: $id) {\n      id\n      locked\n      lockedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationRequireTotp($id: ID!, $required: Boolean!) {\n    setOrganisationRequireTotp(id: $id, required: $required) {\n      id\n      requireTotp\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisationRequireTotp($id: ID!, $required: Boolean!) {\n    setOrganisationRequireTotp(id: $id, required: $required) {\n      id\n      requireTotp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditOrganisations {\n    organisations {\n      id\n      name\n      names {\n        language\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditOrganisations {\n    organisations {\n      id\n      name\n      names {\n        language\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($organisationId: ID, $after: String, $first: Int) {\n    auditLog(organisationId: $organisationId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          seq\n          at\n          actor\n          action\n          entityType\n          entityId\n          hash\n          organisation {\n            id\n            name\n            names {\n              language\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($organisationId: ID, $after: String, $first: Int) {\n    auditLog(organisationId: $organisationId, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          seq\n          at\n          actor\n          action\n          entityType\n          entityId\n          hash\n          organisation {\n            id\n            name\n            names {\n              language\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditMembers($organisationId: ID!) {\n    members(organisationId: $organisationId) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditMembers($organisationId: ID!) {\n    members(organisationId: $organisationId) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checked\n      brokenAt\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checked\n      brokenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BriefingDetail on Briefing {\n    id\n    title\n    audience\n    status\n    includeStatistics\n    createdAt\n    releasedAt\n    author {\n      id\n      name\n      city\n    }\n    approvals {\n      approved\n      decidedAt\n      organisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n        city\n      }\n    }\n    files {\n      format\n      url\n      sha256\n      sizeBytes\n      createdAt\n    }\n    statements {\n      id\n      title\n      slug\n      publishedAt\n    }\n    cases {\n      reference\n      title\n      summary\n      status\n      categories\n      incidentDate\n      countries\n      location {\n        city\n        region\n        countryCode\n      }\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n      ownerOrganisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n      }\n      persons {\n        pseudonym\n        role\n        minor\n        citizenship\n      }\n      withheldPersons\n      events {\n        type\n        occurredOn\n        title\n        description\n        authority\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BriefingDetail on Briefing {\n    id\n    title\n    audience\n    status\n    includeStatistics\n    createdAt\n    releasedAt\n    author {\n      id\n      name\n      city\n    }\n    approvals {\n      approved\n      decidedAt\n      organisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n        city\n      }\n    }\n    files {\n      format\n      url\n      sha256\n      sizeBytes\n      createdAt\n    }\n    statements {\n      id\n      title\n      slug\n      publishedAt\n    }\n    cases {\n      reference\n      title\n      summary\n      status\n      categories\n      incidentDate\n      countries\n      location {\n        city\n        region\n        countryCode\n      }\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n      ownerOrganisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n      }\n      persons {\n        pseudonym\n        role\n        minor\n        citizenship\n      }\n      withheldPersons\n      events {\n        type\n        occurredOn\n        title\n        description\n        authority\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BriefingList {\n    briefings {\n      id\n      title\n      audience\n      status\n      createdAt\n      releasedAt\n      author {\n        id\n        name\n      }\n      approvals {\n        approved\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BriefingList {\n    briefings {\n      id\n      title\n      audience\n      status\n      createdAt\n      releasedAt\n      author {\n        id\n        name\n      }\n      approvals {\n        approved\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Briefing($id: ID!) {\n    briefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n"): (typeof documents)["\n  query Briefing($id: ID!) {\n    briefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BriefingCasePicker($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title\n          incidentDate\n          ownerOrganisation {\n            id\n            name\n            names {\n              language\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BriefingCasePicker($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title\n          incidentDate\n          ownerOrganisation {\n            id\n            name\n            names {\n              language\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BriefingStatementPicker {\n    statements(filter: { status: [PUBLISHED] }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          publishedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BriefingStatementPicker {\n    statements(filter: { status: [PUBLISHED] }, first: 100) {\n      edges {\n        node {\n          id\n          title\n          publishedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBriefing($input: CreateBriefingInput!) {\n    createBriefing(input: $input) {\n      ...BriefingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBriefing($input: CreateBriefingInput!) {\n    createBriefing(input: $input) {\n      ...BriefingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitBriefing($id: ID!) {\n    submitBriefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitBriefing($id: ID!) {\n    submitBriefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideBriefing($id: ID!, $organisationId: ID!, $approve: Boolean!) {\n    decideBriefing(id: $id, organisationId: $organisationId, approve: $approve) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideBriefing($id: ID!, $organisationId: ID!, $approve: Boolean!) {\n    decideBriefing(id: $id, organisationId: $organisationId, approve: $approve) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseBriefing($id: ID!) {\n    releaseBriefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseBriefing($id: ID!) {\n    releaseBriefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeBriefing($id: ID!) {\n    revokeBriefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeBriefing($id: ID!) {\n    revokeBriefing(id: $id) {\n      ...BriefingDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseList($filter: CaseFilter, $after: String, $first: Int) {\n    cases(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          title\n          status\n          visibility\n          crossBorder\n          incidentDate\n          countries\n          ownerOrganisation {\n            id\n            name\n            names {\n              language\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseList($filter: CaseFilter, $after: String, $first: Int) {\n    cases(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          reference\n          title\n          status\n          visibility\n          crossBorder\n          incidentDate\n          countries\n          ownerOrganisation {\n            id\n            name\n            names {\n              language\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      title\n      summary\n      status\n      visibility\n      categories\n      incidentDate\n      includeInStatistics\n      countries\n      crossBorder\n      version\n      createdAt\n      updatedAt\n      location {\n        city\n        region\n        countryCode\n      }\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n      ownerOrganisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n      }\n      myAccess {\n        canEdit\n        canShare\n        canSeePersonalData\n      }\n      readers {\n        canChange\n        personsWithNames\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n        }\n      }\n      persons {\n        id\n        pseudonym\n        fullName\n        birthYear\n        contact\n        citizenship\n        role\n        minor\n        consentToShare\n      }\n      events {\n        id\n        type\n        title\n        description\n        occurredOn\n        authority\n        destinationCountryCode\n        createdAt\n        location {\n          city\n          region\n          countryCode\n        }\n        recordedBy {\n          id\n          name\n        }\n        evidence {\n          id\n          fileName\n        }\n      }\n      shares {\n        access\n        personalData\n        grantedAt\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n        }\n      }\n      statements {\n        id\n        status\n        currentVersion {\n          translations {\n            language\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      title\n      summary\n      status\n      visibility\n      categories\n      incidentDate\n      includeInStatistics\n      countries\n      crossBorder\n      version\n      createdAt\n      updatedAt\n      location {\n        city\n        region\n        countryCode\n      }\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n      ownerOrganisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n      }\n      myAccess {\n        canEdit\n        canShare\n        canSeePersonalData\n      }\n      readers {\n        canChange\n        personsWithNames\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n        }\n      }\n      persons {\n        id\n        pseudonym\n        fullName\n        birthYear\n        contact\n        citizenship\n        role\n        minor\n        consentToShare\n      }\n      events {\n        id\n        type\n        title\n        description\n        occurredOn\n        authority\n        destinationCountryCode\n        createdAt\n        location {\n          city\n          region\n          countryCode\n        }\n        recordedBy {\n          id\n          name\n        }\n        evidence {\n          id\n          fileName\n        }\n      }\n      shares {\n        access\n        personalData\n        grantedAt\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n        }\n      }\n      statements {\n        id\n        status\n        currentVersion {\n          translations {\n            language\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseShareOrganisations {\n    organisations {\n      id\n      name\n      names {\n        language\n        name\n      }\n      slug\n    }\n  }\n"): (typeof documents)["\n  query CaseShareOrganisations {\n    organisations {\n      id\n      name\n      names {\n        language\n        name\n      }\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      reference\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      reference\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!, $version: Int!) {\n    updateCase(id: $id, input: $input, version: $version) {\n      id\n      version\n      title\n      summary\n      status\n      visibility\n      categories\n      incidentDate\n      includeInStatistics\n      location {\n        city\n        region\n        countryCode\n      }\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!, $version: Int!) {\n    updateCase(id: $id, input: $input, version: $version) {\n      id\n      version\n      title\n      summary\n      status\n      visibility\n      categories\n      incidentDate\n      includeInStatistics\n      location {\n        city\n        region\n        countryCode\n      }\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCasePerson($caseId: ID!, $input: CasePersonInput!) {\n    addCasePerson(caseId: $caseId, input: $input) {\n      id\n      pseudonym\n    }\n  }\n"): (typeof documents)["\n  mutation AddCasePerson($caseId: ID!, $input: CasePersonInput!) {\n    addCasePerson(caseId: $caseId, input: $input) {\n      id\n      pseudonym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCasePerson($id: ID!) {\n    removeCasePerson(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveCasePerson($id: ID!) {\n    removeCasePerson(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseEvent($caseId: ID!, $input: CaseEventInput!) {\n    addCaseEvent(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseEvent($caseId: ID!, $input: CaseEventInput!) {\n    addCaseEvent(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareCase($caseId: ID!, $organisationId: ID!, $access: ShareAccess!, $personalData: Boolean) {\n    shareCase(caseId: $caseId, organisationId: $organisationId, access: $access, personalData: $personalData) {\n      access\n      personalData\n    }\n  }\n"): (typeof documents)["\n  mutation ShareCase($caseId: ID!, $organisationId: ID!, $access: ShareAccess!, $personalData: Boolean) {\n    shareCase(caseId: $caseId, organisationId: $organisationId, access: $access, personalData: $personalData) {\n      access\n      personalData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnshareCase($caseId: ID!, $organisationId: ID!) {\n    unshareCase(caseId: $caseId, organisationId: $organisationId)\n  }\n"): (typeof documents)["\n  mutation UnshareCase($caseId: ID!, $organisationId: ID!) {\n    unshareCase(caseId: $caseId, organisationId: $organisationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardStatistics($filter: CaseFilter) {\n    caseStatistics(filter: $filter) {\n      totalCases\n      totalSuppressed\n      crossBorderCases\n      crossBorderSuppressed\n      suppressionThreshold\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n      figuresSuppressed\n      byMonth {\n        key\n        count\n        suppressed\n      }\n      byCountry {\n        key\n        count\n        suppressed\n      }\n      byCategory {\n        key\n        count\n        suppressed\n      }\n      byStatus {\n        key\n        count\n        suppressed\n      }\n      flows {\n        fromCountryCode\n        toCountryCode\n        count\n        suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardStatistics($filter: CaseFilter) {\n    caseStatistics(filter: $filter) {\n      totalCases\n      totalSuppressed\n      crossBorderCases\n      crossBorderSuppressed\n      suppressionThreshold\n      figures {\n        detained\n        deported\n        injured\n        childrenAffected\n      }\n      figuresSuppressed\n      byMonth {\n        key\n        count\n        suppressed\n      }\n      byCountry {\n        key\n        count\n        suppressed\n      }\n      byCategory {\n        key\n        count\n        suppressed\n      }\n      byStatus {\n        key\n        count\n        suppressed\n      }\n      flows {\n        fromCountryCode\n        toCountryCode\n        count\n        suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCountries {\n    caseStatistics {\n      byCountry {\n        key\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardCountries {\n    caseStatistics {\n      byCountry {\n        key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseEvidence($id: ID!) {\n    case(id: $id) {\n      id\n      ownerOrganisation {\n        id\n      }\n      myAccess {\n        canEdit\n        canSeePersonalData\n      }\n      events {\n        id\n        title\n        occurredOn\n      }\n      evidence {\n        id\n        fileName\n        mediaType\n        kind\n        size\n        sha256\n        uploadedAt\n        description\n        containsPersonalData\n        capturedAt\n        latitude\n        longitude\n        downloadUrl\n        sanitizedUrl\n        thumbnailUrl\n        verifiedAt\n        uploadedBy {\n          id\n          displayName\n        }\n        event {\n          id\n          title\n        }\n        custody {\n          at\n          action\n          sha256Matched\n          organisation {\n            id\n            name\n          }\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseEvidence($id: ID!) {\n    case(id: $id) {\n      id\n      ownerOrganisation {\n        id\n      }\n      myAccess {\n        canEdit\n        canSeePersonalData\n      }\n      events {\n        id\n        title\n        occurredOn\n      }\n      evidence {\n        id\n        fileName\n        mediaType\n        kind\n        size\n        sha256\n        uploadedAt\n        description\n        containsPersonalData\n        capturedAt\n        latitude\n        longitude\n        downloadUrl\n        sanitizedUrl\n        thumbnailUrl\n        verifiedAt\n        uploadedBy {\n          id\n          displayName\n        }\n        event {\n          id\n          title\n        }\n        custody {\n          at\n          action\n          sha256Matched\n          organisation {\n            id\n            name\n          }\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachEvidence($uploadId: ID!, $caseId: ID!, $eventId: ID, $description: String, $containsPersonalData: Boolean) {\n    attachEvidence(uploadId: $uploadId, caseId: $caseId, eventId: $eventId, description: $description, containsPersonalData: $containsPersonalData) {\n      id\n      sha256\n    }\n  }\n"): (typeof documents)["\n  mutation AttachEvidence($uploadId: ID!, $caseId: ID!, $eventId: ID, $description: String, $containsPersonalData: Boolean) {\n    attachEvidence(uploadId: $uploadId, caseId: $caseId, eventId: $eventId, description: $description, containsPersonalData: $containsPersonalData) {\n      id\n      sha256\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEvidence($id: ID!) {\n    verifyEvidence(id: $id) {\n      id\n      verifiedAt\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEvidence($id: ID!) {\n    verifyEvidence(id: $id) {\n      id\n      verifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEvidence($id: ID!, $reason: String!) {\n    removeEvidence(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RemoveEvidence($id: ID!, $reason: String!) {\n    removeEvidence(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCases($organisationId: ID!, $format: ImportFormat!, $data: String!, $dryRun: Boolean) {\n    importCases(organisationId: $organisationId, format: $format, data: $data, dryRun: $dryRun) {\n      created\n      dryRun\n      errors {\n        row\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCases($organisationId: ID!, $format: ImportFormat!, $data: String!, $dryRun: Boolean) {\n    importCases(organisationId: $organisationId, format: $format, data: $data, dryRun: $dryRun) {\n      created\n      dryRun\n      errors {\n        row\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportNewestCases($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          reference\n          title\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportNewestCases($filter: CaseFilter, $first: Int) {\n    cases(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          reference\n          title\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          text\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      unreadCount\n      edges {\n        node {\n          id\n          kind\n          text\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      text\n      link\n      createdAt\n      readAt\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      text\n      link\n      createdAt\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWork {\n    myWork {\n      statementsToSign {\n        id\n        title\n      }\n      briefingsToDecide {\n        id\n        title\n      }\n      tasksDue {\n        id\n        title\n        dueAt\n        case {\n          id\n          reference\n        }\n      }\n      newShares {\n        id\n        reference\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWork {\n    myWork {\n      statementsToSign {\n        id\n        title\n      }\n      briefingsToDecide {\n        id\n        title\n      }\n      tasksDue {\n        id\n        title\n        dueAt\n        case {\n          id\n          reference\n        }\n      }\n      newShares {\n        id\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      language\n      calendarFeedPath\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n      language\n      calendarFeedPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreferences($email: EmailFrequency!, $language: String) {\n    setNotificationPreferences(email: $email, language: $language) {\n      email\n      language\n      calendarFeedPath\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreferences($email: EmailFrequency!, $language: String) {\n    setNotificationPreferences(email: $email, language: $language) {\n      email\n      language\n      calendarFeedPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseTasks($id: ID!) {\n    case(id: $id) {\n      id\n      tasks {\n        ...CaseTaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseTasks($id: ID!) {\n    case(id: $id) {\n      id\n      tasks {\n        ...CaseTaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseTaskFields on CaseTask {\n    id\n    title\n    dueAt\n    status\n    completedAt\n    version\n    assignee {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CaseTaskFields on CaseTask {\n    id\n    title\n    dueAt\n    status\n    completedAt\n    version\n    assignee {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseTask($caseId: ID!, $input: CaseTaskInput!) {\n    addCaseTask(caseId: $caseId, input: $input) {\n      ...CaseTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseTask($caseId: ID!, $input: CaseTaskInput!) {\n    addCaseTask(caseId: $caseId, input: $input) {\n      ...CaseTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteCaseTask($id: ID!, $version: Int!) {\n    completeCaseTask(id: $id, version: $version) {\n      ...CaseTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteCaseTask($id: ID!, $version: Int!) {\n    completeCaseTask(id: $id, version: $version) {\n      ...CaseTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCaseTask($id: ID!, $version: Int!) {\n    cancelCaseTask(id: $id, version: $version) {\n      ...CaseTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCaseTask($id: ID!, $version: Int!) {\n    cancelCaseTask(id: $id, version: $version) {\n      ...CaseTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskAssignees($organisationId: ID!) {\n    members(organisationId: $organisationId) {\n      roles\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskAssignees($organisationId: ID!) {\n    members(organisationId: $organisationId) {\n      roles\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonConsents($id: ID!) {\n    case(id: $id) {\n      id\n      myAccess { canShare }\n      evidence { id fileName }\n      persons {\n        id\n        pseudonym\n        consents {\n          id\n          scope\n          purpose\n          givenOn\n          expiresOn\n          form\n          formFile { id fileName downloadUrl }\n          active\n          recordedAt\n          withdrawnAt\n          organisations { id name }\n          recordedBy { id displayName }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonConsents($id: ID!) {\n    case(id: $id) {\n      id\n      myAccess { canShare }\n      evidence { id fileName }\n      persons {\n        id\n        pseudonym\n        consents {\n          id\n          scope\n          purpose\n          givenOn\n          expiresOn\n          form\n          formFile { id fileName downloadUrl }\n          active\n          recordedAt\n          withdrawnAt\n          organisations { id name }\n          recordedBy { id displayName }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($personId: ID!, $input: ConsentInput!) {\n    recordConsent(personId: $personId, input: $input) { id active }\n  }\n"): (typeof documents)["\n  mutation RecordConsent($personId: ID!, $input: ConsentInput!) {\n    recordConsent(personId: $personId, input: $input) { id active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) { id active withdrawnAt }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) { id active withdrawnAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferPerson($caseId: ID!, $personId: ID!, $toOrganisationId: ID!, $needs: [ReferralNeed!]!, $reason: String!, $urgent: Boolean) {\n    referPerson(caseId: $caseId, personId: $personId, toOrganisationId: $toOrganisationId, needs: $needs, reason: $reason, urgent: $urgent) { id status }\n  }\n"): (typeof documents)["\n  mutation ReferPerson($caseId: ID!, $personId: ID!, $toOrganisationId: ID!, $needs: [ReferralNeed!]!, $reason: String!, $urgent: Boolean) {\n    referPerson(caseId: $caseId, personId: $personId, toOrganisationId: $toOrganisationId, needs: $needs, reason: $reason, urgent: $urgent) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrals($incoming: Boolean, $status: [ReferralStatus!]) {\n    referrals(incoming: $incoming, status: $status) {\n      id\n      status\n      needs\n      reason\n      urgent\n      createdAt\n      decidedAt\n      outcomeNote\n      fromOrganisation { id name countryCode }\n      toOrganisation { id name countryCode }\n      case { id reference title }\n      person { id pseudonym fullName }\n      linkedCase { id reference title }\n    }\n  }\n"): (typeof documents)["\n  query Referrals($incoming: Boolean, $status: [ReferralStatus!]) {\n    referrals(incoming: $incoming, status: $status) {\n      id\n      status\n      needs\n      reason\n      urgent\n      createdAt\n      decidedAt\n      outcomeNote\n      fromOrganisation { id name countryCode }\n      toOrganisation { id name countryCode }\n      case { id reference title }\n      person { id pseudonym fullName }\n      linkedCase { id reference title }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReferral($id: ID!) { acceptReferral(id: $id) { id status linkedCase { id } } }\n"): (typeof documents)["\n  mutation AcceptReferral($id: ID!) { acceptReferral(id: $id) { id status linkedCase { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineReferral($id: ID!, $outcomeNote: String!) { declineReferral(id: $id, outcomeNote: $outcomeNote) { id status } }\n"): (typeof documents)["\n  mutation DeclineReferral($id: ID!, $outcomeNote: String!) { declineReferral(id: $id, outcomeNote: $outcomeNote) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteReferral($id: ID!, $outcomeNote: String!) { completeReferral(id: $id, outcomeNote: $outcomeNote) { id status } }\n"): (typeof documents)["\n  mutation CompleteReferral($id: ID!, $outcomeNote: String!) { completeReferral(id: $id, outcomeNote: $outcomeNote) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawReferral($id: ID!) { withdrawReferral(id: $id) { id status } }\n"): (typeof documents)["\n  mutation WithdrawReferral($id: ID!) { withdrawReferral(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseCrossBorder($id: ID!) {\n    case(id: $id) {\n      id\n      links {\n        id\n        confirmed\n        createdAt\n        otherOrganisation { id name countryCode }\n        otherCase { id reference title }\n        referral { id status }\n      }\n      referrals {\n        id\n        status\n        urgent\n        needs\n        fromOrganisation { id name }\n        toOrganisation { id name }\n        person { id pseudonym }\n      }\n      crossBorderTimeline {\n        id\n        type\n        title\n        description\n        occurredOn\n        case { id reference ownerOrganisation { id name countryCode } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseCrossBorder($id: ID!) {\n    case(id: $id) {\n      id\n      links {\n        id\n        confirmed\n        createdAt\n        otherOrganisation { id name countryCode }\n        otherCase { id reference title }\n        referral { id status }\n      }\n      referrals {\n        id\n        status\n        urgent\n        needs\n        fromOrganisation { id name }\n        toOrganisation { id name }\n        person { id pseudonym }\n      }\n      crossBorderTimeline {\n        id\n        type\n        title\n        description\n        occurredOn\n        case { id reference ownerOrganisation { id name countryCode } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmCaseLink($linkId: ID!) { confirmCaseLink(linkId: $linkId) { id confirmed } }\n"): (typeof documents)["\n  mutation ConfirmCaseLink($linkId: ID!) { confirmCaseLink(linkId: $linkId) { id confirmed } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkCases($linkId: ID!) { unlinkCases(linkId: $linkId) }\n"): (typeof documents)["\n  mutation UnlinkCases($linkId: ID!) { unlinkCases(linkId: $linkId) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralStatistics {\n    referralStatistics {\n      byStatus { status count }\n      byRoute { fromCountryCode toCountryCode count }\n      accepted\n      medianHoursToAcceptance\n    }\n  }\n"): (typeof documents)["\n  query ReferralStatistics {\n    referralStatistics {\n      byStatus { status count }\n      byRoute { fromCountryCode toCountryCode count }\n      accepted\n      medianHoursToAcceptance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      totalCount\n      hits {\n        snippet\n        node {\n          __typename\n          ... on Case {\n            id\n            reference\n            title\n          }\n          ... on Statement {\n            id\n            title\n            statementStatus: status\n          }\n          ... on Briefing {\n            id\n            title\n            briefingStatus: status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      totalCount\n      hits {\n        snippet\n        node {\n          __typename\n          ... on Case {\n            id\n            reference\n            title\n          }\n          ... on Statement {\n            id\n            title\n            statementStatus: status\n          }\n          ... on Briefing {\n            id\n            title\n            briefingStatus: status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatementDetail on Statement {\n    id\n    slug\n    status\n    title\n    primaryLanguage\n    addressees\n    createdAt\n    updatedAt\n    publishedAt\n    signatureDeadline\n    signatureCount\n    initiator {\n      id\n      name\n      city\n    }\n    currentVersion {\n      number\n      contentHash\n      createdAt\n      changeNote\n      translations {\n        language\n        title\n        body\n      }\n    }\n    versions {\n      number\n      contentHash\n      createdAt\n      changeNote\n      translations {\n        language\n        title\n        body\n      }\n    }\n    signatures {\n      id\n      current\n      versionNumber\n      contentHash\n      signatoryName\n      signatoryTitle\n      signedAt\n      organisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n        city\n      }\n    }\n    cases {\n      id\n      reference\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment StatementDetail on Statement {\n    id\n    slug\n    status\n    title\n    primaryLanguage\n    addressees\n    createdAt\n    updatedAt\n    publishedAt\n    signatureDeadline\n    signatureCount\n    initiator {\n      id\n      name\n      city\n    }\n    currentVersion {\n      number\n      contentHash\n      createdAt\n      changeNote\n      translations {\n        language\n        title\n        body\n      }\n    }\n    versions {\n      number\n      contentHash\n      createdAt\n      changeNote\n      translations {\n        language\n        title\n        body\n      }\n    }\n    signatures {\n      id\n      current\n      versionNumber\n      contentHash\n      signatoryName\n      signatoryTitle\n      signedAt\n      organisation {\n        id\n        name\n        names {\n          language\n          name\n        }\n        city\n      }\n    }\n    cases {\n      id\n      reference\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statements($filter: StatementFilter, $first: Int, $after: String) {\n    statements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          signatureCount\n          signatureDeadline\n          publishedAt\n          updatedAt\n          initiator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Statements($filter: StatementFilter, $first: Int, $after: String) {\n    statements(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          status\n          signatureCount\n          signatureDeadline\n          publishedAt\n          updatedAt\n          initiator {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statement($id: ID!) {\n    statement(id: $id) {\n      ...StatementDetail\n    }\n  }\n"): (typeof documents)["\n  query Statement($id: ID!) {\n    statement(id: $id) {\n      ...StatementDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StatementSignatures($statementId: ID!) {\n    statementSignatures(statementId: $statementId) {\n      ...StatementDetail\n    }\n  }\n"): (typeof documents)["\n  subscription StatementSignatures($statementId: ID!) {\n    statementSignatures(statementId: $statementId) {\n      ...StatementDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitableCases($search: String) {\n    cases(first: 100, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CitableCases($search: String) {\n    cases(first: 100, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          reference\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStatement($input: CreateStatementInput!) {\n    createStatement(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStatement($input: CreateStatementInput!) {\n    createStatement(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseStatement($id: ID!, $baseVersion: Int!, $translations: [TranslationInput!]!, $changeNote: String) {\n    reviseStatement(id: $id, baseVersion: $baseVersion, translations: $translations, changeNote: $changeNote) {\n      ...StatementDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseStatement($id: ID!, $baseVersion: Int!, $translations: [TranslationInput!]!, $changeNote: String) {\n    reviseStatement(id: $id, baseVersion: $baseVersion, translations: $translations, changeNote: $changeNote) {\n      ...StatementDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenStatementForSignature($id: ID!, $signatureDeadline: DateTimeISO) {\n    openStatementForSignature(id: $id, signatureDeadline: $signatureDeadline) {\n      ...StatementDetail\n    }\n  }\n"): (typeof documents)["\n  mutation OpenStatementForSignature($id: ID!, $signatureDeadline: DateTimeISO) {\n    openStatementForSignature(id: $id, signatureDeadline: $signatureDeadline) {\n      ...StatementDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignStatement($input: SignStatementInput!) {\n    signStatement(input: $input) {\n      id\n      current\n      versionNumber\n    }\n  }\n"): (typeof documents)["\n  mutation SignStatement($input: SignStatementInput!) {\n    signStatement(input: $input) {\n      id\n      current\n      versionNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSignature($statementId: ID!, $organisationId: ID!) {\n    withdrawSignature(statementId: $statementId, organisationId: $organisationId)\n  }\n"): (typeof documents)["\n  mutation WithdrawSignature($statementId: ID!, $organisationId: ID!) {\n    withdrawSignature(statementId: $statementId, organisationId: $organisationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishStatement($id: ID!) {\n    publishStatement(id: $id) {\n      ...StatementDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PublishStatement($id: ID!) {\n    publishStatement(id: $id) {\n      ...StatementDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawStatement($id: ID!) {\n    withdrawStatement(id: $id) {\n      ...StatementDetail\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawStatement($id: ID!) {\n    withdrawStatement(id: $id) {\n      ...StatementDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedStatement($slug: String!) {\n    publishedStatement(slug: $slug) {\n      id\n      slug\n      title\n      primaryLanguage\n      addressees\n      publishedAt\n      currentVersion {\n        number\n        contentHash\n        translations {\n          language\n          title\n          body\n        }\n      }\n      signatures {\n        id\n        current\n        signatoryName\n        signatoryTitle\n        signedAt\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n          city\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedStatement($slug: String!) {\n    publishedStatement(slug: $slug) {\n      id\n      slug\n      title\n      primaryLanguage\n      addressees\n      publishedAt\n      currentVersion {\n        number\n        contentHash\n        translations {\n          language\n          title\n          body\n        }\n      }\n      signatures {\n        id\n        current\n        signatoryName\n        signatoryTitle\n        signedAt\n        organisation {\n          id\n          name\n          names {\n            language\n            name\n          }\n          city\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;