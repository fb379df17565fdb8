import type { MeQuery } from '../gql/graphql';
import { postGraphql } from './graphql-fetch';

/** Asked without Apollo (graphql-fetch.ts), so the sign-in page loads no GraphQL client. */
const ME_QUERY = /* GraphQL */ `
  query Me {
    me {
      id
      email
      displayName
      locale
      totpEnabled
      coalitionRoles
      memberships {
        roles
        organisation {
          id
          name
          names {
            language
            name
          }
          slug
          city
          countryCode
        }
      }
    }
  }
`;

export type Me = NonNullable<MeQuery['me']>;

/** Who is signed in (null: nobody, or the server could not say). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return (await postGraphql<MeQuery>(ME_QUERY)).me ?? null;
  } catch {
    return null;
  }
}

let early: Promise<Me | null> | null = null;

/** The entry asks before React has even loaded; the session's first load takes that answer. */
export function startMe(): void {
  early = fetchMe();
}

export function takeEarlyMe(): Promise<Me | null> {
  const found = early ?? fetchMe();
  early = null;
  return found;
}
