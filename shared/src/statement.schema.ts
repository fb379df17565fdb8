import { z } from 'zod';
import { Language } from './enums';

// Input rules for joint statements, shared by the server (authoritative) and the client's forms.

export const STATEMENT_LIMITS = {
  title: 300,
  body: 100_000,
  addressee: 300,
  addressees: 20,
  translations: 6,
  cases: 100,
  changeNote: 2_000,
  signatoryName: 200,
  signatoryTitle: 200,
} as const;

const language = z.enum(Language, 'must be one of the contract languages');

const addressee = z.string().trim().min(1, 'must not be empty').max(STATEMENT_LIMITS.addressee, `at most ${STATEMENT_LIMITS.addressee} characters`);

export const translationInputSchema = z.object({
  language,
  title: z.string().trim().min(1, 'must not be empty').max(STATEMENT_LIMITS.title, `at most ${STATEMENT_LIMITS.title} characters`),
  // The body is kept exactly as written (trailing spaces are Markdown line breaks); the hash normalises it.
  body: z
    .string()
    .max(STATEMENT_LIMITS.body, `at most ${STATEMENT_LIMITS.body} characters`)
    .refine((v) => v.trim().length > 0, 'must not be empty'),
  // The addressees named in this language (not hashed); none given, or an empty list, means "show the statement's".
  addressees: z
    .array(addressee)
    .max(STATEMENT_LIMITS.addressees, `at most ${STATEMENT_LIMITS.addressees} addressees`)
    .nullish()
    .transform((v) => (v && v.length > 0 ? v : null)),
});

/** One translation per language, at least one. */
export const translationsSchema = z
  .array(translationInputSchema)
  .min(1, 'at least one translation')
  .max(STATEMENT_LIMITS.translations, `at most ${STATEMENT_LIMITS.translations} translations`)
  .refine((ts) => new Set(ts.map((t) => t.language)).size === ts.length, 'one translation per language');

const uuid = z.string().uuid('must be an id');

export const createStatementInputSchema = z
  .object({
    initiatorOrganisationId: uuid,
    addressees: z
      .array(addressee)
      .min(1, 'name at least one addressee')
      .max(STATEMENT_LIMITS.addressees, `at most ${STATEMENT_LIMITS.addressees} addressees`),
    primaryLanguage: language,
    translations: translationsSchema,
    caseIds: z
      .array(uuid)
      .max(STATEMENT_LIMITS.cases, `at most ${STATEMENT_LIMITS.cases} cases`)
      .nullish()
      .transform((v) => [...new Set(v ?? [])]),
  })
  .superRefine((v, ctx) => {
    if (!v.translations.some((t) => t.language === v.primaryLanguage)) {
      ctx.addIssue({ code: 'custom', path: ['translations'], message: 'must include the primary language' });
    }
    v.translations.forEach((t, i) => {
      const issue = translatedAddresseesIssue(t, v.primaryLanguage, v.addressees);
      if (issue) ctx.addIssue({ code: 'custom', path: ['translations', i, 'addressees'], message: issue });
    });
  });

/**
 * A translation's addressees name the statement's own, one for one and in order, so a translation can
 * neither add nor drop one; the primary language's are the statement's list itself. Null when they fit.
 */
export function translatedAddresseesIssue(
  translation: { language: string; addressees?: readonly string[] | null },
  primaryLanguage: string,
  statementAddressees: readonly string[],
): string | null {
  const own = translation.addressees;
  if (!own || own.length === 0) return null;
  if (own.length !== statementAddressees.length) return "name each of the statement's addressees once, in order";
  if (translation.language === primaryLanguage && own.some((a, i) => a.trim() !== statementAddressees[i].trim())) {
    return "the primary language's addressees are the statement's own";
  }
  return null;
}

export const reviseStatementInputSchema = z.object({
  baseVersion: z.number().int('must be a whole number').min(1, 'must be a version number'),
  translations: translationsSchema,
  changeNote: z
    .string()
    .trim()
    .max(STATEMENT_LIMITS.changeNote, `at most ${STATEMENT_LIMITS.changeNote} characters`)
    .nullish()
    .transform((v) => (v ? v : null)),
});

export const signStatementInputSchema = z.object({
  statementId: uuid,
  organisationId: uuid,
  contentHash: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be a sha256 in hex')
    .transform((v) => v.toLowerCase()),
  signatoryName: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(STATEMENT_LIMITS.signatoryName, `at most ${STATEMENT_LIMITS.signatoryName} characters`),
  signatoryTitle: z
    .string()
    .trim()
    .max(STATEMENT_LIMITS.signatoryTitle, `at most ${STATEMENT_LIMITS.signatoryTitle} characters`)
    .nullish()
    .transform((v) => (v ? v : null)),
});

export type CreateStatementValues = z.output<typeof createStatementInputSchema>;
export type ReviseStatementValues = z.output<typeof reviseStatementInputSchema>;
export type SignStatementValues = z.output<typeof signStatementInputSchema>;

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', ғ: 'gh', ӣ: 'i', қ: 'q', ӯ: 'u', ҳ: 'h', ҷ: 'j',
};
const GEORGIAN = 'a,b,g,d,e,v,z,t,i,k,l,m,n,o,p,zh,r,s,t,u,p,k,gh,q,sh,ch,ts,dz,ts,ch,kh,j,h'.split(',');

/**
 * A readable URL slug from a title in any of the contract's languages:
 * Cyrillic and Georgian are transliterated, everything else that is not a
 * latin letter or digit becomes a hyphen; cut at a word boundary.
 */
export function statementSlug(title: string, maxLength = 60): string {
  const latin = [...title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()]
    .map((ch) => {
      if (CYRILLIC[ch] !== undefined) return CYRILLIC[ch];
      const g = ch.codePointAt(0)! - 0x10d0;
      if (g >= 0 && g < GEORGIAN.length) return GEORGIAN[g];
      return ch;
    })
    .join('');
  const words = latin.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, maxLength) || 'statement';
}
