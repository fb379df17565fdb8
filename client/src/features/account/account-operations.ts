import { graphql } from '../../gql';

export const MY_SESSIONS = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastSeenAt
      userAgent
      current
    }
  }
`);

export const REVOKE_SESSION = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const GENERATE_RECOVERY_CODES = graphql(`
  mutation GenerateRecoveryCodes($currentPassword: String!) {
    generateRecoveryCodes(currentPassword: $currentPassword)
  }
`);

export const DISABLE_TOTP = graphql(`
  mutation DisableTotp($currentPassword: String!, $code: String!) {
    disableTotp(currentPassword: $currentPassword, code: $code)
  }
`);
