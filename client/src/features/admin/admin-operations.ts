import { graphql } from '../../gql';

export const ORGANISATION_FIELDS = graphql(`
  fragment OrganisationFields on Organisation {
    id
    slug
    name
    names {
      language
      name
    }
    localName
    city
    countryCode
    website
    representative
    createdAt
  }
`);

export const ORGANISATIONS_QUERY = graphql(`
  query AdminOrganisations {
    organisations {
      ...OrganisationFields
    }
  }
`);

export const MEMBERS_QUERY = graphql(`
  query Members($organisationId: ID!) {
    members(organisationId: $organisationId) {
      roles
      user {
        id
        displayName
        email
        totpEnabled
      }
    }
  }
`);

export const SET_MEMBER_ROLES = graphql(`
  mutation SetMemberRoles($organisationId: ID!, $userId: ID!, $roles: [OrgRole!]!) {
    setMemberRoles(organisationId: $organisationId, userId: $userId, roles: $roles) {
      roles
      user {
        id
      }
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($organisationId: ID!, $userId: ID!) {
    removeMember(organisationId: $organisationId, userId: $userId)
  }
`);

export const INVITE_MEMBER = graphql(`
  mutation InviteMember($organisationId: ID!, $email: String!, $roles: [OrgRole!]!) {
    inviteMember(organisationId: $organisationId, email: $email, roles: $roles) {
      id
      email
      roles
      expiresAt
      token
    }
  }
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {
    acceptInvitation(token: $token, displayName: $displayName, password: $password) {
      id
      displayName
    }
  }
`);

export const ACCEPT_INVITATION_AS_ME = graphql(`
  mutation AcceptInvitationAsMe($token: String!) {
    acceptInvitationAsMe(token: $token) {
      roles
      organisation {
        id
      }
    }
  }
`);

export const CREATE_ORGANISATION = graphql(`
  mutation CreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      ...OrganisationFields
    }
  }
`);

export const UPDATE_ORGANISATION = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdate!) {
    updateOrganisation(id: $id, input: $input) {
      ...OrganisationFields
    }
  }
`);

export const ORG_ROLES = ['ADMIN', 'CASEWORKER', 'SIGNATORY', 'VIEWER'] as const;

export const INVITATIONS_QUERY = graphql(`
  query PendingInvitations($organisationId: ID!) {
    invitations(organisationId: $organisationId) {
      id
      email
      roles
      expiresAt
    }
  }
`);

export const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

export const RESET_MEMBER_TOTP = graphql(`
  mutation ResetMemberTotp($organisationId: ID!, $userId: ID!) {
    resetMemberTotp(organisationId: $organisationId, userId: $userId)
  }
`);

export const ORGANISATION_LOCK_QUERY = graphql(`
  query OrganisationLock($id: ID!) {
    organisation(id: $id) {
      id
      locked
      lockedAt
      requireTotp
    }
  }
`);

export const LOCK_ORGANISATION = graphql(`
  mutation LockOrganisation($id: ID!) {
    lockOrganisation(id: $id) {
      id
      locked
      lockedAt
    }
  }
`);

export const UNLOCK_ORGANISATION = graphql(`
  mutation UnlockOrganisation($id: ID!) {
    unlockOrganisation(id: $id) {
      id
      locked
      lockedAt
    }
  }
`);

export const SET_ORGANISATION_REQUIRE_TOTP = graphql(`
  mutation SetOrganisationRequireTotp($id: ID!, $required: Boolean!) {
    setOrganisationRequireTotp(id: $id, required: $required) {
      id
      requireTotp
    }
  }
`);
