import { z } from 'zod';
import { localDateSchema } from './case.schema';
import { ConsentScope, ReferralNeed } from './enums';

export const REFERRAL_LIMITS = { purpose: 500, form: 200, reason: 4000, note: 4000, organisations: 20 } as const;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

export const consentInputSchema = z
  .object({
    scope: z.enum(ConsentScope),
    organisationIds: z
      .array(z.string().uuid('must be organisation ids'))
      .max(REFERRAL_LIMITS.organisations, `at most ${REFERRAL_LIMITS.organisations} organisations`)
      .nullish()
      .transform((v) => [...new Set(v ?? [])]),
    purpose: text(REFERRAL_LIMITS.purpose),
    givenOn: localDateSchema,
    expiresOn: localDateSchema.nullish().transform((v) => v ?? null),
    form: text(REFERRAL_LIMITS.form),
    /** The signed form, one of the case's evidence files. */
    formEvidenceId: z
      .string()
      .uuid('must be an evidence file id')
      .nullish()
      .transform((v) => v ?? null),
  })
  .refine((v) => v.expiresOn === null || v.expiresOn >= v.givenOn, { path: ['expiresOn'], message: 'must not be before givenOn' });

export const referralInputSchema = z.object({
  needs: z
    .array(z.enum(ReferralNeed))
    .min(1, 'name at least one need')
    .transform((v) => [...new Set(v)]),
  reason: text(REFERRAL_LIMITS.reason),
  urgent: z.boolean().nullish().transform((v) => v ?? false),
});

export const outcomeNoteSchema = text(REFERRAL_LIMITS.note);
