import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { UUID } from '../../server/test/support/opaque-values';
import { findSecrets } from '../../server/test/support/no-personal-data';
import { embeddedTestDatabase, type ScratchDatabase } from '../../server/test/support/scratch-database';
import { renderNotificationEmail } from '../../server/src/modules/notifications/notification-texts';
import { OPERATION_COVERAGE, ROUTE_COVERAGE } from './non-interference';
import { probeAs, type ActorRecord, type Probe } from './support/twin-probes';
import {
  ACTORS, DIMENSIONS, NEVER_NOTIFIED, UNREADABLE, buildTwinWorld, copyOf, migratedTemplate, queuedMails,
  type Actor, type Dimension, type QueuedMail, type TwinWorld, type WorldName,
} from './support/twin-worlds';

/**
 * Non-interference (the contract's rule): for every actor, two databases that
 * differ only in what that actor may not read give that actor the same
 * answers. Four worlds, each a database and a server of its own: `base`, and
 * one per group of secrets changed (twin-worlds.ts). Every actor runs every
 * probe (twin-probes.ts) in every world, in the same order; each actor's
 * answers in `base` are compared, after normalising ids and timestamps, with
 * its answers in each world that changed only what it may not read.
 */

const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})/g;
// Values that are ids or time in disguise: the audit chain's hashes and sequence numbers (they chain every
// organisation's entries and their timestamps), opaque cursors, and the hashes of files that embed a date.
const OPAQUE_KEYS = new Set(['hash', 'prevHash', 'seq', 'cursor', 'endCursor', 'sha256']);

/** Ids by the builder's label, else by first appearance in the actor's answers; timestamps as <time>. */
function normaliser(w: TwinWorld): (value: unknown) => unknown {
  const seen = new Map<string, string>();
  // Slugs carry a random suffix (so a slug tells nothing of other drafts): named by their statement's label.
  const slugIds = new Map(w.statements.map((st) => [st.slug, st.id.toLowerCase()]));
  const slugs = new RegExp([...slugIds.keys()].sort((a, b) => b.length - a.length).map((slug) => slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)', 'g');
  const walk = (value: unknown, key?: string): unknown => {
    if (key && OPAQUE_KEYS.has(key) && value !== null) return `<${key}>`;
    if (typeof value === 'string') {
      return value
        .replace(UUID, (id) => {
          const lower = id.toLowerCase();
          const label = w.labels.get(lower);
          if (label) return `<${label}>`;
          if (!seen.has(lower)) seen.set(lower, `<id#${seen.size + 1}>`);
          return seen.get(lower)!;
        })
        .replace(TIMESTAMP, '<time>')
        .replace(slugs, (slug) => `<slug:${w.labels.get(slugIds.get(slug) ?? '') ?? '?'}>`);
    }
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk;
}

// Lists the server orders by id (random in every world): compared as sets. And the search box's hits: equal
// ranks go newest first, and two worlds built apart need not create a case and a statement in the same order
// (one CI run saw a statement and a case swap places); the hits, each snippet and the total are still compared.
const UNORDERED_KEYS = new Set(['approvals', 'shares', 'memberships', 'hits']);

function unordered(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => unordered(v));
    return key && UNORDERED_KEYS.has(key) ? items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) : items;
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unordered(v, k)]));
  return value;
}

/**
 * Ids are numbered by first appearance across the actor's answers, except in the answers exempted for it
 * (READABLE_ANYWAY): those may hold more or fewer ids by right, and must not shift the numbers of the rest.
 */
function normalised(w: TwinWorld, probes: Probe[], exempt: (key: string) => boolean = () => false): Probe[] {
  const walk = normaliser(w);
  const aside = normaliser(w);
  return probes.map((p) => ({ key: p.key, answer: unordered((exempt(p.key) ? aside : walk)(p.answer)) }));
}

interface NotificationNode {
  kind: string;
  text: string;
  link: string;
}

/** The notifications the actor read (its `notifications` probe); none where its reads did not run. */
function notificationsOf(rec: ActorRecord): { nodes: NotificationNode[]; more: boolean } {
  const answer = rec.probes.find((p) => p.key === 'notifications')?.answer as
    | { data?: { notifications?: { pageInfo: { hasNextPage: boolean }; edges: { node: NotificationNode }[] } } }
    | undefined;
  const list = answer?.data?.notifications;
  return { nodes: list?.edges.map((e) => e.node) ?? [], more: list?.pageInfo.hasNextPage ?? false };
}

// The one-time token of an invitation email's link: random in every world.
const INVITE_TOKEN = /\/invite\/[A-Za-z0-9_-]+/g;

/** The emails queued to the actor, each as subject and text, ids by the builder's label (else `<id>`), as a sorted list. */
function mailsTo(w: TwinWorld, mails: QueuedMail[], actor: Actor): string[] {
  if (actor === 'anonymous') return [];
  const to = w.users[actor].email;
  const shown = (text: string) =>
    text
      .split(w.app.deps.config.publicUrl).join('<public>')
      .replace(INVITE_TOKEN, '/invite/<token>')
      .replace(UUID, (id) => {
        const label = w.labels.get(id.toLowerCase());
        return label ? `<${label}>` : '<id>';
      });
  return mails.filter((m) => m.to === to).map((m) => shown(`${m.subject}\n${m.text}`)).sort();
}

/** The first place two answers part, as a short path and both values. */
function firstDifference(a: unknown, b: unknown, at = ''): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 300);
  return `${at || '(answer)'}: ${show(a)} ≠ ${show(b)}`;
}

function operationsOf(schema: GraphQLSchema): string[] {
  const roots = [['query', schema.getQueryType()], ['mutation', schema.getMutationType()], ['subscription', schema.getSubscriptionType()]] as const;
  return roots.flatMap(([kind, type]) => (type ? Object.keys(type.getFields()).map((name) => `${kind}:${name}`) : []));
}

interface Layer {
  name: string;
  rawPath?: string;
  route?: { path: string | RegExp; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** Every route the express app mounts, as `METHOD path`. */
function servedRoutes(w: TwinWorld): string[] {
  const app = w.app.app.server.listeners('request')[0] as unknown as { router: { stack: Layer[] } };
  const walk = (stack: Layer[]): string[] =>
    stack.flatMap((layer) => {
      if (layer.route) return Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${String(layer.route!.path)}`);
      if (layer.name === 'router' && layer.handle.stack) return walk(layer.handle.stack);
      if (layer.name === 'serveStatic') return ['static files'];
      if (layer.rawPath && layer.rawPath !== '/') return [`USE ${layer.rawPath}`];
      return []; // middleware on every path: headers, timing, the error handler
    });
  return walk(app.router.stack);
}

/**
 * Probes whose answer legitimately changes with a group of secrets, because
 * the actor may read that part of it (the contract's access table).
 */
const READABLE_ANYWAY: { actor: Actor; dimensions: Dimension[]; probe: string; why: string }[] = [
  // Also in `pd`: every world skips the reads of actors it does not compare, and their downloads are audited (with no organisation).
  { actor: 'coordinator', dimensions: ['o', 't', 'pd'], probe: 'auditLog', why: 'the COORDINATOR reads every organisation\'s audit entries' },
  { actor: 'coordinator', dimensions: ['o', 't', 'pd'], probe: 'verifyAuditChain', why: 'the COORDINATOR verifies the whole chain, every organisation\'s entries' },
];

/**
 * Whom each notification kind reaches among the actors, read in `base` at each actor's turn (twin-worlds.ts
 * makes every kind occur; the member actors are ADMIN, CASEWORKER and SIGNATORY of their organisation; no
 * one is told of their own act). Every other world must tell each actor the same (the comparisons below).
 */
const RECIPIENTS: Record<string, Actor[]> = {
  // The owner's shared case, to the ADMINs and CASEWORKERs of the four organisations it is shared with.
  CASE_SHARED: ['writeShare', 'writeSharePd', 'readShare', 'readSharePd'],
  // Each holder opens statements, to every organisation's SIGNATORYs and ADMINs.
  STATEMENT_OPEN_FOR_SIGNATURE: ['writeShare', 'writeSharePd', 'readShare', 'readSharePd', 'third', 'owner'],
  // readShare signed the holders' open statements, which they revised, and the owner's published one.
  SIGNATURE_OUTDATED: ['readShare'],
  STATEMENT_PUBLISHED: ['readShare'],
  // Joint briefings, to the other owner's ADMIN; the owner hears of the third's decision (the third reads
  // before the owner decides on its briefing); the third of the joint briefing's release.
  BRIEFING_APPROVAL_REQUESTED: ['third', 'owner'],
  BRIEFING_DECIDED: ['owner'],
  BRIEFING_RELEASED: ['third'],
  // A task of the shared case assigned to writeShare's member; the RESTRICTED cases' tasks remind their holder.
  TASK_ASSIGNED: ['writeShare'],
  TASK_DUE: ['third', 'owner'],
  TASK_OVERDUE: ['third', 'owner'],
  INVITATION: ['liaison'],
  MEMBER_TOTP_RESET: ['readSharePd'],
  // Those the builder also signed in as, from another browser.
  NEW_SIGN_IN: ['readShare', 'readSharePd', 'third', 'owner', 'coordinator'],
  REFERRAL_URGENT: ['writeShare'],
  ORGANISATION_LOCKED: ['readSharePd'],
  ORGANISATION_UNLOCKED: ['readSharePd'],
  // readSharePd's lock by its second ADMIN, to the coordinator.
  COALITION_ORGANISATION_LOCKED: ['coordinator'],
};

const SERVED_SCHEMA_FILE = path.join(__dirname, '../../server/schema.graphql');
const WORLDS: WorldName[] = ['base', ...DIMENSIONS];
const PAIRS = ACTORS.flatMap((actor) => UNREADABLE[actor].map((dimension) => ({ actor, dimension })));

(embeddedTestDatabase() ? describe.skip : describe)('non-interference', () => {
  const worlds = {} as Record<WorldName, TwinWorld>;
  const records = {} as Record<WorldName, Record<Actor, ActorRecord>>;
  const mails = {} as Record<WorldName, QueuedMail[]>;
  const databases: ScratchDatabase[] = [];

  beforeAll(async () => {
    const started = Date.now();
    const template = await migratedTemplate();
    try {
      for (const name of WORLDS) databases.push(await copyOf(template, name));
      const built = Date.now();
      await Promise.all(
        WORLDS.map(async (name, i) => {
          worlds[name] = await buildTwinWorld(name, databases[i]);
          records[name] = {} as Record<Actor, ActorRecord>;
          // One actor after another, the same order in every world: probing actions change what later actors read.
          // Where an actor's answers are not compared (the world changed what it may read), only its probing actions run.
          for (const actor of ACTORS) {
            const compared = name === 'base' || UNREADABLE[actor].includes(name);
            records[name][actor] = await probeAs(worlds[name], actor, { readsToo: compared });
          }
          // After every actor's probing actions (some notify): the same notifications in every world.
          mails[name] = await queuedMails(worlds[name]);
        }),
      );
      const probes = ACTORS.reduce((n, a) => n + records.base[a].probes.length, 0);
      const spent = new Map<string, number>();
      for (const a of ACTORS) for (const [k, ms] of records.base[a].spent) spent.set(k, (spent.get(k) ?? 0) + ms);
      const top = [...spent].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`);
      process.stdout.write(
        `\nnon-interference: ${WORLDS.length} worlds, ${probes} probes per world, ${PAIRS.length} actor/secret pairs compared; ` +
          `databases ${((built - started) / 1000).toFixed(1)} s, worlds and probes ${((Date.now() - built) / 1000).toFixed(1)} s (in base: ${top.join(', ')})\n`,
      );
    } finally {
      await template.drop();
    }
  }, 1_200_000);
  afterAll(async () => {
    await Promise.all(Object.values(worlds).map((w) => w.close()));
    // Also those of a world whose building failed.
    await Promise.all(databases.map((d) => d.drop()));
  });

  describe('covers the product', () => {
    it('lists every operation of the served schema and of server/schema.graphql, and probes every one it lists as probed', () => {
      const served = operationsOf(worlds.base.app.app.schema);
      const committed = operationsOf(buildSchema(fs.readFileSync(SERVED_SCHEMA_FILE, 'utf8')));
      expect([...new Set([...served, ...committed])].filter((op) => !OPERATION_COVERAGE[op])).toEqual([]);
      expect(Object.keys(OPERATION_COVERAGE).filter((op) => !served.includes(op))).toEqual([]);
      const sent = new Set(ACTORS.flatMap((a) => [...records.base[a].operations]));
      const unprobed = Object.entries(OPERATION_COVERAGE).filter(([op, c]) => c.probe !== 'not-a-read' && !sent.has(op)).map(([op]) => op);
      expect(unprobed).toEqual([]);
      // Every read is sent by every actor, not just by one.
      for (const actor of ACTORS) {
        const missing = Object.entries(OPERATION_COVERAGE).filter(([op, c]) => c.probe === 'read' && !records.base[actor].operations.has(op)).map(([op]) => op);
        expect({ actor, missing }).toEqual({ actor, missing: [] });
      }
    });

    it('lists every HTTP route the server mounts, and requests every one it lists', () => {
      const served = servedRoutes(worlds.base);
      expect(served.filter((r) => !ROUTE_COVERAGE[r])).toEqual([]);
      expect(Object.keys(ROUTE_COVERAGE).filter((r) => !served.includes(r))).toEqual([]);
      for (const actor of ACTORS) {
        const missing = Object.values(ROUTE_COVERAGE).flatMap((c) => c.probes).filter((p) => !records.base[actor].routes.has(p));
        expect({ actor, missing }).toEqual({ actor, missing: [] });
      }
    });

    it('has every notification kind of the served schema reach an actor, read and emailed', () => {
      const kinds = (worlds.base.app.app.schema.getType('NotificationKind') as GraphQLEnumType).getValues().map((v) => v.name).sort();
      expect(kinds.length).toBeGreaterThan(0);
      // A new kind must join the worlds (twin-worlds.ts), so that whom it reaches is compared too.
      const read = ACTORS.flatMap((a) => notificationsOf(records.base[a]).nodes.map((n) => n.kind));
      expect([...new Set(read)].sort()).toEqual(kinds);
      for (const actor of ACTORS) expect({ actor, more: notificationsOf(records.base[actor]).more }).toEqual({ actor, more: false });
      const reached = Object.fromEntries(kinds.map((kind) => [kind, ACTORS.filter((a) => notificationsOf(records.base[a]).nodes.some((n) => n.kind === kind))]));
      expect(reached).toEqual(Object.fromEntries(kinds.map((kind) => [kind, RECIPIENTS[kind] ?? []])));
      const actorAddresses = new Set(Object.values(worlds.base.users).map((u) => u.email));
      const subjects = new Set(mails.base.filter((m) => actorAddresses.has(m.to)).map((m) => m.subject));
      expect(kinds.filter((kind) => !subjects.has(renderNotificationEmail([{ kind, link: '/' }], 'en', '').subject))).toEqual([]);
      // Every signed-in actor has emails to compare across worlds.
      for (const actor of ACTORS.filter((a) => a !== 'anonymous')) expect({ actor, emailed: mailsTo(worlds.base, mails.base, actor).length > 0 }).toEqual({ actor, emailed: true });
    });

    it('tells no one a person\'s data or a secret text in a notification or an email, in any world', () => {
      const leaks: string[] = [];
      let looked = 0;
      const look = (where: string, value: unknown) => {
        looked += 1;
        // Ids, hashes and the invitation's token are random: no name hides in them, but four digits of a birth year might.
        const text = JSON.stringify(value).replace(INVITE_TOKEN, '/invite/<token>');
        for (const secret of findSecrets(text, NEVER_NOTIFIED, { ignoreCase: true })) leaks.push(`${where}: ${secret}`);
      };
      for (const name of WORLDS) {
        for (const actor of ACTORS) for (const n of notificationsOf(records[name][actor]).nodes) look(`${name}: notification of ${actor}`, n);
        // Every notification of every world, also of actors whose reads a world skipped, is emailed.
        for (const m of mails[name]) look(`${name}: email to ${m.to}`, m);
      }
      expect(leaks).toEqual([]);
      expect(looked).toBeGreaterThan(100);
    });

    it('probes the same requests in every world, and gets real answers where the actor may read', () => {
      for (const actor of ACTORS) {
        const keys = records.base[actor].probes.map((p) => p.key);
        for (const name of UNREADABLE[actor]) expect(records[name][actor].probes.map((p) => p.key)).toEqual(keys);
      }
      const answer = (actor: Actor, key: string) => records.base[actor].probes.find((p) => p.key === key)?.answer as { data?: Record<string, unknown> } | undefined;
      // A harness whose probes all fail alike would prove nothing: the readers do read.
      const count = (actor: Actor, key: string) => (answer(actor, key)?.data?.cases as { totalCount: number } | undefined)?.totalCount;
      expect(count('owner', 'cases none')).toBe(5);
      expect(count('writeShare', 'cases none')).toBe(3);
      expect(count('third', 'cases search Pulkovo')).toBe(1);
      expect(count('third', 'cases search Pulk')).toBe(1);
      // Case.history reads: the owner's and a shared reader's history of the shared case, ending with its creation.
      type History = { history: { edges: { node: { action: string } }[] } } | null;
      const history = (actor: Actor) => (answer(actor, 'case case:shared')?.data?.case as History)?.history.edges.map((e) => e.node.action);
      expect(history('owner')?.at(-1)).toBe('case.create');
      expect(history('readShare')?.at(-1)).toBe('case.create');
      expect(history('owner')?.length).toBeGreaterThan(history('readShare')?.length ?? 0);
      // The owner's person is in its COALITION, RESTRICTED and shared cases.
      expect(count('owner', 'cases personName Farhod Nazarov')).toBe(3);
      expect(count('owner', 'cases personName Назаров')).toBe(3);
      // A personal-data share finds the consenting person by name, and not the one who did not consent.
      expect(count('readSharePd', 'cases personName Dilshod Umarov')).toBe(1);
      expect(count('readSharePd', 'cases personName Farhod Nazarov')).toBe(0);
      const box = (actor: Actor, term: string) => (answer(actor, `search box ${term}`)?.data?.search as { totalCount: number } | undefined)?.totalCount;
      // Its restricted case, its draft statement and its draft briefing; the prefix and the word find the same.
      expect(box('third', 'Pulkovo')).toBe(3);
      expect(box('third', 'Pulk')).toBe(3);
      expect((answer('coordinator', 'caseStatistics none')?.data?.caseStatistics as { totalCases: number }).totalCases).toBeGreaterThan(0);
      expect(answer('writeShare', 'createBriefing: every readable case')?.data?.createBriefing).toBeTruthy();
      expect(answer('third', 'briefing: the other owner\'s joint briefing, before deciding')?.data?.briefing).toBeTruthy();
      expect(answer('liaison', `briefing briefing:ownerReleased`)?.data?.briefing).toBeTruthy();
      const files = records.base.liaison.probes.filter((p) => p.key.startsWith('GET /briefings/:id/files/:format /briefings/briefing:ownerReleased'));
      expect(files.map((p) => (p.answer as { status: number }).status)).toEqual([200, 200, 200, 200]);
      const events = records.base.readShare.probes.filter((p) => p.key.startsWith('statementSignatures') && (p.answer as { data?: unknown }).data);
      expect(events.length).toBeGreaterThanOrEqual(3);
      const owned = records.base.owner.probes.find((p) => p.key === 'GET /exports/cases.csv /exports/cases.csv')?.answer as { status: number; body: string };
      expect(owned.status).toBe(200);
      expect(owned.body).toContain('Farhod Nazarov');
    });
  });

  describe.each(PAIRS)('$actor, with the secrets of $dimension changed', ({ actor, dimension }: { actor: Actor; dimension: Dimension }) => {
    it('gets the same answers to every probe', () => {
      const exempt = (key: string) => READABLE_ANYWAY.some((x) => x.actor === actor && x.dimensions.includes(dimension) && key.startsWith(x.probe));
      const base = normalised(worlds.base, records.base[actor].probes, exempt);
      const changed = normalised(worlds[dimension], records[dimension][actor].probes, exempt);
      const differences = base
        .map((p, i) => {
          if (exempt(p.key)) return null;
          const d = firstDifference(p.answer, changed[i]?.answer);
          return d ? `${p.key} — ${d}` : null;
        })
        .filter((d): d is string => d !== null);
      expect(differences).toEqual([]);
    });

    it('gets the same emails', () => {
      expect(mailsTo(worlds[dimension], mails[dimension], actor)).toEqual(mailsTo(worlds.base, mails.base, actor));
    });
  });
});
