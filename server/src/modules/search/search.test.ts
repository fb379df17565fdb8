import { CoalitionRole } from '@coalition/shared';
import { coalitionUser, orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { ADD_EVENT, ADD_PERSON, createCase, LIST_CASES, SHARE } from '../../../test/support/case-fixtures';
import { createStatement } from '../../../test/support/statement-fixtures';
import { CREATE_BRIEFING } from '../../../test/support/briefing-fixtures';
import type { TestClient } from '../../../test/support/test-client';
import { indexPersonNames } from '../cases/person-name.backfill';

const SEARCH = `query ($query: String!, $first: Int) { search(query: $query, first: $first) { totalCount
  hits { snippet node { __typename ... on Case { id title } ... on Statement { id title } ... on Briefing { id title } } } } }`;
const STATS = `query ($filter: CaseFilter) { caseStatistics(filter: $filter) { totalCases } }`;

interface SearchAnswer {
  search: { totalCount: number; hits: { snippet: string | null; node: { __typename: string; id: string; title: string } }[] };
}

describe('search: word forms, prefixes, one box, and names by blind index', () => {
  let app: TestApp;
  let a: TestOrgWithMembers;
  let b: TestOrgWithMembers;
  const tag = `zq${Date.now().toString(36)}`;

  /** The ids of a's cases that `cases` finds for the query (a's own cases only: other test files' cases are elsewhere). */
  const found = async (client: TestClient, filter: Record<string, unknown>, owner = a.org.id) =>
    (await client.ok<{ cases: { edges: { node: { id: string } }[] } }>(LIST_CASES, { filter: { ownerOrganisationId: owner, ...filter }, first: 50 })).cases.edges.map((e) => e.node.id).sort();

  beforeAll(async () => {
    app = await startTestApp();
    [a, b] = [await orgWithMembers(app), await orgWithMembers(app)];
  });
  afterAll(() => app.close());

  describe('word forms and prefixes in every language', () => {
    const texts: Record<string, { title: string; summary: string }> = {
      ru: { title: 'Задержание мигрантов на рынке', summary: 'Полиция задержала работников у входа.' },
      en: { title: 'Raid at the mosque', summary: 'Worshippers were detained after Friday prayers.' },
      tg: { title: 'Боздошти муҳоҷирон дар бозор', summary: 'Милиса коргаронро дар назди масҷид боздошт кард.' },
      ka: { title: 'მიგრანტების დაკავება ბაზარში', summary: 'პოლიციამ მუშები დააკავა.' },
      fr: { title: 'Expulsion de travailleurs migrants', summary: 'La police a interpellé des ouvriers sur le marché.' },
    };
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      for (const [lang, t] of Object.entries(texts)) ids[lang] = (await createCase(a.admin, a.org.id, t)).id;
    });

    it.each([
      ['ru', 'мигрант', 'a word finds its inflected form (мигрантов)'],
      ['ru', 'рынок', 'the nominative finds the locative with its fleeting vowel (рынке)'],
      ['ru', 'задержания', 'another case of the same noun'],
      ['en', 'mosq', 'a prefix of three letters or more'],
      ['en', 'worshipper', 'an English stem'],
      ['en', 'MOSQUES', 'an English plural and any case'],
      ['tg', 'муҳоҷир', 'a Tajik word by its prefix (муҳоҷирон)'],
      ['tg', 'бозор', 'a Tajik word as written'],
      ['ka', 'მიგრანტ', 'a Georgian word by its prefix (მიგრანტების)'],
      ['ka', 'ბაზარში', 'a Georgian word as written'],
      ['fr', 'travailleur', 'a French word by its prefix (travailleurs)'],
      ['fr', 'expulsion', 'a French word as written'],
    ])('%s: "%s" finds it (%s)', async (lang, query) => {
      expect(await found(a.viewer, { search: query })).toEqual([ids[lang]]);
    });

    it('does not prefix-match words under three letters, nor match a word that is not there', async () => {
      expect(await found(a.viewer, { search: 'mo' })).toEqual([]);
      expect(await found(a.viewer, { search: 'mosqx' })).toEqual([]);
      expect(await found(a.viewer, { search: 'мигрант mosque' })).toEqual([]);
      expect(await found(a.viewer, { search: '!!! ...' })).toEqual([]);
    });
  });

  describe('the search box', () => {
    it('ranks a title match above a summary match above an event match, with snippets that mark the words', async () => {
      const word = `${tag}rank`;
      const inEvent = await createCase(a.admin, a.org.id, { title: 'Event only', summary: 'Nothing here.' });
      await a.admin.ok(ADD_EVENT, { caseId: inEvent.id, input: { type: 'NOTE', occurredOn: '2013-03-05', title: `Letter about ${word}` } });
      const inSummary = await createCase(a.admin, a.org.id, { title: 'Summary only', summary: `The ${word} was reported.` });
      const inTitle = await createCase(a.admin, a.org.id, { title: `Title ${word}`, summary: 'Nothing here.' });
      const { search } = await a.viewer.ok<SearchAnswer>(SEARCH, { query: word.slice(0, -2) });
      expect(search.totalCount).toBe(3);
      expect(search.hits.map((h) => h.node.id)).toEqual([inTitle.id, inSummary.id, inEvent.id]);
      for (const hit of search.hits) expect(hit.snippet).toContain(`[[${word}]]`);
    });

    it('finds cases, statements and briefings the viewer may read, and nothing of what it may not', async () => {
      const word = `${tag}box`;
      const restricted = await createCase(a.admin, a.org.id, { title: `Restricted ${word}`, summary: 'Secret raid.', visibility: 'RESTRICTED' });
      const coalition = await createCase(a.admin, a.org.id, { title: 'Coalition case', summary: `Open ${word} summary.`, visibility: 'COALITION' });
      const draft = await createStatement(a.admin, a, {
        translations: [
          { language: 'EN', title: `Draft appeal ${word}`, body: 'Body.' },
          { language: 'RU', title: 'Проект обращения', body: `Текст ${word}.` },
        ],
      });
      const briefing = (await a.caseworker.ok<{ createBriefing: { id: string } }>(CREATE_BRIEFING, {
        input: { organisationId: a.org.id, title: `Briefing ${word}`, audience: 'OSCE', caseIds: [coalition.id] },
      })).createBriefing;

      // The draft is found by its Russian translation's body: each translation keeps the vector search_document
      // makes of its text (its trigger writes it), which the box matches and ranks.
      const [{ stale }] = (await app.deps.dataSource.query(
        `SELECT count(*)::int AS stale FROM statement_translations WHERE search IS DISTINCT FROM search_document(title, 'A') || search_document(body, 'B')`,
      )) as { stale: number }[];
      expect(stale).toBe(0);
      const mine = (await a.viewer.ok<SearchAnswer>(SEARCH, { query: word })).search;
      expect(mine.totalCount).toBe(4);
      expect(mine.hits.map((h) => `${h.node.__typename}:${h.node.id}`).sort()).toEqual(
        [`Case:${restricted.id}`, `Case:${coalition.id}`, `Statement:${draft.id}`, `Briefing:${briefing.id}`].sort(),
      );

      // Another organisation's member reads the COALITION case only: not the RESTRICTED case, the draft, the briefing.
      const theirs = (await b.viewer.ok<SearchAnswer>(SEARCH, { query: word })).search;
      expect(theirs.totalCount).toBe(1);
      expect(theirs.hits.map((h) => h.node.id)).toEqual([coalition.id]);
      expect(JSON.stringify(theirs)).not.toMatch(/Restricted|Secret|Draft appeal|Briefing/);
      const liaison = (await coalitionUser(app, CoalitionRole.LIAISON)).client;
      expect((await liaison.ok<SearchAnswer>(SEARCH, { query: word })).search).toEqual({ totalCount: 0, hits: [] });
      // A coordinator without memberships reads cases only as statistics: its search finds none.
      const coordinator = (await coalitionUser(app, CoalitionRole.COORDINATOR)).client;
      expect((await coordinator.ok<SearchAnswer>(SEARCH, { query: word })).search).toEqual({ totalCount: 0, hits: [] });
    });

    it('refuses the signed-out and bad input, and answers nothing for a query without words', async () => {
      expect(await app.client().code(SEARCH, { query: 'raid' })).toBe('UNAUTHENTICATED');
      expect(await a.viewer.code(SEARCH, { query: 'x'.repeat(501) })).toBe('BAD_USER_INPUT');
      expect((await a.viewer.ok<SearchAnswer>(SEARCH, { query: '  ?! ' })).search).toEqual({ totalCount: 0, hits: [] });
    });
  });

  describe('CaseFilter.personName by a keyed blind index', () => {
    let named: string;
    let personId: string;
    beforeAll(async () => {
      const c = await createCase(a.admin, a.org.id, { title: 'Detention at the market', summary: 'A worker was detained.', visibility: 'COALITION' });
      named = c.id;
      personId = (await a.admin.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, {
        caseId: c.id,
        input: { fullName: 'Farhod Nazarov', role: 'VICTIM', birthYear: 1984, consentToShare: false },
      })).addCasePerson.id;
      // The same case shared with b, personal data included, but the person did not consent.
      await a.admin.ok(SHARE, { caseId: c.id, organisationId: b.org.id, access: 'READ', personalData: true });
    });

    it.each(['Nazarov', 'Farhod Nazarov', 'Назаров', 'Фарход Назаров', 'NAZAROV  farhod', 'Nazarov, Farhod'])('finds "%s" in either script', async (name) => {
      expect(await found(a.viewer, { personName: name })).toEqual([named]);
    });

    it('does not match another name, a part of a word, or a name plus a word it lacks', async () => {
      for (const name of ['Nazar', 'Nazarova', 'Farhod Rahimov', '!!']) expect({ name, ids: await found(a.viewer, { personName: name }) }).toEqual({ name, ids: [] });
    });

    it('combines with a text search, the rest of the filter and the counts', async () => {
      expect(await found(a.viewer, { personName: 'Nazarov', search: 'market' })).toEqual([named]);
      expect(await found(a.viewer, { personName: 'Nazarov', search: 'mosque' })).toEqual([]);
      expect(await found(a.viewer, { personName: 'Nazarov', status: ['CLOSED'] })).toEqual([]);
      expect((await a.viewer.ok<{ caseStatistics: { totalCases: number } }>(STATS, { filter: { personName: 'Nazarov', ownerOrganisationId: a.org.id } })).caseStatistics.totalCases).toBe(1);
    });

    it("gives another organisation's member no match, even where it reads the case, and counts none for it or the coordinator", async () => {
      expect(await found(b.viewer, { search: 'market' })).toEqual([named]);
      expect(await found(b.viewer, { personName: 'Nazarov' })).toEqual([]);
      expect(await found(b.viewer, { personName: 'Nazarov', search: 'market' })).toEqual([]);
      expect((await b.viewer.ok<{ caseStatistics: { totalCases: number } }>(STATS, { filter: { personName: 'Nazarov', ownerOrganisationId: a.org.id } })).caseStatistics.totalCases).toBe(0);
      const coordinator = (await coalitionUser(app, CoalitionRole.COORDINATOR)).client;
      expect((await coordinator.ok<{ caseStatistics: { totalCases: number } }>(STATS, { filter: { personName: 'Nazarov', ownerOrganisationId: a.org.id } })).caseStatistics.totalCases).toBe(0);
    });

    it('holds no plaintext: the tokens are keyed per organisation and spell no part of the name', async () => {
      const other = await createCase(b.admin, b.org.id, { title: 'Same name elsewhere' });
      const otherId = (await b.admin.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, { caseId: other.id, input: { fullName: 'Farhod Nazarov', role: 'VICTIM' } })).addCasePerson.id;
      const rows = (await app.deps.dataSource.query(`SELECT person_id::text AS id, to_jsonb(pp)::text AS row, name_tokens AS tokens FROM case_person_private pp WHERE person_id = ANY($1::uuid[])`, [
        [personId, otherId],
      ])) as { id: string; row: string; tokens: string[] }[];
      const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
      expect(byId[personId].tokens).toHaveLength(2);
      for (const r of rows) {
        expect(r.tokens.every((t) => /^[0-9a-f]{32}$/.test(t))).toBe(true);
        expect(r.row.toLowerCase()).not.toMatch(/farhod|nazarov|фарход|назаров|farkhod|nazar/);
      }
      // Another organisation's key: the same name shares no token.
      expect(byId[otherId].tokens.filter((t) => byId[personId].tokens.includes(t))).toEqual([]);
      // And b's member finds b's own person by name, not a's.
      expect(await found(b.viewer, { personName: 'Nazarov' }, b.org.id)).toEqual([other.id]);
    });

    it('indexes at boot the persons recorded before the index existed', async () => {
      // Unindexed, as before the index existed. Not searched for while so: the database is shared with other test
      // files, whose servers index it at their boot at any moment (for the same reason the count is not asserted).
      await app.deps.dataSource.query(`UPDATE case_person_private SET name_tokens = NULL WHERE person_id = $1`, [personId]);
      await indexPersonNames(app.deps);
      const [{ tokens }] = (await app.deps.dataSource.query(`SELECT name_tokens AS tokens FROM case_person_private WHERE person_id = $1`, [personId])) as { tokens: string[] | null }[];
      expect(tokens).toHaveLength(2);
      expect(await found(a.viewer, { personName: 'Назаров' })).toEqual([named]);
    });
  });
});
