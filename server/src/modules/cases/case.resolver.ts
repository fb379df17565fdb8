import { ImportFormat, ShareAccess } from '@coalition/shared';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/graphql/context';
import { Organisation } from '../organisations/organisation.entity';
import { organisationById } from '../organisations/organisation.loader';
import { Case, CaseFigures, Location } from './case.entity';
import type { CaseDetailsWanted, CaseWithOwner } from './case.loader';
import { caseImportService } from './case-import.service';
import { caseService } from './case.service';
import { caseEventService } from './case-event.service';
import { casePersonService } from './case-person.service';
import { caseSharingService } from './case-sharing.service';
import { CaseEvent } from './case-event.entity';
import { CasePerson } from './case-person.entity';
import { CaseShare } from './case-share.entity';
import { CaseAccess, CaseConnection, ImportResult } from './dto/case-connection.type';
import { CaseReader } from './dto/case-reader.type';
import { CaseHistoryConnection, CaseHistoryEntry } from './dto/case-history.type';
import { caseHistoryService } from './case-history.service';
import { CaseEventInput, CaseFilter, CaseOrder, CasePersonInput, CreateCaseInput, UpdateCaseInput } from './dto/case.input';

async function organisation(ctx: AppContext, attached: Organisation | undefined, id: string): Promise<Organisation> {
  if (attached) return attached;
  const org = await ctx.loaders.get(organisationById).load(id);
  if (!org) throw new Error('organisation is not visible to the actor');
  return org;
}

/** Case fields answered from the caseDetails loader (persons, events, shares; myAccess reads the shares). */
const DETAIL_FIELDS = new Set(['persons', 'events', 'shares', 'myAccess']);

/** A person's fields read from their sealed personal data. */
const PERSONAL_FIELDS = new Set(['fullName', 'birthYear', 'contact']);

/** Whether any of `names` is selected anywhere in `sets` (fragments included); over-approximating only prefetches. */
function selectsAny(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[], names: Set<string>): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return names.has(s.name.value) || walk(s.selectionSet);
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(info.fragments[s.name.value]?.selectionSet);
    });
  return sets.some(walk);
}

/**
 * What a page of cases brings along for this field's selection. Personal data is judged over the whole
 * operation, not this field: the details prime the request's caseDetails loader, which any other field
 * of the operation reading the same case's persons then answers from.
 */
function detailsWanted(info: GraphQLResolveInfo): CaseDetailsWanted {
  if (!selectsAny(info, info.fieldNodes.map((node) => node.selectionSet), DETAIL_FIELDS)) return 'none';
  return selectsAny(info, [info.operation.selectionSet], PERSONAL_FIELDS) ? 'personal' : 'public';
}

@Resolver(() => Case)
export class CaseResolver {
  @Authorized()
  @Query(() => CaseConnection)
  cases(
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => CaseOrder, { nullable: true, description: 'Newest first (CREATED_AT, DESC) when omitted.' }) orderBy: CaseOrder | null,
  ): Promise<CaseConnection> {
    return caseService.list(ctx, filter, first ?? 25, after, { details: detailsWanted(info), orderBy });
  }

  @Authorized()
  @Query(() => Case, { nullable: true, description: 'Null when the case does not exist or the viewer may not read it: the two are indistinguishable.' })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Case | null> {
    return caseService.get(ctx, id);
  }

  @Authorized()
  @Mutation(() => Case)
  createCase(@Arg('input', () => CreateCaseInput) input: CreateCaseInput, @Ctx() ctx: AppContext): Promise<Case> {
    return caseService.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => Case, { description: "Fails with CONFLICT when version is not the case's current version." })
  updateCase(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateCaseInput) input: UpdateCaseInput,
    @Ctx() ctx: AppContext,
  ): Promise<Case> {
    return caseService.update(ctx, id, version, input);
  }

  @Authorized()
  @Mutation(() => CasePerson)
  addCasePerson(@Arg('caseId', () => ID) caseId: string, @Arg('input', () => CasePersonInput) input: CasePersonInput, @Ctx() ctx: AppContext): Promise<CasePerson> {
    return casePersonService.add(ctx, caseId, input);
  }

  @Authorized()
  @Mutation(() => Boolean)
  removeCasePerson(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return casePersonService.remove(ctx, id);
  }

  @Authorized()
  @Mutation(() => CasePerson, {
    description:
      "Destroys the person's own data key (owner organisation's ADMIN): name, birth year and contact become unreadable for good, " +
      'in the database and in every backup restored with the key vault written since. The pseudonym and role stay. ' +
      'CONFLICT while a released briefing holds the case.',
  })
  erasePersonalData(@Arg('personId', () => ID) personId: string, @Ctx() ctx: AppContext): Promise<CasePerson> {
    return casePersonService.erase(ctx, personId);
  }

  @Authorized()
  @Mutation(() => CaseEvent)
  addCaseEvent(@Arg('caseId', () => ID) caseId: string, @Arg('input', () => CaseEventInput) input: CaseEventInput, @Ctx() ctx: AppContext): Promise<CaseEvent> {
    return caseEventService.add(ctx, caseId, input);
  }

  @Authorized()
  @Mutation(() => CaseShare)
  shareCase(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('access', () => ShareAccess) access: ShareAccess,
    @Arg('personalData', () => Boolean, { nullable: true, defaultValue: false }) personalData: boolean | null,
    @Ctx() ctx: AppContext,
  ): Promise<CaseShare> {
    return caseSharingService.share(ctx, caseId, organisationId, access, personalData);
  }

  @Authorized()
  @Mutation(() => Boolean)
  unshareCase(@Arg('caseId', () => ID) caseId: string, @Arg('organisationId', () => ID) organisationId: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return caseSharingService.unshare(ctx, caseId, organisationId);
  }

  @Authorized()
  @Mutation(() => ImportResult)
  importCases(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('format', () => ImportFormat) format: ImportFormat,
    @Arg('data', () => String) data: string,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false }) dryRun: boolean | null,
    @Ctx() ctx: AppContext,
  ): Promise<ImportResult> {
    return caseImportService.import(ctx, organisationId, format, data, dryRun ?? false);
  }

  @FieldResolver(() => Organisation)
  ownerOrganisation(@Root() c: CaseWithOwner, @Ctx() ctx: AppContext): Promise<Organisation> {
    return organisation(ctx, c.ownerOrganisation, c.ownerOrganisationId);
  }

  @FieldResolver(() => Location)
  location(@Root() c: Case): Location {
    return { city: c.city, region: c.region, countryCode: c.countryCode };
  }

  @FieldResolver(() => Boolean, { description: 'More than one country is involved.' })
  crossBorder(@Root() c: Case): boolean {
    return c.countries.length > 1;
  }

  @FieldResolver(() => CaseFigures)
  figures(@Root() c: Case): CaseFigures {
    return { detained: c.detained, deported: c.deported, injured: c.injured, childrenAffected: c.childrenAffected };
  }

  @FieldResolver(() => [CasePerson])
  persons(@Root() c: Case, @Ctx() ctx: AppContext): Promise<CasePerson[]> {
    return casePersonService.readable(ctx, c);
  }

  @FieldResolver(() => [CaseEvent], { description: 'Oldest first.' })
  events(@Root() c: Case, @Ctx() ctx: AppContext): Promise<CaseEvent[]> {
    return caseEventService.list(ctx, c);
  }

  @FieldResolver(() => [CaseShare])
  shares(@Root() c: Case, @Ctx() ctx: AppContext): Promise<CaseShare[]> {
    return caseSharingService.list(ctx, c);
  }

  @FieldResolver(() => [CaseReader], {
    description: "Who sees what: the organisations whose members read the case, whether each changes it, whose personal data each reads. The owner first; all of them only to the owner's members.",
  })
  async readers(@Root() c: Case, @Ctx() ctx: AppContext): Promise<CaseReader[]> {
    const rows = await caseService.readers(ctx, c);
    return Promise.all(rows.map(async (r) => ({ ...r, organisation: await organisation(ctx, undefined, r.organisationId) })));
  }

  @FieldResolver(() => CaseHistoryConnection, {
    description:
      "Who changed what, when: the audit log's entries about the case and its parts, newest first, to whoever reads the case. A user is named only to members of the acting organisation.",
  })
  history(
    @Root() c: Case,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<CaseHistoryConnection> {
    return caseHistoryService.page(ctx, c, first ?? 50, after ?? null);
  }

  @FieldResolver(() => CaseAccess)
  myAccess(@Root() c: Case, @Ctx() ctx: AppContext): Promise<CaseAccess> {
    return caseService.myAccess(ctx, c);
  }
}

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => Location, { nullable: true })
  location(@Root() e: CaseEvent): Location | null {
    return e.countryCode ? { city: e.city, region: e.region, countryCode: e.countryCode } : null;
  }

  @FieldResolver(() => Organisation)
  recordedBy(@Root() e: CaseEvent & { recordedBy?: Organisation }, @Ctx() ctx: AppContext): Promise<Organisation> {
    return organisation(ctx, e.recordedBy, e.recordedByOrganisationId);
  }
}

@Resolver(() => CaseHistoryEntry)
export class CaseHistoryEntryResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() e: CaseHistoryEntry, @Ctx() ctx: AppContext): Promise<Organisation | null> | null {
    return e.organisationId ? ctx.loaders.get(organisationById).load(e.organisationId) : null;
  }
}

@Resolver(() => CaseShare)
export class CaseShareResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() s: CaseShare & { organisation?: Organisation }, @Ctx() ctx: AppContext): Promise<Organisation> {
    return organisation(ctx, s.organisation, s.organisationId);
  }
}
