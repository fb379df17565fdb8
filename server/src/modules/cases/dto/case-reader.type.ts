import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../../organisations/organisation.entity';

@ObjectType({ description: 'An organisation whose members read a case, as the server enforces it (SQL function case_readers).' })
export class CaseReader {
  organisationId!: string;
  @Field(() => Organisation) organisation!: Organisation;
  @Field({ description: "Whether the organisation's ADMINs and CASEWORKERs change the case." }) canChange!: boolean;
  @Field(() => [ID], { description: "The case's persons whose personal data (real name, contact) its members read." }) personsWithNames!: string[];
}
