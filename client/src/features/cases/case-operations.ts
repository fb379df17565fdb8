import { graphql } from '../../gql';

// Every GraphQL document the case pages use, so codegen types them in one place.

export const CASE_LIST_QUERY = graphql(`
  query CaseList($filter: CaseFilter, $after: String, $first: Int, $orderBy: CaseOrder) {
    cases(filter: $filter, after: $after, first: $first, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          reference
          title
          status
          visibility
          crossBorder
          incidentDate
          countries
          ownerOrganisation {
            id
            name
            names {
              language
              name
            }
          }
        }
      }
    }
  }
`);

export const CASE_DETAIL_QUERY = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      reference
      title
      summary
      status
      visibility
      categories
      incidentDate
      includeInStatistics
      countries
      crossBorder
      version
      createdAt
      updatedAt
      location {
        city
        region
        countryCode
      }
      figures {
        detained
        deported
        injured
        childrenAffected
      }
      ownerOrganisation {
        id
        name
        names {
          language
          name
        }
      }
      myAccess {
        canEdit
        canShare
        canSeePersonalData
      }
      readers {
        canChange
        personsWithNames
        organisation {
          id
          name
          names {
            language
            name
          }
        }
      }
      persons {
        id
        pseudonym
        fullName
        birthYear
        contact
        citizenship
        role
        minor
        consentToShare
      }
      events {
        id
        type
        title
        description
        occurredOn
        authority
        destinationCountryCode
        createdAt
        location {
          city
          region
          countryCode
        }
        recordedBy {
          id
          name
        }
        evidence {
          id
          fileName
        }
      }
      shares {
        access
        personalData
        grantedAt
        organisation {
          id
          name
          names {
            language
            name
          }
        }
      }
      statements {
        id
        status
        currentVersion {
          translations {
            language
            title
          }
        }
      }
    }
  }
`);

export const ORGANISATIONS_QUERY = graphql(`
  query CaseShareOrganisations {
    organisations {
      id
      name
      names {
        language
        name
      }
      slug
    }
  }
`);

export const CREATE_CASE_MUTATION = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
      reference
      version
    }
  }
`);

export const UPDATE_CASE_MUTATION = graphql(`
  mutation UpdateCase($id: ID!, $input: UpdateCaseInput!, $version: Int!) {
    updateCase(id: $id, input: $input, version: $version) {
      id
      version
      title
      summary
      status
      visibility
      categories
      incidentDate
      includeInStatistics
      location {
        city
        region
        countryCode
      }
      figures {
        detained
        deported
        injured
        childrenAffected
      }
    }
  }
`);

export const ADD_PERSON_MUTATION = graphql(`
  mutation AddCasePerson($caseId: ID!, $input: CasePersonInput!) {
    addCasePerson(caseId: $caseId, input: $input) {
      id
      pseudonym
    }
  }
`);

export const REMOVE_PERSON_MUTATION = graphql(`
  mutation RemoveCasePerson($id: ID!) {
    removeCasePerson(id: $id)
  }
`);

export const ERASE_PERSON_MUTATION = graphql(`
  mutation ErasePersonalData($personId: ID!) {
    erasePersonalData(personId: $personId) {
      id
      fullName
      birthYear
      contact
    }
  }
`);

export const ADD_EVENT_MUTATION = graphql(`
  mutation AddCaseEvent($caseId: ID!, $input: CaseEventInput!) {
    addCaseEvent(caseId: $caseId, input: $input) {
      id
    }
  }
`);

export const SHARE_CASE_MUTATION = graphql(`
  mutation ShareCase($caseId: ID!, $organisationId: ID!, $access: ShareAccess!, $personalData: Boolean) {
    shareCase(caseId: $caseId, organisationId: $organisationId, access: $access, personalData: $personalData) {
      access
      personalData
    }
  }
`);

export const UNSHARE_CASE_MUTATION = graphql(`
  mutation UnshareCase($caseId: ID!, $organisationId: ID!) {
    unshareCase(caseId: $caseId, organisationId: $organisationId)
  }
`);

// The case's history: its own query, so the page's main query stays the size it was and "more" pages alone.
export const CASE_HISTORY_QUERY = graphql(`
  query CaseHistory($id: ID!, $first: Int, $after: String) {
    case(id: $id) {
      id
      history(first: $first, after: $after) {
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          cursor
          node {
            action
            at
            actor
            organisation {
              id
              name
              names {
                language
                name
              }
            }
          }
        }
      }
    }
  }
`);
