import { CaseCategory, CaseOrderField, CaseStatus, EventType, PersonRole, SortDirection, Visibility } from '@coalition/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../../core/graphql/scalars';

@InputType()
export class LocationInput {
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field() countryCode!: string;
}

@InputType()
export class CaseFiguresInput {
  @Field(() => Int, { nullable: true }) detained?: number | null;
  @Field(() => Int, { nullable: true }) deported?: number | null;
  @Field(() => Int, { nullable: true }) injured?: number | null;
  @Field(() => Int, { nullable: true }) childrenAffected?: number | null;
}

@InputType()
export class CaseFilter {
  @Field(() => [CaseStatus], { nullable: true }) status?: CaseStatus[] | null;
  @Field(() => [CaseCategory], { nullable: true }) categories?: CaseCategory[] | null;
  @Field(() => String, { nullable: true, description: 'Cases that involve this country in any way (see Case.countries).' })
  countryCode?: string | null;
  @Field(() => ID, { nullable: true }) ownerOrganisationId?: string | null;
  @Field(() => Boolean, { nullable: true }) crossBorder?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Full-text search over reference, title, summary and event titles and descriptions.' })
  search?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "A person's full name, matched exactly after Unicode and case normalisation, in Latin or Cyrillic script. Only over persons whose personal data the viewer may read; personal data stays encrypted (a keyed blind index, never plaintext).",
  })
  personName?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) occurredFrom?: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) occurredTo?: string | null;
}

@InputType()
export class CreateCaseInput {
  @Field(() => ID) organisationId!: string;
  @Field(() => String, { nullable: true, description: "Generated from the organisation's slug and the year when omitted." })
  reference?: string | null;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => CaseStatus, { nullable: true, defaultValue: CaseStatus.OPEN }) status?: CaseStatus | null;
  @Field(() => [CaseCategory]) categories!: CaseCategory[];
  @Field(() => Visibility, { nullable: true, defaultValue: Visibility.RESTRICTED }) visibility?: Visibility | null;
  @Field(() => LocalDateScalar, { nullable: true }) incidentDate?: string | null;
  @Field(() => LocationInput) location!: LocationInput;
  @Field(() => CaseFiguresInput, { nullable: true }) figures?: CaseFiguresInput | null;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) includeInStatistics?: boolean | null;
}

@InputType()
export class UpdateCaseInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => CaseStatus, { nullable: true }) status?: CaseStatus | null;
  @Field(() => [CaseCategory], { nullable: true }) categories?: CaseCategory[] | null;
  @Field(() => Visibility, { nullable: true }) visibility?: Visibility | null;
  @Field(() => LocalDateScalar, { nullable: true }) incidentDate?: string | null;
  @Field(() => LocationInput, { nullable: true }) location?: LocationInput | null;
  @Field(() => CaseFiguresInput, { nullable: true }) figures?: CaseFiguresInput | null;
  @Field(() => Boolean, { nullable: true }) includeInStatistics?: boolean | null;
}

@InputType()
export class CasePersonInput {
  @Field() fullName!: string;
  @Field(() => String, { nullable: true, description: "Generated ('Person A', 'Person B', ...) when omitted." })
  pseudonym?: string | null;
  @Field(() => PersonRole) role!: PersonRole;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) minor?: boolean | null;
  @Field(() => Int, { nullable: true }) birthYear?: number | null;
  @Field(() => String, { nullable: true }) citizenship?: string | null;
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) consentToShare?: boolean | null;
}

@InputType()
export class CaseEventInput {
  @Field(() => EventType) type!: EventType;
  @Field(() => LocalDateScalar) occurredOn!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true, defaultValue: '' }) description?: string | null;
  @Field(() => String, { nullable: true }) authority?: string | null;
  @Field(() => LocationInput, { nullable: true }) location?: LocationInput | null;
  @Field(() => String, { nullable: true }) destinationCountryCode?: string | null;
}

@InputType({ description: 'The order of a case list. Ties are broken by the case id, in the same direction; a cursor holds the order it was given for.' })
export class CaseOrder {
  @Field(() => CaseOrderField) field!: CaseOrderField;
  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC }) direction?: SortDirection | null;
}
