import { z } from 'zod';
// Notifications and emails speak the interface's languages (client/src/locales).
import { INTERFACE_LANGUAGES } from './organisation.schema';

export const notificationPreferencesInputSchema = z.object({
  email: z.enum(['IMMEDIATE', 'DAILY_DIGEST', 'OFF']),
  language: z.enum(INTERFACE_LANGUAGES).nullish(),
});

/** At most 30 days before the due time: the reminder sweep looks that far ahead. */
export const MAX_REMIND_BEFORE_MINUTES = 30 * 24 * 60;

export const caseTaskInputSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(200),
  dueAt: z.date().refine((d) => !Number.isNaN(d.getTime()), 'must be a date'),
  assigneeId: z.uuid().nullish(),
  remindBefore: z
    .array(z.number().int().min(0).max(MAX_REMIND_BEFORE_MINUTES))
    .max(5)
    .nullish()
    .transform((v) => [...new Set(v ?? [1440, 60])].sort((a, b) => b - a)),
});
