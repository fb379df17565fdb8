import { Field, ObjectType } from 'type-graphql';
import { badInput } from './app-error';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Opaque cursors: base64url of a JSON array of the sort key values. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  const values = decodeCursorValues(cursor);
  if (values === null || values.length === arity) return values;
  throw badInput('after', 'is not a cursor this API gave out');
}

/** A cursor's values, however many: for lists whose cursors differ in shape by order. */
export function decodeCursorValues(cursor: string | null | undefined): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length > 0 && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'is not a cursor this API gave out');
}
