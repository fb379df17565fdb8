import { graphql } from '../../gql';

// Every mutation answers with the same fields the detail page shows, so the cache entry stays complete.
export const BRIEFING_DETAIL_FRAGMENT = graphql(`
  fragment BriefingDetail on Briefing {
    id
    title
    audience
    status
    includeStatistics
    createdAt
    releasedAt
    author {
      id
      name
      city
    }
    approvals {
      approved
      decidedAt
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
    files {
      format
      url
      sha256
      sizeBytes
      createdAt
    }
    statements {
      id
      title
      slug
      publishedAt
    }
    cases {
      reference
      title
      summary
      status
      categories
      incidentDate
      countries
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
      persons {
        pseudonym
        role
        minor
        citizenship
      }
      withheldPersons
      events {
        type
        occurredOn
        title
        description
        authority
      }
    }
  }
`);

export const BRIEFING_LIST_QUERY = graphql(`
  query BriefingList {
    briefings {
      id
      title
      audience
      status
      createdAt
      releasedAt
      author {
        id
        name
      }
      approvals {
        approved
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
`);

export const BRIEFING_QUERY = graphql(`
  query Briefing($id: ID!) {
    briefing(id: $id) {
      ...BriefingDetail
    }
  }
`);

export const BRIEFING_CASE_PICKER_QUERY = graphql(`
  query BriefingCasePicker($filter: CaseFilter, $first: Int) {
    cases(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          reference
          title
          incidentDate
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

export const BRIEFING_STATEMENT_PICKER_QUERY = graphql(`
  query BriefingStatementPicker {
    statements(filter: { status: [PUBLISHED] }, first: 100) {
      edges {
        node {
          id
          title
          publishedAt
        }
      }
    }
  }
`);

export const CREATE_BRIEFING = graphql(`
  mutation CreateBriefing($input: CreateBriefingInput!) {
    createBriefing(input: $input) {
      ...BriefingDetail
    }
  }
`);

export const SUBMIT_BRIEFING = graphql(`
  mutation SubmitBriefing($id: ID!) {
    submitBriefing(id: $id) {
      ...BriefingDetail
    }
  }
`);

export const DECIDE_BRIEFING = graphql(`
  mutation DecideBriefing($id: ID!, $organisationId: ID!, $approve: Boolean!) {
    decideBriefing(id: $id, organisationId: $organisationId, approve: $approve) {
      id
      status
    }
  }
`);

export const RELEASE_BRIEFING = graphql(`
  mutation ReleaseBriefing($id: ID!) {
    releaseBriefing(id: $id) {
      ...BriefingDetail
    }
  }
`);

export const REVOKE_BRIEFING = graphql(`
  mutation RevokeBriefing($id: ID!) {
    revokeBriefing(id: $id) {
      ...BriefingDetail
    }
  }
`);
