import { graphql } from '../../gql';

// Every GraphQL document of consents, referrals and linked cases, so codegen types them in one place.


export const PERSON_CONSENTS_QUERY = graphql(`
  query PersonConsents($id: ID!) {
    case(id: $id) {
      id
      myAccess { canShare }
      evidence { id fileName }
      persons {
        id
        pseudonym
        consents {
          id
          scope
          purpose
          givenOn
          expiresOn
          form
          formFile { id fileName downloadUrl }
          active
          recordedAt
          withdrawnAt
          organisations { id name }
          recordedBy { id displayName }
        }
      }
    }
  }
`);

export const RECORD_CONSENT_MUTATION = graphql(`
  mutation RecordConsent($personId: ID!, $input: ConsentInput!) {
    recordConsent(personId: $personId, input: $input) { id active }
  }
`);

export const WITHDRAW_CONSENT_MUTATION = graphql(`
  mutation WithdrawConsent($id: ID!) {
    withdrawConsent(id: $id) { id active withdrawnAt }
  }
`);

export const REFER_PERSON_MUTATION = graphql(`
  mutation ReferPerson($caseId: ID!, $personId: ID!, $toOrganisationId: ID!, $needs: [ReferralNeed!]!, $reason: String!, $urgent: Boolean) {
    referPerson(caseId: $caseId, personId: $personId, toOrganisationId: $toOrganisationId, needs: $needs, reason: $reason, urgent: $urgent) { id status }
  }
`);

export const REFERRALS_QUERY = graphql(`
  query Referrals($incoming: Boolean, $status: [ReferralStatus!]) {
    referrals(incoming: $incoming, status: $status) {
      id
      status
      needs
      reason
      urgent
      createdAt
      decidedAt
      outcomeNote
      fromOrganisation { id name countryCode }
      toOrganisation { id name countryCode }
      case { id reference title }
      person { id pseudonym fullName }
      linkedCase { id reference title }
    }
  }
`);

export const ACCEPT_REFERRAL_MUTATION = graphql(`
  mutation AcceptReferral($id: ID!) { acceptReferral(id: $id) { id status linkedCase { id } } }
`);
export const DECLINE_REFERRAL_MUTATION = graphql(`
  mutation DeclineReferral($id: ID!, $outcomeNote: String!) { declineReferral(id: $id, outcomeNote: $outcomeNote) { id status } }
`);
export const COMPLETE_REFERRAL_MUTATION = graphql(`
  mutation CompleteReferral($id: ID!, $outcomeNote: String!) { completeReferral(id: $id, outcomeNote: $outcomeNote) { id status } }
`);
export const WITHDRAW_REFERRAL_MUTATION = graphql(`
  mutation WithdrawReferral($id: ID!) { withdrawReferral(id: $id) { id status } }
`);

export const CROSS_BORDER_QUERY = graphql(`
  query CaseCrossBorder($id: ID!) {
    case(id: $id) {
      id
      links {
        id
        confirmed
        createdAt
        otherOrganisation { id name countryCode }
        otherCase { id reference title }
        referral { id status }
      }
      referrals {
        id
        status
        urgent
        needs
        fromOrganisation { id name }
        toOrganisation { id name }
        person { id pseudonym }
      }
      crossBorderTimeline {
        id
        type
        title
        description
        occurredOn
        case { id reference ownerOrganisation { id name countryCode } }
      }
    }
  }
`);

export const CONFIRM_LINK_MUTATION = graphql(`
  mutation ConfirmCaseLink($linkId: ID!) { confirmCaseLink(linkId: $linkId) { id confirmed } }
`);
export const UNLINK_MUTATION = graphql(`
  mutation UnlinkCases($linkId: ID!) { unlinkCases(linkId: $linkId) }
`);

export const REFERRAL_STATISTICS_QUERY = graphql(`
  query ReferralStatistics {
    referralStatistics {
      byStatus { status count }
      byRoute { fromCountryCode toCountryCode count }
      accepted
      medianHoursToAcceptance
    }
  }
`);
