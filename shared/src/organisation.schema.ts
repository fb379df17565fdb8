import { z } from 'zod';
import { isCountryCode } from './country';

const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const countryCodeSchema = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code');

/** The interface languages (lower-case codes), in the order the language switcher shows them. */
export const INTERFACE_LANGUAGES = ['en', 'ru', 'tg', 'ka', 'fr'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

export const localizedNameSchema = z.object({
  language: z
    .string()
    .trim()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(INTERFACE_LANGUAGES)),
  name: z.string().trim().max(200),
});

/**
 * An organisation's name per interface language: the whole set, replacing the one before. A blank
 * name drops that language; a language may appear once.
 */
export const localNamesSchema = z
  .array(localizedNameSchema)
  .max(INTERFACE_LANGUAGES.length)
  .superRefine((names, ctx) => {
    const seen = new Set<string>();
    names.forEach((n, i) => {
      if (seen.has(n.language)) ctx.addIssue({ code: 'custom', path: [i, 'language'], message: 'each language once' });
      seen.add(n.language);
    });
  })
  .transform((names) => Object.fromEntries(names.filter((n) => n.name).map((n) => [n.language, n.name])) as Partial<Record<InterfaceLanguage, string>>);

export const organisationInputSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/, 'lowercase letters, digits and dashes, 2 to 50 characters'),
  name: z.string().trim().min(1).max(200),
  localName: optionalText(200),
  city: z.string().trim().min(1).max(100),
  countryCode: countryCodeSchema,
  website: z
    .string()
    .trim()
    .max(300)
    .regex(/^https?:\/\/\S+$/, 'must start with http:// or https://')
    .nullish()
    .transform((v) => v ?? null),
  representative: optionalText(200),
  names: localNamesSchema.nullish().transform((v) => v ?? {}),
});

export const organisationUpdateSchema = organisationInputSchema
  .omit({ slug: true, countryCode: true })
  .partial()
  .extend({
    name: z.string().trim().min(1).max(200).nullish(),
    city: z.string().trim().min(1).max(100).nullish(),
    names: localNamesSchema.nullish(),
  });

export type OrganisationInputValues = z.infer<typeof organisationInputSchema>;
