import { graphql } from '../../gql';

export const CASE_EVIDENCE_QUERY = graphql(`
  query CaseEvidence($id: ID!) {
    case(id: $id) {
      id
      ownerOrganisation {
        id
      }
      myAccess {
        canEdit
        canSeePersonalData
      }
      events {
        id
        title
        occurredOn
      }
      evidence {
        id
        fileName
        mediaType
        kind
        size
        sha256
        uploadedAt
        description
        containsPersonalData
        capturedAt
        latitude
        longitude
        downloadUrl
        sanitizedUrl
        thumbnailUrl
        verifiedAt
        uploadedBy {
          id
          displayName
        }
        event {
          id
          title
        }
        custody {
          at
          action
          sha256Matched
          organisation {
            id
            name
          }
          user {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const ATTACH_EVIDENCE_MUTATION = graphql(`
  mutation AttachEvidence($uploadId: ID!, $caseId: ID!, $eventId: ID, $description: String, $containsPersonalData: Boolean) {
    attachEvidence(uploadId: $uploadId, caseId: $caseId, eventId: $eventId, description: $description, containsPersonalData: $containsPersonalData) {
      id
      sha256
    }
  }
`);

export const VERIFY_EVIDENCE_MUTATION = graphql(`
  mutation VerifyEvidence($id: ID!) {
    verifyEvidence(id: $id) {
      id
      verifiedAt
    }
  }
`);

export const REMOVE_EVIDENCE_MUTATION = graphql(`
  mutation RemoveEvidence($id: ID!, $reason: String!) {
    removeEvidence(id: $id, reason: $reason)
  }
`);
