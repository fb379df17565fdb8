import { graphql } from '../../gql';

export const IMPORT_CASES = graphql(`
  mutation ImportCases($organisationId: ID!, $format: ImportFormat!, $data: String!, $dryRun: Boolean) {
    importCases(organisationId: $organisationId, format: $format, data: $data, dryRun: $dryRun) {
      created
      dryRun
      errors {
        row
        message
      }
    }
  }
`);

export const NEWEST_CASES = graphql(`
  query ImportNewestCases($filter: CaseFilter, $first: Int) {
    cases(filter: $filter, first: $first) {
      edges {
        node {
          id
          reference
          title
          createdAt
        }
      }
    }
  }
`);
