import { Field, Int, ObjectType } from 'type-graphql';
import { CaseFigures } from '../cases/case.entity';

@ObjectType('Bucket')
export class Bucket {
  @Field()
  key!: string;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  count!: number | null;

  @Field({ description: 'True when the true count lies between 1 and the suppression threshold minus 1.' })
  suppressed!: boolean;
}

@ObjectType('Flow')
export class Flow {
  @Field()
  fromCountryCode!: string;

  @Field()
  toCountryCode!: string;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field()
  suppressed!: boolean;
}

/**
 * Aggregates only: never a case id, reference or person. `totalCases`,
 * `crossBorderCases` and the figures are non-null in the contract, so when
 * they are suppressed they read 0 and `totalSuppressed`/`figuresSuppressed`
 * (our additions) say so; see docs/STATISTICS.md.
 */
@ObjectType('CaseStatistics')
export class CaseStatistics {
  @Field(() => Int)
  totalCases!: number;

  @Field(() => Int)
  crossBorderCases!: number;

  @Field(() => [Bucket])
  byStatus!: Bucket[];

  @Field(() => [Bucket])
  byCategory!: Bucket[];

  @Field(() => [Bucket])
  byCountry!: Bucket[];

  @Field(() => [Bucket], { description: 'key: YYYY-MM of incidentDate.' })
  byMonth!: Bucket[];

  @Field(() => [Flow], { description: "Deportations: the incident's country to the destination country." })
  flows!: Flow[];

  @Field(() => CaseFigures)
  figures!: CaseFigures;

  @Field(() => Int, { description: '0 when nothing is suppressed for this viewer.' })
  suppressionThreshold!: number;

  @Field({ description: 'True when totalCases is below the suppression threshold and reads 0 for that reason.' })
  totalSuppressed!: boolean;

  @Field({ description: 'True when crossBorderCases is below the suppression threshold and reads 0 for that reason.' })
  crossBorderSuppressed!: boolean;

  @Field(() => [String], { description: 'Figures (detained, deported, ...) below the threshold, reading 0 for that reason.' })
  figuresSuppressed!: string[];
}
