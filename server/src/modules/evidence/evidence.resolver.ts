import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isMemberOf } from '../../core/auth/actor';
import type { AppContext } from '../../core/graphql/context';
import { notFound } from '../../core/graphql/app-error';
import { User } from '../auth/user.entity';
import { userById } from '../auth/user.loader';
import { Case, CaseEvent, caseService } from '../cases';
import { Organisation } from '../organisations/organisation.entity';
import { organisationById } from '../organisations/organisation.loader';
import { CustodyEntry, EvidenceFile } from './evidence.entity';
import { evidenceService } from './evidence.service';

const url = (file: EvidenceFile, variant: string) => `/evidence/${file.id}/${variant}`;

async function ownerMember(ctx: AppContext, organisationId: string): Promise<boolean> {
  return isMemberOf(ctx.actor, organisationId);
}

@Resolver(() => EvidenceFile)
export class EvidenceFileResolver {
  @Authorized()
  @Query(() => EvidenceFile, { nullable: true })
  evidenceFile(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<EvidenceFile | null> {
    return evidenceService.get(ctx, id);
  }

  @Authorized()
  @Mutation(() => EvidenceFile, {
    description:
      'Attaches a finished tus upload (its id is the last segment of the upload URL) to a case the viewer may change; the upload must have been made by the same user. BAD_USER_INPUT for an unfinished, unknown or refused upload (type not allowed, over the size limit).',
  })
  attachEvidence(
    @Arg('uploadId', () => ID) uploadId: string,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('eventId', () => ID, { nullable: true }) eventId: string | null,
    @Arg('description', () => String, { nullable: true }) description: string | null,
    @Arg('containsPersonalData', () => Boolean, { nullable: true, defaultValue: true }) containsPersonalData: boolean | null,
    @Ctx() ctx: AppContext,
  ): Promise<EvidenceFile> {
    return evidenceService.attach(ctx, { uploadId, caseId, eventId, description, containsPersonalData });
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Removes the file from the case and destroys its key; the custody log and hash stay. Owner ADMIN only.' })
  removeEvidence(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return evidenceService.remove(ctx, id, reason);
  }

  @Authorized()
  @Mutation(() => EvidenceFile, { description: 'Decrypts and re-hashes the stored bytes now; records VERIFIED or VERIFICATION_FAILED.' })
  verifyEvidence(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<EvidenceFile> {
    return evidenceService.verify(ctx, id);
  }

  @FieldResolver(() => Case)
  async case(@Root() file: EvidenceFile, @Ctx() ctx: AppContext): Promise<Case> {
    const c = await caseService.get(ctx, file.caseId);
    if (!c) throw notFound('The case');
    return c;
  }

  @FieldResolver(() => CaseEvent, { nullable: true })
  async event(@Root() file: EvidenceFile, @Ctx() ctx: AppContext): Promise<CaseEvent | null> {
    if (!file.eventId) return null;
    return ctx.db.getRepository(CaseEvent).findOneBy({ id: file.eventId });
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null outside the owner organisation.' })
  async uploadedBy(@Root() file: EvidenceFile, @Ctx() ctx: AppContext): Promise<User | null> {
    return (await ownerMember(ctx, file.organisationId)) ? ctx.loaders.get(userById).load(file.uploadedById) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'From embedded metadata (EXIF, XMP, PDF info); null for readers without personal-data access.' })
  async capturedAt(@Root() file: EvidenceFile, @Ctx() ctx: AppContext): Promise<Date | null> {
    return (await evidenceService.metadata(ctx, file))?.capturedAt ?? null;
  }

  @FieldResolver(() => Float, { nullable: true })
  async latitude(@Root() file: EvidenceFile, @Ctx() ctx: AppContext): Promise<number | null> {
    return (await evidenceService.metadata(ctx, file))?.latitude ?? null;
  }

  @FieldResolver(() => Float, { nullable: true })
  async longitude(@Root() file: EvidenceFile, @Ctx() ctx: AppContext): Promise<number | null> {
    return (await evidenceService.metadata(ctx, file))?.longitude ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The original bytes; null when the viewer may not download them.' })
  async downloadUrl(@Root() file: EvidenceFile, @Ctx() ctx: AppContext): Promise<string | null> {
    return file.originalBlobId && (await evidenceService.may(ctx, file, 'original')) ? url(file, 'original') : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A copy without embedded metadata (images re-encoded, PDF metadata removed); null when none can be made or the viewer may not download.',
  })
  async sanitizedUrl(@Root() file: EvidenceFile, @Ctx() ctx: AppContext): Promise<string | null> {
    return file.sanitizedBlobId && (await evidenceService.may(ctx, file, 'copy')) ? url(file, 'sanitized') : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'A small JPEG or PNG preview without metadata, for images and PDFs.' })
  async thumbnailUrl(@Root() file: EvidenceFile, @Ctx() ctx: AppContext): Promise<string | null> {
    return file.thumbnailBlobId && (await evidenceService.may(ctx, file, 'copy')) ? url(file, 'thumbnail') : null;
  }

  @FieldResolver(() => [CustodyEntry])
  async custody(@Root() file: EvidenceFile, @Ctx() ctx: AppContext): Promise<CustodyEntry[]> {
    const entries = await evidenceService.custody(ctx, file);
    for (const e of entries) e.ownerOrganisationId = file.organisationId;
    return entries;
  }
}

@Resolver(() => CustodyEntry)
export class CustodyEntryResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "The acting organisation; null for the system's own verification." })
  organisation(@Root() entry: CustodyEntry, @Ctx() ctx: AppContext): Promise<Organisation | null> | null {
    return entry.organisationId ? ctx.loaders.get(organisationById).load(entry.organisationId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null outside the owner organisation.' })
  async user(@Root() entry: CustodyEntry, @Ctx() ctx: AppContext): Promise<User | null> {
    if (!entry.userId || !entry.ownerOrganisationId || !(await ownerMember(ctx, entry.ownerOrganisationId))) return null;
    return ctx.loaders.get(userById).load(entry.userId);
  }
}

@Resolver(() => Case)
export class CaseEvidenceResolver {
  @FieldResolver(() => [EvidenceFile], { description: "Newest first; what the viewer may see under the case's rules." })
  evidence(@Root() c: Case, @Ctx() ctx: AppContext): Promise<EvidenceFile[]> {
    return evidenceService.forCase(ctx, c.id);
  }
}

@Resolver(() => CaseEvent)
export class CaseEventEvidenceResolver {
  @FieldResolver(() => [EvidenceFile])
  evidence(@Root() e: CaseEvent, @Ctx() ctx: AppContext): Promise<EvidenceFile[]> {
    return evidenceService.forEvent(ctx, e.id);
  }
}
