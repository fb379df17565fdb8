import { statementsDuring } from '../../../test/support/statement-count';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { ADD_EVENT, ADD_PERSON, CREATE_CASE, caseInput, createCase, GET_CASE, IMPORT, LIST_CASES, REMOVE_PERSON, SHARE, UNSHARE, UPDATE_CASE, type CaseShape } from '../../../test/support/case-fixtures';

interface ImportShape {
  importCases: { created: number; dryRun: boolean; errors: { row: number; message: string }[] };
}
interface ListShape {
  cases: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; reference: string } }[] };
}

const CREATE_STATEMENT = `mutation ($input: CreateStatementInput!) { createStatement(input: $input) { id } }`;

describe('cases: references, locking, validation, encryption, search, import, constant SQL', () => {
  let app: TestApp;
  let own: TestOrgWithMembers;
  let other: TestOrgWithMembers;

  const count = async (sql: string, params: unknown[] = []) =>
    ((await app.deps.dataSource.query(sql, params)) as { n: number }[])[0].n;

  beforeAll(async () => {
    app = await startTestApp();
    own = await orgWithMembers(app, { slug: `adc-${Date.now().toString(36)}` });
    other = await orgWithMembers(app);
  });
  afterAll(() => app.close());

  it('generates <PREFIX>-<YEAR>-<NNN> references that never collide under concurrency', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => createCase(own.caseworker, own.org.id)));
    const refs = results.map((c) => c.reference);
    expect(new Set(refs).size).toBe(20);
    for (const ref of refs) expect(ref).toMatch(/^ADC-2013-\d{3}$/);
    expect([...refs].sort()[0]).toBe('ADC-2013-001');
    const manual = await createCase(own.caseworker, own.org.id, { reference: 'ADC-2013-777' });
    expect(manual.reference).toBe('ADC-2013-777');
    expect(await own.caseworker.code(CREATE_CASE, { input: caseInput(own.org.id, { reference: 'ADC-2013-777' }) })).toBe('CONFLICT');
  });

  it('checks who may create a case', async () => {
    expect(await app.client().code(CREATE_CASE, { input: caseInput(own.org.id) })).toBe('UNAUTHENTICATED');
    expect(await own.viewer.code(CREATE_CASE, { input: caseInput(own.org.id) })).toBe('FORBIDDEN');
    expect(await own.signatory.code(CREATE_CASE, { input: caseInput(own.org.id) })).toBe('FORBIDDEN');
    expect(await other.admin.code(CREATE_CASE, { input: caseInput(own.org.id) })).toBe('FORBIDDEN');
  });

  it('rejects bad input naming the field, writing nothing', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM cases WHERE owner_organisation_id = $1`, [own.org.id]);
    const cases: [Record<string, unknown>, string][] = [
      [{ location: { countryCode: 'XX' } }, 'location.countryCode'],
      [{ title: 'x'.repeat(301) }, 'title'],
      [{ summary: 'x'.repeat(20_001) }, 'summary'],
      [{ figures: { detained: -1 } }, 'figures.detained'],
      [{ title: '   ' }, 'title'],
    ];
    for (const [overrides, field] of cases) {
      const result = await own.caseworker.gql(CREATE_CASE, { input: caseInput(own.org.id, overrides) });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await own.caseworker.code(CREATE_CASE, { input: caseInput(own.org.id, { incidentDate: '2013-02-30' }) })).toBe('BAD_USER_INPUT');
    const c = await createCase(own.caseworker, own.org.id);
    const bad = await own.caseworker.gql(ADD_PERSON, { caseId: c.id, input: { fullName: 'x'.repeat(201), role: 'VICTIM' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fullName' });
    const badEvent = await own.caseworker.gql(ADD_EVENT, { caseId: c.id, input: { type: 'DEPORTATION', occurredOn: '2013-02-20', title: 'x', destinationCountryCode: 'ZZ' } });
    expect(badEvent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'destinationCountryCode' });
    expect(await count(`SELECT count(*)::int AS n FROM cases WHERE owner_organisation_id = $1`, [own.org.id])).toBe(before + 1);
    expect(await count(`SELECT count(*)::int AS n FROM case_persons WHERE case_id = $1`, [c.id])).toBe(0);
  });

  it('locks optimistically: a stale version is a CONFLICT and changes nothing', async () => {
    const c = await createCase(own.caseworker, own.org.id);
    const attempts = await Promise.all(
      Array.from({ length: 5 }, (_, i) => own.caseworker.gql(UPDATE_CASE, { id: c.id, version: c.version, input: { title: `Title ${i}` } })),
    );
    expect(attempts.filter((r) => !r.errors)).toHaveLength(1);
    expect(attempts.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(4);
    const now = (await own.viewer.ok<{ case: CaseShape & { title: string } }>(GET_CASE, { id: c.id })).case;
    expect(now.version).toBe(c.version + 1);
    expect(await own.caseworker.code(UPDATE_CASE, { id: c.id, version: c.version, input: { title: 'stale' } })).toBe('CONFLICT');
    expect(await own.caseworker.code(UPDATE_CASE, { id: '00000000-0000-0000-0000-000000000000', version: 1, input: { title: 'x' } })).toBe('NOT_FOUND');
  });

  it('stores no personal data in plaintext', async () => {
    const c = await createCase(own.caseworker, own.org.id);
    await own.caseworker.ok(ADD_PERSON, {
      caseId: c.id,
      input: { fullName: 'Farhod Nazarov-Plaintext', role: 'VICTIM', birthYear: 1979, contact: 'farhod.plain@example.org' },
    });
    const dump = JSON.stringify(
      await app.deps.dataSource.query(
        `SELECT (SELECT json_agg(c) FROM cases c) AS c, (SELECT json_agg(p) FROM case_persons p) AS p,
                (SELECT json_agg(pp) FROM case_person_private pp) AS pp, (SELECT json_agg(e) FROM case_events e) AS e,
                (SELECT json_agg(a) FROM audit_entries a) AS a, (SELECT json_agg(k) FROM organisation_keys k) AS k`,
      ),
    );
    expect(dump).not.toContain('Nazarov-Plaintext');
    expect(dump).not.toContain('farhod.plain');
    // As a value of its own: the digits may occur by chance inside hashes and ciphertext of a shared database.
    expect(dump).not.toMatch(/[:,[]\\?"?1979\\?"?[,}\]]/);
    // The ciphertext is bound to its row: moved to another person it no longer opens.
    const persons = await own.viewer.ok<{ case: CaseShape }>(GET_CASE, { id: c.id });
    expect(persons.case.persons[0]).toMatchObject({ fullName: 'Farhod Nazarov-Plaintext', birthYear: 1979, contact: 'farhod.plain@example.org' });
  });

  it('audits every change, with no personal data in the entries', async () => {
    const since = await count(`SELECT coalesce(max(seq), 0)::int AS n FROM audit_entries`);
    const c = await createCase(own.caseworker, own.org.id);
    await own.caseworker.ok(UPDATE_CASE, { id: c.id, version: c.version, input: { title: 'Audited title' } });
    const person = (await own.caseworker.ok<{ addCasePerson: { id: string } }>(ADD_PERSON, {
      caseId: c.id,
      input: { fullName: 'Audit Secretname', role: 'VICTIM', birthYear: 1977, contact: 'audit.secret@example.org' },
    })).addCasePerson;
    await own.caseworker.ok(ADD_EVENT, { caseId: c.id, input: { type: 'NOTE', occurredOn: '2013-02-10', title: 'Audited event' } });
    await own.admin.ok(SHARE, { caseId: c.id, organisationId: other.org.id, access: 'READ' });
    await own.admin.ok(UNSHARE, { caseId: c.id, organisationId: other.org.id });
    await own.caseworker.ok(REMOVE_PERSON, { id: person.id });
    await own.admin.ok(IMPORT, { organisationId: own.org.id, format: 'CSV', data: 'title,countryCode\nAudited import,RU' });
    const entries = (await app.deps.dataSource.query(`SELECT action, entity_id, details FROM audit_entries WHERE seq > $1 ORDER BY seq`, [since])) as {
      action: string; entity_id: string; details: unknown;
    }[];
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['case.create', 'case.update', 'case.person.add', 'case.event.add', 'case.share', 'case.unshare', 'case.person.remove', 'case.import']),
    );
    expect(JSON.stringify(entries)).not.toMatch(/Secretname|audit\.secret|1977/);
  });

  it('names persons Person A ... Z, AA', async () => {
    const c = await createCase(own.caseworker, own.org.id);
    let last = '';
    for (let i = 0; i < 27; i++) {
      last = (await own.caseworker.ok<{ addCasePerson: { pseudonym: string } }>(ADD_PERSON, { caseId: c.id, input: { fullName: `P ${i}`, role: 'WITNESS' } }))
        .addCasePerson.pseudonym;
    }
    expect(last).toBe('Person AA');
  });

  it('searches full text in any script, including event text, and filters', async () => {
    const c = await createCase(own.caseworker, own.org.id, { title: 'Рейд в Горелово', summary: 'Задержаны 16 взрослых', location: { countryCode: 'RU', city: 'Горелово' } });
    await own.caseworker.ok(ADD_EVENT, {
      caseId: c.id,
      input: { type: 'DEPORTATION', occurredOn: '2013-03-01', title: 'Депортация', description: 'Отправлены в Душанбе ბავშვები', destinationCountryCode: 'TJ' },
    });
    const search = async (q: string, extra: Record<string, unknown> = {}) =>
      (await own.viewer.ok<ListShape>(LIST_CASES, { filter: { search: q, ...extra } })).cases.edges.map((e) => e.node.id);
    expect(await search('Горелово')).toEqual([c.id]);
    expect(await search('душанбе')).toEqual([c.id]);
    expect(await search('ბავშვები')).toEqual([c.id]);
    expect(await search(c.reference)).toEqual([c.id]);
    expect(await search('Горелово', { crossBorder: true, countryCode: 'tj' })).toEqual([c.id]);
    expect(await search('Горелово', { crossBorder: false })).toEqual([]);
    expect(await search('Горелово', { occurredFrom: '2013-02-09' })).toEqual([]);
    const idx = await count(`SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = 'ix_cases_search' AND indexdef ILIKE '%gin%'`);
    expect(idx).toBe(1);
  });

  it('pages a search with cursors, counts it and combines it with filters exactly as the filters alone would', async () => {
    const org = await orgWithMembers(app);
    const partner = await orgWithMembers(app);
    const word = `zx${Date.now().toString(36)}`;
    // Seven matches of three kinds (private, shared with the partner, coalition-wide), in two countries, and one
    // case without the word; created one after another so their order is the order of creation, reversed.
    const made: CaseShape[] = [];
    for (let i = 0; i < 7; i++) {
      const visibility = ['RESTRICTED', 'SHARED', 'COALITION'][i % 3];
      made.push(await createCase(org.caseworker, org.org.id, { title: `Raid ${word} ${i}`, visibility, location: { countryCode: i % 2 ? 'TJ' : 'RU' } }));
    }
    await createCase(org.caseworker, org.org.id, { title: 'Raid without the word', visibility: 'COALITION' });
    for (const c of made.filter((c) => c.visibility === 'SHARED')) await org.caseworker.ok(SHARE, { caseId: c.id, organisationId: partner.org.id, access: 'READ' });

    const walk = async (client: typeof org.viewer, filter: Record<string, unknown>, first: number) => {
      const ids: string[] = [];
      const totals = new Set<number>();
      let after: string | null = null;
      for (;;) {
        const page: ListShape = await client.ok<ListShape>(LIST_CASES, { first, after, filter });
        totals.add(page.cases.totalCount);
        ids.push(...page.cases.edges.map((e) => e.node.id));
        if (!page.cases.pageInfo.hasNextPage) break;
        after = page.cases.pageInfo.endCursor;
      }
      expect(totals.size).toBe(1); // the cursor never changes the total
      return { ids, total: [...totals][0] };
    };
    const newestFirst = (cases: CaseShape[]) => cases.map((c) => c.id).reverse();
    const readableBy = {
      own: made,
      partner: made.filter((c) => c.visibility !== 'RESTRICTED'),
    };
    for (const [client, readable] of [[org.viewer, readableBy.own], [partner.viewer, readableBy.partner]] as const) {
      // Explicit nulls are 'not filtered' too (the jsonb the search function reads must not carry them).
      for (const filter of [{}, { countryCode: 'TJ' }, { crossBorder: false }, { ownerOrganisationId: org.org.id }, { countryCode: 'RU', status: null, categories: null }]) {
        // The same cases, in the same order, as the filter alone with the word's matches picked out by hand.
        const alone = (await walk(client, { ownerOrganisationId: org.org.id, ...filter }, 100)).ids;
        const expected = alone.filter((id) => readable.some((c) => c.id === id));
        expect(expected.length).toBeGreaterThan(0);
        for (const first of [1, 2, 3, 100]) {
          const { ids, total } = await walk(client, { search: word, ...filter }, first);
          expect(ids).toEqual(expected);
          expect(total).toBe(expected.length);
        }
      }
      expect(newestFirst(readable)).toEqual((await walk(client, { search: word }, 100)).ids);
      // Empty pages still carry the total: first 0, and a search or filter that matches nothing.
      const none: ListShape = await client.ok<ListShape>(LIST_CASES, { first: 0, filter: { search: word } });
      expect(none.cases).toMatchObject({ totalCount: readable.length, edges: [], pageInfo: { hasNextPage: true } });
      for (const filter of [{ search: `${word}none` }, { search: word, countryCode: 'FR' }]) {
        const empty: ListShape = await client.ok<ListShape>(LIST_CASES, { first: 5, filter });
        expect(empty.cases).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
      }
    }
    // A third organisation finds only the coalition-wide matches; without an organisation, nothing.
    const third = await orgWithMembers(app);
    expect((await walk(third.viewer, { search: word }, 2)).ids).toEqual(newestFirst(made.filter((c) => c.visibility === 'COALITION')));
    expect(await app.client().code(LIST_CASES, { filter: { search: word } })).toBe('UNAUTHENTICATED');
  });

  it('paginates with cursors and a total count', async () => {
    const org = await orgWithMembers(app);
    for (let i = 0; i < 5; i++) await createCase(org.caseworker, org.org.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      // Other tests' COALITION cases are readable too: count this organisation's own.
      const page: ListShape = await org.viewer.ok<ListShape>(LIST_CASES, { first: 2, after, filter: { ownerOrganisationId: org.org.id } });
      expect(page.cases.totalCount).toBe(5);
      seen.push(...page.cases.edges.map((e) => e.node.id));
      if (!page.cases.pageInfo.hasNextPage) break;
      after = page.cases.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(5);
    expect(await org.viewer.code(LIST_CASES, { after: 'garbage' })).toBe('BAD_USER_INPUT');
  });

  describe('ordered by a column on the server', () => {
    const SORTED = `query ($filter: CaseFilter, $first: Int, $after: String, $orderBy: CaseOrder) {
      cases(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id reference status incidentDate ownerOrganisation { name } } } } }`;
    interface SortedNode { id: string; reference: string; status: string; incidentDate: string | null; ownerOrganisation: { name: string } }
    interface SortedShape { cases: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: SortedNode }[] } }
    const word = `ordering${Date.now().toString(36)}`;
    let a: TestOrgWithMembers;
    let b: TestOrgWithMembers;

    /** Every page, two at a time: each page agrees on the total, and no case comes twice. */
    async function walk(client: TestOrgWithMembers['viewer'], { expectTotal, ...variables }: Record<string, unknown>): Promise<SortedNode[]> {
      const nodes: SortedNode[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 30; guard++) {
        const page: SortedShape = await client.ok<SortedShape>(SORTED, { ...variables, first: 2, after });
        nodes.push(...page.cases.edges.map((e) => e.node));
        expect(page.cases.totalCount).toBe(expectTotal ?? page.cases.totalCount);
        if (!page.cases.pageInfo.hasNextPage) break;
        after = page.cases.pageInfo.endCursor;
      }
      expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
      return nodes;
    }
    const STATUS_RANK: Record<string, number> = { OPEN: 1, MONITORING: 2, RESOLVED: 3, CLOSED: 4 };
    const byKey = <T,>(key: (n: SortedNode) => T, direction: 'ASC' | 'DESC') => (x: SortedNode, y: SortedNode) => {
      const [kx, ky] = [key(x), key(y)];
      const order = kx < ky ? -1 : kx > ky ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
      return direction === 'ASC' ? order : -order;
    };

    beforeAll(async () => {
      a = await orgWithMembers(app, { name: `AAA ordering ${word}` });
      b = await orgWithMembers(app, { name: `ZZZ ordering ${word}` });
      // Ties in every column: two statuses twice, a date three times, two unknown dates.
      const rows = [
        ['ORD-005', 'OPEN', '2013-02-08'], ['ORD-001', 'CLOSED', '2013-02-08'], ['ORD-003', 'OPEN', ''], ['ORD-002', 'MONITORING', '2013-02-01'],
        ['ORD-004', 'MONITORING', '2013-02-08'], ['ORD-006', 'RESOLVED', ''], ['ORD-007', 'OPEN', '2014-01-01'],
      ];
      const csv = `reference,title,summary,status,visibility,incidentDate,countryCode\n${rows.map(([ref, status, date]) => `${ref},Case ${word} ${ref},Summary,${status},RESTRICTED,${date},RU`).join('\n')}`;
      expect((await a.admin.ok<ImportShape>(IMPORT, { organisationId: a.org.id, format: 'CSV', data: csv })).importCases.created).toBe(7);
      const shared = `reference,title,summary,status,visibility,incidentDate,countryCode\n${['ZOR-1', 'ZOR-2', 'ZOR-3'].map((ref) => `${ref},Case ${word} ${ref},Summary,OPEN,COALITION,,TJ`).join('\n')}`;
      expect((await b.admin.ok<ImportShape>(IMPORT, { organisationId: b.org.id, format: 'CSV', data: shared })).importCases.created).toBe(3);
    });

    it('orders every page by the column, ties broken by id, the same for any page size', async () => {
      const filter = { ownerOrganisationId: a.org.id };
      const all = await walk(a.viewer, { filter, expectTotal: 7 });
      expect(all).toHaveLength(7);
      const keys: Record<string, (n: SortedNode) => string | number> = {
        REFERENCE: (n) => n.reference,
        STATUS: (n) => STATUS_RANK[n.status],
        OWNER: (n) => n.ownerOrganisation.name,
      };
      for (const direction of ['ASC', 'DESC'] as const) {
        for (const [field, key] of Object.entries(keys)) {
          const nodes = await walk(a.viewer, { filter, orderBy: { field, direction }, expectTotal: 7 });
          expect({ field, direction, ids: nodes.map((n) => n.id) }).toEqual({ field, direction, ids: [...all].sort(byKey(key, direction)).map((n) => n.id) });
        }
        // Unknown dates come last either way.
        const dated = await walk(a.viewer, { filter, orderBy: { field: 'INCIDENT_DATE', direction }, expectTotal: 7 });
        const known = all.filter((n) => n.incidentDate !== null).sort(byKey((n) => n.incidentDate ?? '', direction));
        const unknown = all.filter((n) => n.incidentDate === null).sort(byKey(() => 0, direction));
        expect(dated.map((n) => n.id)).toEqual([...known, ...unknown].map((n) => n.id));
      }
      const ascending = await walk(a.viewer, { filter, orderBy: { field: 'REFERENCE' } });
      expect(ascending.map((n) => n.reference)).toEqual(['ORD-001', 'ORD-002', 'ORD-003', 'ORD-004', 'ORD-005', 'ORD-006', 'ORD-007']);
      const oldest = await walk(a.viewer, { filter, orderBy: { field: 'CREATED_AT', direction: 'ASC' } });
      expect(oldest.map((n) => n.id)).toEqual([...all].reverse().map((n) => n.id));
      // CREATED_AT, DESC is the default order, with the default's cursors.
      expect((await walk(a.viewer, { filter, orderBy: { field: 'CREATED_AT', direction: 'DESC' } })).map((n) => n.id)).toEqual(all.map((n) => n.id));
    });

    it('orders a search and a filter across organisations by their owner', async () => {
      const nodes = await walk(a.viewer, { filter: { search: word }, orderBy: { field: 'OWNER', direction: 'DESC' }, expectTotal: 10 });
      expect(nodes.map((n) => n.ownerOrganisation.name)).toEqual([...Array(3).fill(b.org.name), ...Array(7).fill(a.org.name)]);
      const open = await walk(a.viewer, { filter: { search: word, status: ['OPEN'] }, orderBy: { field: 'REFERENCE', direction: 'DESC' }, expectTotal: 6 });
      expect(open.map((n) => n.reference)).toEqual(['ZOR-3', 'ZOR-2', 'ZOR-1', 'ORD-007', 'ORD-005', 'ORD-003']);
    });

    it('refuses a cursor given for another order, or made by hand, with BAD_USER_INPUT', async () => {
      const filter = { ownerOrganisationId: a.org.id };
      const first = await a.viewer.ok<SortedShape>(SORTED, { filter, first: 2, orderBy: { field: 'REFERENCE', direction: 'ASC' } });
      const sortedCursor = first.cases.pageInfo.endCursor;
      const plain = (await a.viewer.ok<SortedShape>(SORTED, { filter, first: 2 })).cases.pageInfo.endCursor;
      const id = first.cases.edges[0].node.id;
      const made = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
      const refused = [
        { orderBy: { field: 'REFERENCE', direction: 'DESC' }, after: sortedCursor },
        { orderBy: { field: 'STATUS', direction: 'ASC' }, after: sortedCursor },
        { orderBy: null, after: sortedCursor },
        { orderBy: { field: 'REFERENCE', direction: 'ASC' }, after: plain },
      ];
      for (const variables of refused) {
        const answer = await a.viewer.gql(SORTED, { filter, first: 2, ...variables });
        expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(answer.errors?.[0]?.message).toMatch(/another order/);
      }
      for (const [field, value] of [['STATUS', 'x'], ['STATUS', '9'], ['INCIDENT_DATE', '2013-02-30'], ['CREATED_AT', 'yesterday'], ['REFERENCE', 7]] as const) {
        const answer = await a.viewer.gql(SORTED, { filter, first: 2, orderBy: { field, direction: 'ASC' }, after: made([field, 'ASC', value, id]) });
        expect({ field, value, code: answer.errors?.[0]?.extensions?.code }).toEqual({ field, value, code: 'BAD_USER_INPUT' });
      }
      expect(await a.viewer.code(SORTED, { orderBy: { field: 'REFERENCE', direction: 'ASC' }, after: made(['REFERENCE', 'ASC', 'ORD', 'not-a-uuid']) })).toBe('BAD_USER_INPUT');
      expect(await a.viewer.code(SORTED, { orderBy: { field: 'TITLE' } })).toBe('BAD_USER_INPUT');
      // The cursor's own page goes on as asked.
      const next = await a.viewer.ok<SortedShape>(SORTED, { filter, first: 2, orderBy: { field: 'REFERENCE', direction: 'ASC' }, after: sortedCursor });
      expect(next.cases.edges.map((e) => e.node.reference)).toEqual(['ORD-003', 'ORD-004']);
    });

    it('shows another organisation nothing new, in any order', async () => {
      expect(await app.client().code(SORTED, { orderBy: { field: 'REFERENCE' } })).toBe('UNAUTHENTICATED');
      for (const field of ['REFERENCE', 'STATUS', 'INCIDENT_DATE', 'OWNER', 'CREATED_AT']) {
        for (const direction of ['ASC', 'DESC']) {
          const mine = await walk(other.viewer, { filter: { ownerOrganisationId: a.org.id }, orderBy: { field, direction } });
          expect(mine).toEqual([]);
          // Through a search too: only B's COALITION cases.
          const found = await walk(other.viewer, { filter: { search: word }, orderBy: { field, direction } });
          expect(found.map((n) => n.reference).sort()).toEqual(['ZOR-1', 'ZOR-2', 'ZOR-3']);
        }
      }
    });
  });

  it('sends the same number of SQL statements for 10 and 100 cases', async () => {
    const org = await orgWithMembers(app);
    const partner = await orgWithMembers(app);
    const rows = Array.from({ length: 100 }, (_, i) => `Case ${i},Summary,RU,2013-02-0${(i % 9) + 1}`).join('\n');
    await org.admin.ok(IMPORT, { organisationId: org.org.id, format: 'CSV', data: `title,summary,countryCode,incidentDate\n${rows}` });
    const list = (await org.viewer.ok<ListShape>(LIST_CASES, { first: 100 })).cases.edges;
    for (const { node } of list.slice(0, 12)) {
      await org.caseworker.ok(ADD_PERSON, { caseId: node.id, input: { fullName: 'Name', role: 'VICTIM' } });
      await org.caseworker.ok(ADD_EVENT, { caseId: node.id, input: { type: 'NOTE', occurredOn: '2013-02-10', title: 'Note' } });
      await org.caseworker.ok(SHARE, { caseId: node.id, organisationId: partner.org.id, access: 'READ' });
    }
    // Cited by a statement, so that `statements` has rows to load.
    await org.caseworker.ok(CREATE_STATEMENT, {
      input: { initiatorOrganisationId: org.org.id, addressees: ['Prosecutor General'], primaryLanguage: 'EN', caseIds: list.slice(0, 12).map((e) => e.node.id),
        translations: [{ language: 'EN', title: `On ${org.org.name}`, body: 'Text.' }] },
    });
    const query = `query ($first: Int) { cases(first: $first) { totalCount edges { node { id ownerOrganisation { id name }
      persons { pseudonym fullName } events { title recordedBy { id name } } shares { organisation { id name } } statements { id title } myAccess { canEdit canSeePersonalData } } } } }`;
    const statements = async (first: number) => (await statementsDuring(() => org.viewer.ok(query, { first }))).statements;
    const ten = await statements(10);
    const hundred = await statements(100);
    expect(hundred).toBe(ten);
    // BEGIN with the identity, the page with its persons, events and shares, the citing statements, their texts, COMMIT.
    expect(hundred).toBeLessThanOrEqual(5);
    // The nested page the benchmark measures (no statements): BEGIN with the identity, one statement, COMMIT.
    const nested = `query ($first: Int) { cases(first: $first) { totalCount edges { node { id ownerOrganisation { id name }
      persons { pseudonym fullName } events { title recordedBy { id name } } shares { organisation { id name } } myAccess { canEdit } } } } }`;
    const nestedCount = async (first: number) => (await statementsDuring(() => org.viewer.ok(nested, { first }))).statements;
    expect([await nestedCount(10), await nestedCount(100)]).toEqual([3, 3]);
    // Ordered by another column, still one statement for the page, whatever its size.
    const sortedNested = nested.replace('($first: Int) { cases(first: $first)', '($first: Int) { cases(first: $first, orderBy: { field: INCIDENT_DATE, direction: DESC })');
    expect(sortedNested).not.toBe(nested);
    const sortedCount = async (first: number) => (await statementsDuring(() => org.viewer.ok(sortedNested, { first }))).statements;
    expect([await sortedCount(10), await sortedCount(100)]).toEqual([3, 3]);
  });

  describe('import', () => {
    const run = (data: string, format = 'CSV', dryRun = false, client = own.caseworker) =>
      client.gql<ImportShape>(IMPORT, { organisationId: own.org.id, format, data, dryRun });

    it('imports CSV with BOM, CRLF, quotes and Cyrillic', async () => {
      const csv =
        '\uFEFFreference,title,summary,status,categories,visibility,incidentDate,city,region,countryCode,detained,deported,injured,childrenAffected\r\n' +
        'IMP-1,"Рейд, Апраксин двор","He said ""stop""\r\nand left",OPEN,RAID;DEPORTATION,COALITION,2013-02-08,Санкт-Петербург,,ru,5,2,0,1\r\n' +
        ',Гореловo,,monitoring,,,,,,RU,,,,\r\n';
      const result = await run(csv);
      expect(result.data?.importCases).toEqual({ created: 2, dryRun: false, errors: [] });
      const [row] = (await app.deps.dataSource.query(`SELECT title, summary, categories, visibility, country_code FROM cases WHERE reference = 'IMP-1'`)) as {
        title: string; summary: string; categories: string[]; visibility: string; country_code: string;
      }[];
      expect(row).toMatchObject({ title: 'Рейд, Апраксин двор', summary: 'He said "stop"\r\nand left', categories: ['RAID', 'DEPORTATION'], visibility: 'COALITION', country_code: 'RU' });
    });

    it('is all or nothing and reports every bad row', async () => {
      const before = await count(`SELECT count(*)::int AS n FROM cases WHERE owner_organisation_id = $1`, [own.org.id]);
      const csv = 'title,summary,countryCode,detained,incidentDate\nGood,s,RU,1,2013-01-01\n,s,RU,1,\nBad country,s,XX,1,\nNegative,s,RU,-3,\nGood again,s,TJ,,2013-02-30\n';
      const result = (await run(csv)).data!.importCases;
      expect(result.created).toBe(0);
      expect(result.errors.map((e) => e.row)).toEqual([2, 3, 4, 5]);
      expect(result.errors[1].message).toContain('countryCode');
      expect(await count(`SELECT count(*)::int AS n FROM cases WHERE owner_organisation_id = $1`, [own.org.id])).toBe(before);
      const json = (await run(JSON.stringify([{ title: 'ok', countryCode: 'RU' }, { title: 'x', countryCode: 'RU', colour: 'red' }]), 'JSON')).data!.importCases;
      expect(json.errors).toEqual([{ row: 2, message: expect.stringContaining('colour') }]);
      expect(await run('title,colour\nx,y\n').then((r) => r.errors?.[0].extensions?.code)).toBe('BAD_USER_INPUT');
    });

    it('dry-runs, refuses an empty file and 10,001 rows, and imports 10,000 rows in one call', async () => {
      const dry = (await run('title,countryCode\nA,RU\n', 'CSV', true)).data!.importCases;
      expect(dry).toEqual({ created: 0, dryRun: true, errors: [] });
      expect((await run('')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await run('[]', 'JSON')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const body = (n: number) => `title,countryCode,incidentDate\n${Array.from({ length: n }, (_, i) => `Row ${i},TJ,2012-05-01`).join('\n')}`;
      expect((await run(body(10_001))).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      // Rows go in by batches of a thousand, one statement each: 10,000 rows take a few statements more than one
      // row (nine batches, and the reference reservation's retries past numbers taken earlier), not thousands.
      const statementsOf = async (csv: string) => {
        const { result, statements } = await statementsDuring(() => run(csv));
        return { created: result.data!.importCases.created, statements };
      };
      const one = await statementsOf('title,countryCode,incidentDate\nOne row,TJ,2011-05-01');
      expect(one.created).toBe(1);
      const big = await statementsOf(body(10_000));
      expect(big.created).toBe(10_000);
      expect(big.statements).toBeLessThanOrEqual(one.statements + 20);
      expect(await count(`SELECT count(DISTINCT reference)::int AS n FROM cases WHERE owner_organisation_id = $1 AND reference LIKE 'ADC-2012-%'`, [own.org.id])).toBe(10_000);
    });

    it('checks who may import', async () => {
      expect((await run('title,countryCode\nA,RU\n', 'CSV', false, own.viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await run('title,countryCode\nA,RU\n', 'CSV', false, other.admin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await run('title,countryCode\nA,RU\n', 'CSV', false, app.client())).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
