import { ConsentScope, EventType, ReferralNeed } from '@coalition/shared';
import type { AppDeps } from '../../core/config/app-deps';
import { withServiceContext, type AppContext } from '../../core/graphql/context';
import type { DemoDirectory } from '../../core/seed/demo-directory';
import { caseEventService, readablePersons } from '../cases';
import { caseById } from '../cases/case.loader';
import { consentService } from '../consents';
import { referralService } from './referral.service';

/** The case of an organisation whose title begins so, and its person by (invented) name. */
async function casePerson(ctx: AppContext, organisationId: string, titleStart: string, fullName: string): Promise<{ caseId: string; personId: string }> {
  const row = await ctx.sql
    .selectFrom('cases')
    .select('id')
    .where('owner_organisation_id', '=', organisationId)
    .where('title', 'like', `${titleStart}%`)
    .executeTakeFirstOrThrow();
  const c = await ctx.loaders.get(caseById).load(row.id);
  if (!c) throw new Error(`demo case "${titleStart}" is not readable`);
  const person = (await readablePersons(ctx, c)).find((p) => p.fullName === fullName);
  if (!person) throw new Error(`demo person ${fullName} not found`);
  return { caseId: c.id, personId: person.id };
}

/**
 * The appeal's cross-border story: the father deported after the mosque raid (invented name) referred by
 * ADC Memorial to the Dushanbe centre for legal aid and family tracing, accepted, with the Dushanbe case's
 * own follow-up; a pending urgent referral from Gorelovo; the consents those persons gave.
 */
export async function seedDemoReferrals(deps: AppDeps, demo: DemoDirectory): Promise<void> {
  const adc = demo.organisations['adc-memorial'];
  const dushanbe = demo.organisations['chr-dushanbe'];
  const notaBene = demo.organisations['nota-bene'];
  let accepted = '';
  await withServiceContext(deps, demo.users['caseworker@adc-memorial.example.org'], async (ctx) => {
    const father = await casePerson(ctx, adc, 'St. Petersburg: raid on the mosque', 'Farhod Nazarov');
    const consent = (scope: ConsentScope, organisationIds: string[], purpose: string, form: string, personId = father.personId) =>
      consentService.record(ctx, personId, { scope, organisationIds, purpose, givenOn: '2013-02-14', form });
    await consent(ConsentScope.REFERRAL, [dushanbe], 'Legal aid and tracing of his family after deportation', 'signed form');
    await consent(ConsentScope.BRIEFING, [], 'His story, pseudonymised, in briefings to diplomats', 'recorded oral consent');
    await consent(ConsentScope.PUBLICATION, [], 'His story, pseudonymised, in the coalition’s public appeal', 'signed form');
    accepted = (
      await referralService.refer(ctx, {
        caseId: father.caseId,
        personId: father.personId,
        toOrganisationId: dushanbe,
        needs: [ReferralNeed.LEGAL_AID, ReferralNeed.FAMILY_TRACING],
        reason: 'Deported to Tajikistan a week after the raid with his younger son; his wife and elder sons in Khujand need a lawyer, and the family must be traced and reunited.',
      })
    ).id;

    const mother = await casePerson(ctx, adc, 'Gorelovo', 'Zarina Khodjaeva');
    await consentService.record(ctx, mother.personId, {
      scope: ConsentScope.REFERRAL,
      organisationIds: [notaBene],
      purpose: 'Finding her daughter, placed in an institution for relocation to Tajikistan',
      givenOn: '2013-02-09',
      form: 'recorded oral consent',
    });
    await referralService.refer(ctx, {
      caseId: mother.caseId,
      personId: mother.personId,
      toOrganisationId: notaBene,
      needs: [ReferralNeed.FAMILY_TRACING, ReferralNeed.DOCUMENTS, ReferralNeed.MONITORING_AFTER_DEPORTATION],
      reason: 'Her daughter, without documents, is being relocated to Tajikistan without her: trace the child on arrival and help with documents.',
      urgent: true,
    });
  });
  await withServiceContext(deps, demo.users['caseworker@chr-dushanbe.example.org'], async (ctx) => {
    const referral = await referralService.accept(ctx, accepted);
    const caseId = referral.linkedCaseId;
    if (!caseId) throw new Error('the accepted demo referral made no case');
    const events = [
      { type: EventType.NOTE, occurredOn: '2013-02-20', title: 'Met in Khujand after deportation', description: 'Person A and his younger son reached the family in Khujand; the centre took up the case.', location: { city: 'Khujand', countryCode: 'TJ' } },
      { type: EventType.COMPLAINT_FILED, occurredOn: '2013-03-04', title: 'Lawyer assigned; request to the Migration Service of Tajikistan', description: 'The centre asked for the grounds of the entry ban imposed on deportation.', authority: 'Migration Service of the Republic of Tajikistan' },
      { type: EventType.MEDICAL, occurredOn: '2013-03-11', title: 'Psychological support for the younger son', description: 'A psychologist saw the 10-year-old son, traumatised by the raid.', location: { city: 'Khujand', countryCode: 'TJ' } },
    ];
    for (const e of events) await caseEventService.add(ctx, caseId, e);
    demo.refs['referral:mosque-father'] = referral.id;
    demo.refs['case:dushanbe-follow-up'] = caseId;
  });
}
