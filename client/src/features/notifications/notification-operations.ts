import { graphql } from '../../gql';

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($first: Int) {
    notifications(first: $first) {
      unreadCount
      edges {
        node {
          id
          kind
          text
          link
          createdAt
          readAt
        }
      }
    }
  }
`);

export const NOTIFICATIONS_PAGE_QUERY = graphql(`
  query NotificationsPage($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      unreadCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          text
          link
          createdAt
          readAt
        }
      }
    }
  }
`);

export const NOTIFICATION_ADDED_SUBSCRIPTION = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      text
      link
      createdAt
      readAt
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MY_WORK_QUERY = graphql(`
  query MyWork {
    myWork {
      statementsToSign {
        id
        title
      }
      briefingsToDecide {
        id
        title
      }
      tasksDue {
        id
        title
        dueAt
        case {
          id
          reference
        }
      }
      newShares {
        id
        reference
      }
    }
  }
`);

export const NOTIFICATION_PREFERENCES_QUERY = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      email
      language
      calendarFeedPath
    }
  }
`);

export const SET_NOTIFICATION_PREFERENCES = graphql(`
  mutation SetNotificationPreferences($email: EmailFrequency!, $language: String) {
    setNotificationPreferences(email: $email, language: $language) {
      email
      language
      calendarFeedPath
    }
  }
`);

export const ROTATE_CALENDAR_FEED = graphql(`
  mutation RotateCalendarFeed {
    rotateCalendarFeed
  }
`);

export const CASE_TASKS_QUERY = graphql(`
  query CaseTasks($id: ID!) {
    case(id: $id) {
      id
      tasks {
        ...CaseTaskFields
      }
    }
  }
`);

export const CASE_TASK_FIELDS = graphql(`
  fragment CaseTaskFields on CaseTask {
    id
    title
    dueAt
    status
    completedAt
    version
    assignee {
      id
      displayName
    }
  }
`);

export const ADD_CASE_TASK = graphql(`
  mutation AddCaseTask($caseId: ID!, $input: CaseTaskInput!) {
    addCaseTask(caseId: $caseId, input: $input) {
      ...CaseTaskFields
    }
  }
`);

export const COMPLETE_CASE_TASK = graphql(`
  mutation CompleteCaseTask($id: ID!, $version: Int!) {
    completeCaseTask(id: $id, version: $version) {
      ...CaseTaskFields
    }
  }
`);

export const CANCEL_CASE_TASK = graphql(`
  mutation CancelCaseTask($id: ID!, $version: Int!) {
    cancelCaseTask(id: $id, version: $version) {
      ...CaseTaskFields
    }
  }
`);

export const TASK_ASSIGNEES_QUERY = graphql(`
  query TaskAssignees($organisationId: ID!) {
    members(organisationId: $organisationId) {
      roles
      user {
        id
        displayName
      }
    }
  }
`);
