import { graphql } from '../../gql';

export const SEARCH_QUERY = graphql(`
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      totalCount
      hits {
        snippet
        node {
          __typename
          ... on Case {
            id
            reference
            title
          }
          ... on Statement {
            id
            title
            statementStatus: status
          }
          ... on Briefing {
            id
            title
            briefingStatus: status
          }
        }
      }
    }
  }
`);
