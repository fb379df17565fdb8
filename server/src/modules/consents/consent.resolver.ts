import { ConsentScope } from '@coalition/shared';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { User } from '../auth/user.entity';
import { userById } from '../auth/user.loader';
import { readablePersons } from '../cases';
import { CasePerson } from '../cases/case-person.entity';
import { caseById } from '../cases/case.loader';
import { EvidenceFile, evidenceService } from '../evidence';
import { Organisation } from '../organisations/organisation.entity';
import { organisationById } from '../organisations/organisation.loader';
import { Consent } from './consent.entity';
import { consentPolicy } from './consent.policy';
import { consentService } from './consent.service';

@InputType('ConsentInput')
export class ConsentInput {
  @Field(() => ConsentScope) scope!: ConsentScope;
  @Field(() => [ID], { nullable: true, defaultValue: [] }) organisationIds?: string[] | null;
  @Field() purpose!: string;
  @Field(() => LocalDateScalar) givenOn!: string;
  @Field(() => LocalDateScalar, { nullable: true }) expiresOn?: string | null;
  @Field() form!: string;
  @Field(() => ID, { nullable: true, description: "The signed form: one of the person's case's evidence files, not removed." })
  formEvidenceId?: string | null;
}

@Resolver(() => Consent)
export class ConsentResolver {
  @Authorized()
  @Mutation(() => Consent, { description: "Owner ADMIN or CASEWORKER. consentToShare becomes: an active SHARE_PERSONAL_DATA consent covers the reader's organisation." })
  recordConsent(@Arg('personId', () => ID) personId: string, @Arg('input', () => ConsentInput) input: ConsentInput, @Ctx() ctx: AppContext): Promise<Consent> {
    return consentService.record(ctx, personId, input);
  }

  @Authorized()
  @Mutation(() => Consent, { description: 'Takes effect at once everywhere: shares, referrals not yet accepted, briefings not yet released, search.' })
  withdrawConsent(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Consent> {
    return consentService.withdraw(ctx, id);
  }

  @FieldResolver(() => CasePerson)
  async person(@Root() k: Consent, @Ctx() ctx: AppContext): Promise<CasePerson> {
    const row = await ctx.sql.selectFrom('case_persons').select('case_id').where('id', '=', k.personId).executeTakeFirstOrThrow();
    const c = await ctx.loaders.get(caseById).load(row.case_id);
    if (!c) throw new Error('consent of an unreadable case');
    const persons = await readablePersons(ctx, c);
    const person = persons.find((x) => x.id === k.personId);
    if (!person) throw new Error('consent of an unreadable person');
    return person;
  }

  @FieldResolver(() => [Organisation], { description: 'Empty: every member organisation.' })
  async organisations(@Root() k: Consent, @Ctx() ctx: AppContext): Promise<Organisation[]> {
    const orgs = await ctx.loaders.get(organisationById).loadMany(k.organisationIds);
    return orgs.filter((o): o is Organisation => o instanceof Organisation);
  }

  // The file's own read rule decides (evidenceService.get), never the consent's: a consent reader who may
  // not read the file sees null.
  @FieldResolver(() => EvidenceFile, { nullable: true, description: 'The signed form attached; null when none or when the viewer may not read the file.' })
  async formFile(@Root() k: Consent, @Ctx() ctx: AppContext): Promise<EvidenceFile | null> {
    if (!k.formEvidenceId) return null;
    return evidenceService.get(ctx, k.formEvidenceId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null outside the owner organisation.' })
  async recordedBy(@Root() k: Consent, @Ctx() ctx: AppContext): Promise<User | null> {
    if (!k.recordedByUserId || !consentPolicy(ctx.actor, 'seeRecorder', k)) return null;
    return ctx.loaders.get(userById).load(k.recordedByUserId);
  }
}

@Resolver(() => CasePerson)
export class CasePersonConsentsResolver {
  @FieldResolver(() => [Consent], { description: "Readable by whoever may read this person's personal data." })
  consents(@Root() p: CasePerson, @Ctx() ctx: AppContext): Promise<Consent[]> {
    return consentService.list(ctx, p.id);
  }
}
