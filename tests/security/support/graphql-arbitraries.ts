import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** IDs and strings the fuzzer aims at: real ones (the canary case above all) and nonsense. */
export interface FuzzPools {
  ids: string[];
  strings: string[];
}

const NASTY_STRINGS = [
  '',
  ' ',
  "' OR 1=1 --",
  "'; DROP TABLE cases; --",
  '$1::text',
  '%00',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '${jndi:ldap://x}',
  'a'.repeat(5000),
  'Ф'.repeat(300),
  '2013-02-30',
  '-1',
  'NaN',
  'null',
  '__proto__',
  'constructor',
];

const MAX_DEPTH = 4;

/**
 * Which root fields the fuzzer leaves alone: they end or replace the fuzzing actor's session (wrong
 * passwords or codes count towards ending it; the emergency lock ends every session of an organisation),
 * or spend the loopback address's password-reset allowance.
 */
export const SESSION_FIELDS = new Set([
  'logout', 'changePassword', 'login', 'acceptInvitation', 'confirmTotp', 'setupTotp',
  'disableTotp', 'generateRecoveryCodes', 'revokeSession', 'requestPasswordReset', 'resetPassword', 'lockOrganisation',
]);

export class GraphQLArbitraries {
  private readonly selections = new Map<string, fc.Arbitrary<string>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pools: FuzzPools,
  ) {}

  private stringArb(): fc.Arbitrary<string> {
    return fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...this.pools.strings, ...NASTY_STRINGS) },
      { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    );
  }

  private idArb(): fc.Arbitrary<string> {
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...this.pools.ids) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: this.stringArb() });
  }

  /** A JSON value for a variable of `type`: usually right, sometimes of the wrong kind. */
  jsonValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
    const right = this.rightJsonValue(type, depth);
    const wrong = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 8 }), fc.constant([]), fc.constant({}), fc.boolean());
    return fc.oneof({ weight: 9, arbitrary: right }, { weight: 1, arbitrary: wrong });
  }

  private rightJsonValue(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return this.rightJsonValue(type.ofType, depth);
    if (isListType(type)) return depth > 3 ? fc.constant([]) : fc.array(this.jsonValue(type.ofType, depth + 1), { maxLength: 3 });
    if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), fc.constant('NOT_A_VALUE'));
    if (isInputObjectType(type)) {
      if (depth > 3) return fc.constant({});
      const fields = Object.values(type.getFields());
      return fc
        .tuple(...fields.map((f) => fc.option(this.jsonValue(f.type, depth + 1), { freq: 3, nil: undefined })), fc.option(fc.constant('x'), { freq: 9, nil: undefined }))
        .map(([...values]) => {
          const unknown = values.pop();
          const out: Record<string, unknown> = {};
          fields.forEach((f, i) => {
            if (values[i] !== undefined) out[f.name] = values[i];
          });
          if (unknown !== undefined) out.notAField = unknown;
          return out;
        });
    }
    if (isScalarType(type)) return this.scalarJson(type.name);
    return fc.constant(null);
  }

  private scalarJson(name: string): fc.Arbitrary<unknown> {
    switch (name) {
      case 'ID':
        return this.idArb();
      case 'Int':
        return fc.oneof(fc.integer({ min: -5, max: 150 }), fc.integer(), fc.constantFrom(2 ** 31, -(2 ** 53), 1e300, 0.5));
      case 'Float':
        return fc.double({ noNaN: true });
      case 'Boolean':
        return fc.boolean();
      case 'LocalDate':
        return fc.oneof(fc.constantFrom('2013-02-08', '2013-13-45', '0000-00-00', '9999-12-31', 'yesterday'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
      case 'DateTimeISO':
        return fc.oneof(fc.constantFrom('2030-01-01T00:00:00Z', 'not a date', '2013-02-08'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
      default:
        return this.stringArb();
    }
  }

  /** The same value as a GraphQL literal. */
  literal(type: GraphQLInputType, depth = 0): fc.Arbitrary<string> {
    return this.jsonValue(type, depth).map((value) => toLiteral(value, type));
  }

  private args(field: GraphQLField<unknown, unknown>): fc.Arbitrary<string> {
    if (field.args.length === 0) return fc.constant('');
    const parts = field.args.map((arg: GraphQLArgument) =>
      fc.option(this.literal(arg.type).map((v) => `${arg.name}: ${v}`), { freq: isNonNullType(arg.type) ? 12 : 2, nil: undefined }),
    );
    return fc.tuple(...parts).map((values) => {
      const present = values.filter((v): v is string => v !== undefined);
      return present.length ? `(${present.join(', ')})` : '';
    });
  }

  private fieldSelection(field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<string> {
    const named = getNamedType(field.type);
    const composite = isObjectType(named) || isInterfaceType(named);
    const sub: fc.Arbitrary<string> = composite
      ? depth >= MAX_DEPTH
        ? fc.constant(' { __typename }')
        : fc.oneof({ weight: 12, arbitrary: this.selection(named as GraphQLObjectType, depth + 1).map((s) => ` { ${s} }`) }, { weight: 1, arbitrary: fc.constant('') })
      : fc.oneof({ weight: 20, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant(' { id }') });
    return fc
      .tuple(fc.option(fc.constantFrom('a', 'b', 'x1', 'alias_2'), { freq: 4, nil: undefined }), this.args(field), sub)
      .map(([alias, args, s]) => `${alias ? `${alias}: ` : ''}${field.name}${args}${s}`);
  }

  /** A selection set body for `type`: a few of its fields, sometimes a misspelt one or a directive. */
  selection(type: GraphQLObjectType, depth = 0): fc.Arbitrary<string> {
    const key = `${type.name}:${depth}`;
    const cached = this.selections.get(key);
    if (cached) return cached;
    const fields = Object.values(type.getFields());
    const arb = fc
      .subarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) })
      .chain((chosen) => fc.tuple(...chosen.map((f) => this.fieldSelection(f, depth))))
      .chain((parts) =>
        fc
          .tuple(fc.nat({ max: 40 }), fc.constantFrom('@include(if: true)', '@skip(if: false)', '@skip(if: $nope)', '@deprecated', '@unknown'))
          .map(([dice, directive]) => {
            if (dice === 0) parts.push(`${parts[0].split(/[({ ]/)[0]}z`);
            if (dice === 1) parts[0] = `${parts[0]} ${directive}`;
            if (dice === 2) parts.push('__typename');
            if (dice === 3) parts.push(`... on ${type.name} { __typename }`);
            return parts.join(' ');
          }),
      );
    this.selections.set(key, arb);
    return arb;
  }

  /** A whole request: a document on one root type and its variables, built from the schema. */
  request(options: { excludeFields?: Set<string> } = {}): fc.Arbitrary<{ query: string; variables: Record<string, unknown>; operationName?: string }> {
    const roots = [
      ['query', this.schema.getQueryType()],
      ['mutation', this.schema.getMutationType()],
      ['subscription', this.schema.getSubscriptionType()],
    ].filter((r): r is [string, GraphQLObjectType] => !!r[1]);
    const choices = roots.flatMap(([kind, type]) =>
      Object.values(type.getFields())
        .filter((f) => !options.excludeFields?.has(f.name))
        .map((field) => ({ kind, type, field })),
    );
    return fc.constantFrom(...choices).chain(({ kind, type, field }) => {
      const withVariables = field.args.length > 0;
      const variablesArb = withVariables
        ? fc.tuple(...field.args.map((a) => this.jsonValue(a.type))).map((values) => Object.fromEntries(field.args.map((a, i) => [a.name, values[i]])))
        : fc.constant({} as Record<string, unknown>);
      const named = getNamedType(field.type);
      const composite = isObjectType(named) || isInterfaceType(named);
      const subArb = composite ? this.selection(named as GraphQLObjectType, 1).map((s) => ` { ${s} }`) : fc.constant('');
      return fc
        .tuple(
          fc.constantFrom('literal', 'variables', 'variables', 'fragment', 'named'),
          this.fieldSelection(field, 0),
          variablesArb,
          subArb,
          fc.nat({ max: 30 }),
        )
        .map(([mode, literalField, variables, sub, dice]) => {
          if (mode === 'literal' || !withVariables) {
            if (mode === 'fragment') return { query: `${kind} { ...F } fragment F on ${type.name} { ${literalField} }`, variables: {} };
            if (mode === 'named') return { query: `${kind} Fuzz { ${literalField} }`, variables: {}, operationName: dice === 0 ? 'Other' : 'Fuzz' };
            return { query: `${kind} { ${literalField} }`, variables: {} };
          }
          const defs = field.args.map((a) => `$${a.name}: ${dice === 1 ? 'String' : String(a.type)}`).join(', ');
          const uses = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
          const vars = { ...variables };
          if (dice === 2 && field.args[0]) delete vars[field.args[0].name];
          return { query: `${kind} (${defs}) { ${field.name}(${uses})${sub} }`, variables: vars };
        });
    });
  }
}

/** Prints a JSON value as a GraphQL literal; enum values of enum types print bare. */
function toLiteral(value: unknown, type: GraphQLInputType | null): string {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => toLiteral(v, inner && isListType(inner) ? inner.ofType : null)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${toLiteral(v, fields[k]?.type ?? null)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string' && inner && isEnumType(inner) && /^[A-Z_]+$/.test(value)) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return JSON.stringify(value);
}
