import type { ConsentScope, ReferralNeed } from '../../gql/graphql';

export const CONSENT_SCOPES: ConsentScope[] = ['SHARE_PERSONAL_DATA', 'REFERRAL', 'BRIEFING', 'PUBLICATION'];
export const REFERRAL_NEEDS: ReferralNeed[] = ['LEGAL_AID', 'FAMILY_TRACING', 'MEDICAL', 'SHELTER', 'DOCUMENTS', 'MONITORING_AFTER_DEPORTATION', 'OTHER'];
