/**
 * Must be the first import of the entry: zod (through @coalition/shared) probes `new Function("")` when
 * its schemas are built, to compile faster parsers. The Content-Security-Policy (`script-src 'self'`, no
 * 'unsafe-eval') refuses that and reports a violation; `jitless` makes zod skip the probe. zod reads this
 * global config object when it loads, so it is set before zod is imported anywhere.
 */
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };

export {};
