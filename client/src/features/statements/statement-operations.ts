import { graphql } from '../../gql';

// One fragment for everything the detail page shows, so that the live subscription and every
// mutation answer refresh the same cache entry completely (a partial answer would drop fields).
export const STATEMENT_DETAIL_FRAGMENT = graphql(`
  fragment StatementDetail on Statement {
    id
    slug
    status
    title
    primaryLanguage
    addressees
    createdAt
    updatedAt
    publishedAt
    signatureDeadline
    signatureCount
    initiator {
      id
      name
      city
    }
    currentVersion {
      number
      contentHash
      createdAt
      changeNote
      translations {
        language
        title
        body
        addressees
      }
    }
    versions {
      number
      contentHash
      createdAt
      changeNote
      translations {
        language
        title
        body
        addressees
      }
    }
    signatures {
      id
      current
      versionNumber
      contentHash
      signatoryName
      signatoryTitle
      signedAt
      organisation {
        id
        name
        names {
          language
          name
        }
        city
      }
    }
    cases {
      id
      reference
      title
    }
  }
`);

export const STATEMENTS_QUERY = graphql(`
  query Statements($filter: StatementFilter, $first: Int, $after: String) {
    statements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          slug
          title
          status
          signatureCount
          signatureDeadline
          publishedAt
          updatedAt
          initiator {
            id
            name
          }
        }
      }
    }
  }
`);

export const STATEMENT_QUERY = graphql(`
  query Statement($id: ID!) {
    statement(id: $id) {
      ...StatementDetail
    }
  }
`);

export const STATEMENT_SIGNATURES_SUBSCRIPTION = graphql(`
  subscription StatementSignatures($statementId: ID!) {
    statementSignatures(statementId: $statementId) {
      ...StatementDetail
    }
  }
`);

export const CITABLE_CASES_QUERY = graphql(`
  query CitableCases($search: String) {
    cases(first: 100, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          reference
          title
        }
      }
    }
  }
`);

export const CREATE_STATEMENT = graphql(`
  mutation CreateStatement($input: CreateStatementInput!) {
    createStatement(input: $input) {
      id
    }
  }
`);

export const REVISE_STATEMENT = graphql(`
  mutation ReviseStatement($id: ID!, $baseVersion: Int!, $translations: [TranslationInput!]!, $changeNote: String) {
    reviseStatement(id: $id, baseVersion: $baseVersion, translations: $translations, changeNote: $changeNote) {
      ...StatementDetail
    }
  }
`);

export const OPEN_STATEMENT = graphql(`
  mutation OpenStatementForSignature($id: ID!, $signatureDeadline: DateTimeISO) {
    openStatementForSignature(id: $id, signatureDeadline: $signatureDeadline) {
      ...StatementDetail
    }
  }
`);

export const SIGN_STATEMENT = graphql(`
  mutation SignStatement($input: SignStatementInput!) {
    signStatement(input: $input) {
      id
      current
      versionNumber
    }
  }
`);

export const WITHDRAW_SIGNATURE = graphql(`
  mutation WithdrawSignature($statementId: ID!, $organisationId: ID!) {
    withdrawSignature(statementId: $statementId, organisationId: $organisationId)
  }
`);

export const PUBLISH_STATEMENT = graphql(`
  mutation PublishStatement($id: ID!) {
    publishStatement(id: $id) {
      ...StatementDetail
    }
  }
`);

export const WITHDRAW_STATEMENT = graphql(`
  mutation WithdrawStatement($id: ID!) {
    withdrawStatement(id: $id) {
      ...StatementDetail
    }
  }
`);

export const PUBLISHED_STATEMENT_QUERY = graphql(`
  query PublishedStatement($slug: String!) {
    publishedStatement(slug: $slug) {
      id
      slug
      title
      primaryLanguage
      addressees
      publishedAt
      currentVersion {
        number
        contentHash
        translations {
          language
          title
          body
          addressees
        }
      }
      signatures {
        id
        current
        signatoryName
        signatoryTitle
        signedAt
        organisation {
          id
          name
          names {
            language
            name
          }
          city
        }
      }
    }
  }
`);
