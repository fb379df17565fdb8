/** Distinctive strings seeded in one organisation's RESTRICTED case: no one else may ever see them. */
export const CANARY_NAME = 'CANARY-Zebulon-Qx7';
export const CANARY_CONTACT = 'canary-7f3@example.org';
export const CANARY_TITLE = 'CANARY-Ouzbek-Tr4 detention at Sakharovo';
export const CANARY_SUMMARY = 'CANARY-summary-9kd: held without charge';
export const CANARY_EVENT = 'CANARY-event-w2p hearing';
export const CANARIES = [CANARY_NAME, CANARY_CONTACT, CANARY_TITLE, CANARY_SUMMARY, CANARY_EVENT] as const;

export interface Leak {
  where: string;
  canary: string;
  excerpt: string;
}

/**
 * Scans every text it is shown (response bodies, error messages, log lines,
 * exported files) for the canaries and the restricted case's id, and keeps
 * what it found with where it was found.
 */
export class LeakWatch {
  readonly leaks: Leak[] = [];
  scanned = 0;
  private needles: string[] = [];

  /** Case-insensitive: a lower-cased or upper-cased copy is as much a leak. */
  watch(extra: string[] = []): void {
    this.needles = [...CANARIES, ...extra].map((n) => n.toLowerCase());
  }

  scan(where: string, text: string): void {
    this.scanned += 1;
    if (this.needles.length === 0) return;
    const lower = text.toLowerCase();
    for (const needle of this.needles) {
      const at = lower.indexOf(needle);
      if (at >= 0) this.leaks.push({ where, canary: needle, excerpt: text.slice(Math.max(0, at - 120), at + needle.length + 120) });
    }
  }
}

/** A pino destination that keeps every line, so a test can read what the server logged. */
export class LogSink {
  lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  /** Lines written since `mark`. */
  since(mark: number): string[] {
    return this.lines.slice(mark);
  }
}
