import { buildRedactor, MAX_PERSONS_PER_CASE, type RedactionSubject } from '@coalition/shared';

const SUBJECTS: RedactionSubject[] = Array.from({ length: MAX_PERSONS_PER_CASE }, (_, i) => ({
  fullName: `Warmup${i} Разогревов${i}`,
  pseudonym: `Person ${i}`,
  birthYear: 1960 + (i % 40),
  contact: `+7 900 000-${String(i).padStart(4, '0')}, warmup${i}@example.org`,
}));
const TEXT = Array.from(
  { length: 200 },
  (_, i) => `Warmup${i} Разогревов${i} (${1960 + (i % 40)}) рассказал, что его задержали; звонить +7 900 000-${String(i).padStart(4, '0')}. `,
).join('');

/**
 * Runs the briefing redaction once on a full-size synthetic case (the most persons a case may hold, a
 * field of 20,000 characters) at boot, before the server listens. Its first run is several times slower
 * than the next (V8 has not compiled it yet: the first briefing after a start held /health for 160 ms);
 * afterwards it runs compiled. Returns the redacted text: nothing of the synthetic names may remain.
 */
export function warmUpRedaction(): string {
  let redacted = '';
  for (let round = 0; round < 2; round++) redacted = buildRedactor(SUBJECTS, { personCount: SUBJECTS.length })(TEXT);
  return redacted;
}
