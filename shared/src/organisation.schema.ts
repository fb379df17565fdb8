import { z } from 'zod';
import { isCountryCode } from './country';

const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const countryCodeSchema = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code');

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
});

export const organisationUpdateSchema = organisationInputSchema
  .omit({ slug: true, countryCode: true })
  .partial()
  .extend({ name: z.string().trim().min(1).max(200).nullish(), city: z.string().trim().min(1).max(100).nullish() });

export type OrganisationInputValues = z.infer<typeof organisationInputSchema>;
