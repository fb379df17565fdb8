import { registerEnumType } from 'type-graphql';
import {
  BriefingStatus,
  CaseCategory,
  CaseOrderField,
  CaseStatus,
  CoalitionRole,
  ConsentScope,
  EventType,
  ExportFormat,
  ImportFormat,
  Language,
  OrgRole,
  PersonRole,
  ReferralNeed,
  ReferralStatus,
  ShareAccess,
  SortDirection,
  StatementStatus,
  Visibility,
} from '@coalition/shared';

// Registered once, here, so every module refers to the same GraphQL enum.
registerEnumType(Language, { name: 'Language' });
registerEnumType(OrgRole, { name: 'OrgRole' });
registerEnumType(CoalitionRole, { name: 'CoalitionRole' });
registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(CaseCategory, { name: 'CaseCategory' });
registerEnumType(CaseOrderField, {
  name: 'CaseOrderField',
  description: 'INCIDENT_DATE puts cases without a known date last either way; STATUS follows the workflow (OPEN, MONITORING, RESOLVED, CLOSED); OWNER is the owner organisation\'s name.',
});
registerEnumType(SortDirection, { name: 'SortDirection' });
registerEnumType(Visibility, { name: 'Visibility' });
registerEnumType(ShareAccess, { name: 'ShareAccess' });
registerEnumType(PersonRole, { name: 'PersonRole' });
registerEnumType(EventType, { name: 'EventType' });
registerEnumType(ImportFormat, { name: 'ImportFormat' });
registerEnumType(StatementStatus, { name: 'StatementStatus' });
registerEnumType(BriefingStatus, { name: 'BriefingStatus' });
registerEnumType(ExportFormat, { name: 'ExportFormat' });
registerEnumType(ConsentScope, { name: 'ConsentScope' });
registerEnumType(ReferralNeed, { name: 'ReferralNeed' });
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });
