import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../../organisations/organisation.entity';

@ObjectType({
  description:
    "An organisation whose members read a case, as the server enforces it (SQL function case_readers). The owner's members are told every reader; another reader only the owner and its own organisation.",
})
export class CaseReader {
  organisationId!: string;
  @Field(() => Organisation) organisation!: Organisation;
  @Field({ description: "Whether the organisation's ADMINs and CASEWORKERs change the case." }) canChange!: boolean;
  @Field(() => [ID], {
    nullable: true,
    description:
      "The case's persons whose personal data (real name, contact) its members read; null to a reader outside the owner for the owner's row.",
  })
  personsWithNames!: string[] | null;
}
