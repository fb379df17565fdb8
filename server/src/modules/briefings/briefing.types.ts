import { CaseCategory, CaseStatus, EventType, PersonRole } from '@coalition/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { CaseFigures, Location } from '../cases/case.entity';
import { EvidenceKind } from '../evidence';

@ObjectType('BriefingPerson')
export class BriefingPerson {
  @Field() pseudonym!: string;
  @Field(() => PersonRole) role!: PersonRole;
  @Field() minor!: boolean;
  @Field(() => String, { nullable: true }) citizenship!: string | null;
}

@ObjectType('BriefingEvent')
export class BriefingEvent {
  @Field(() => EventType) type!: EventType;
  @Field(() => LocalDateScalar) occurredOn!: string;
  @Field() title!: string;
  @Field({ description: 'Person names replaced by pseudonyms.' }) description!: string;
  @Field(() => String, { nullable: true }) authority!: string | null;
}

@ObjectType('BriefingEvidence', { description: 'An evidence file of a briefing case: name (redacted), type and date; never its bytes or embedded metadata.' })
export class BriefingEvidence {
  @Field({ description: 'Person names replaced by pseudonyms.' }) fileName!: string;
  @Field(() => EvidenceKind) kind!: EvidenceKind;
  @Field() mediaType!: string;
  @Field(() => LocalDateScalar, { description: 'The day the server received it.' }) uploadedOn!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Lowercase hex SHA-256 of the copy without embedded metadata, for files the owner marked as showing no one; null for the others (the original depends on personal data).',
  })
  sha256!: string | null;
}

@ObjectType('BriefingCase', { description: 'A case as it appears in a briefing: redacted, pseudonymised, only what owners approved.' })
export class BriefingCase {
  @Field() reference!: string;
  @Field() title!: string;
  @Field({ description: 'Person names replaced by pseudonyms.' }) summary!: string;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => [CaseCategory]) categories!: CaseCategory[];
  @Field(() => LocalDateScalar, { nullable: true }) incidentDate!: string | null;
  @Field(() => Location) location!: Location;
  @Field(() => [String]) countries!: string[];
  @Field(() => CaseFigures) figures!: CaseFigures;
  /** Resolved to the Organisation by the resolver. */
  ownerOrganisationId!: string;
  @Field(() => [BriefingPerson], { description: 'Pseudonyms, roles and minor flags only; only persons with an active BRIEFING consent.' }) persons!: BriefingPerson[];
  @Field(() => Int, {
    description: "Persons without an active BRIEFING consent: left out of `persons`, each mention of them reads 'a person who did not consent'.",
  })
  withheldPersons!: number;
  @Field(() => [BriefingEvent]) events!: BriefingEvent[];
  @Field(() => [BriefingEvidence], { description: "The case's evidence files when its snapshot was taken, oldest first." }) evidence!: BriefingEvidence[];
}

@InputType()
export class CreateBriefingInput {
  @Field(() => ID) organisationId!: string;
  @Field() title!: string;
  @Field() audience!: string;
  @Field(() => [ID]) caseIds!: string[];
  @Field(() => [ID], { nullable: true, defaultValue: [] }) statementIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) includeStatistics?: boolean | null;
}
