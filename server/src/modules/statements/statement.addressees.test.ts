import { statementContentHash } from '@coalition/shared';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { orgWithMembers, type TestOrgWithMembers } from '../../../test/support/factories';
import { pdfText } from '../../../test/support/pdf-text';
import { CREATE, OPEN, PUBLISH, PUBLISHED, REVISE, SIGN, type StatementView } from '../../../test/support/statement-fixtures';

// Addressees per language (issue 20): a translation names the statement's addressees in its own language;
// readers of that language see them on the public page and in the PDF; they are not part of the signed hash.
describe('statement addressees per language', () => {
  let app: TestApp;
  let adc: TestOrgWithMembers;

  const ADDRESSEES = ['Administration of the Russian Federation', 'Administration of the Republic of Tajikistan'];
  const RU = ['Руководству Российской Федерации', 'Руководству Республики Таджикистан'];
  const FR = ['Administration de la Fédération de Russie', 'Administration de la République du Tadjikistan'];

  beforeAll(async () => {
    app = await startTestApp();
    adc = await orgWithMembers(app, { name: `ADC Memorial ${Date.now().toString(36)}`, city: 'St. Petersburg' });
  });
  afterAll(() => app.close());

  const texts = (tag: string, addressees: Record<string, string[] | null> = {}) =>
    [
      { language: 'EN', title: `Appeal on raids ${tag}`, body: 'We demand an investigation.' },
      { language: 'RU', title: `Обращение о рейдах ${tag}`, body: 'Мы требуем расследования.' },
      { language: 'FR', title: `Appel sur les rafles ${tag}`, body: 'Nous exigeons une enquête.' },
      { language: 'KA', title: `მიმართვა ${tag}`, body: 'ადამიანის უფლებები.' },
    ].map((t) => ({ ...t, addressees: addressees[t.language] ?? null }));

  const create = async (tag: string, addressees: Record<string, string[] | null>) =>
    (await adc.admin.ok<{ createStatement: StatementView }>(CREATE, {
      input: { initiatorOrganisationId: adc.org.id, addressees: ADDRESSEES, primaryLanguage: 'EN', translations: texts(tag, addressees) },
    })).createStatement;

  const byLanguage = (s: StatementView) => Object.fromEntries(s.currentVersion.translations.map((t) => [t.language, t.addressees]));

  it('keeps each translation’s addressees, outside the content hash', async () => {
    const tag = `${Date.now()}`;
    const s = await create(tag, { RU, FR });
    expect(byLanguage(s)).toEqual({ EN: null, RU, FR, KA: null });
    // The hash is the contract's: [language, title, body] rows only, with or without translated addressees.
    expect(s.currentVersion.contentHash).toBe(statementContentHash(texts(tag)));
    const plain = await create(`${tag}-plain`, {});
    expect(byLanguage(plain)).toEqual({ EN: null, RU: null, FR: null, KA: null });
  });

  it('refuses addressees that do not name the statement’s own one for one, and a primary list of its own', async () => {
    const tag = `${Date.now()}-bad`;
    const input = (addressees: Record<string, string[] | null>) => ({
      input: { initiatorOrganisationId: adc.org.id, addressees: ADDRESSEES, primaryLanguage: 'EN', translations: texts(tag, addressees) },
    });
    const tooFew = await adc.admin.gql(CREATE, input({ RU: [RU[0]] }));
    expect(tooFew.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations.1.addressees' });
    const ownPrimary = await adc.admin.gql(CREATE, input({ EN: ['Someone else', 'And another'] }));
    expect(ownPrimary.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations.0.addressees' });
    const empty = await adc.admin.gql(CREATE, input({ FR: ['  ', FR[1]] }));
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations.2.addressees.0' });

    const s = await create(tag, { RU });
    const revised = await adc.caseworker.gql(REVISE, { id: s.id, baseVersion: 1, translations: texts(tag, { RU: [...RU, 'Третий'] }) });
    expect(revised.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations.1.addressees' });
  });

  it('revises them with the text: the new version names them as given, the statement keeps its own list', async () => {
    const tag = `${Date.now()}-rev`;
    const s = await create(tag, { RU });
    const revised = (await adc.caseworker.ok<{ reviseStatement: StatementView }>(REVISE, {
      id: s.id,
      baseVersion: 1,
      translations: texts(tag, { FR, KA: ['რუსეთის ფედერაციის ადმინისტრაციას', 'ტაჯიკეთის რესპუბლიკის ადმინისტრაციას'] }),
    })).reviseStatement;
    expect(byLanguage(revised)).toEqual({ EN: null, RU: null, FR, KA: ['რუსეთის ფედერაციის ადმინისტრაციას', 'ტაჯიკეთის რესპუბლიკის ადმინისტრაციას'] });
    expect((revised as StatementView & { addressees: string[] }).addressees).toEqual(ADDRESSEES);
  });

  it('keeps each language’s addressees once the statement is open for signature: a signature is not carried over to a reworded recipient', async () => {
    const tag = `${Date.now()}-open`;
    const s = await create(tag, { RU });
    await adc.admin.ok(OPEN, { id: s.id });
    const reworded = await adc.admin.gql(REVISE, {
      id: s.id,
      baseVersion: 1,
      translations: texts(tag, { RU: ['Президенту Российской Федерации', 'Руководству Республики Таджикистан'] }),
    });
    expect(reworded.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations.1.addressees' });
    // Dropping a language's list (back to the statement's own) is a change too.
    const dropped = await adc.admin.gql(REVISE, { id: s.id, baseVersion: 1, translations: texts(tag, {}) });
    expect(dropped.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations.1.addressees' });
    // The same lists with a new text are a revision like any other.
    const kept = (await adc.admin.ok<{ reviseStatement: StatementView }>(REVISE, {
      id: s.id,
      baseVersion: 1,
      translations: texts(`${tag} (revised)`, { RU }),
    })).reviseStatement;
    expect(byLanguage(kept)).toEqual({ EN: null, RU, FR: null, KA: null });
  });

  it('shows each language’s addressees on the public statement and its PDF page, else the statement’s own', async () => {
    const tag = `${Date.now()}-pub`;
    const s = await create(tag, { RU, FR });
    await adc.admin.ok(OPEN, { id: s.id });
    await adc.signatory.ok(SIGN, { input: { statementId: s.id, organisationId: adc.org.id, contentHash: s.currentVersion.contentHash, signatoryName: 'Olga A.' } });
    await adc.admin.ok(PUBLISH, { id: s.id });

    // Anyone, signed in or not, reads them with the published text.
    const published = (await app.client().ok<{ publishedStatement: StatementView & { addressees: string[] } }>(PUBLISHED, { slug: s.slug })).publishedStatement;
    expect(published.addressees).toEqual(ADDRESSEES);
    expect(byLanguage(published)).toEqual({ EN: null, RU, FR, KA: null });

    const pdf = await app.client().get(`/statements/${s.slug}.pdf`);
    expect(pdf.status).toBe(200);
    const pages = pdfText(Buffer.from(await pdf.arrayBuffer())).split('\f').map((p) => p.replace(/\s+/g, ' '));
    const pageOf = (fragment: string) => pages.find((p) => p.includes(fragment)) ?? '';
    expect(pageOf('Мы требуем расследования')).toContain(`Адресаты: ${RU.join('; ')}`);
    expect(pageOf('Мы требуем расследования')).toContain('Коалиция · совместное заявление');
    expect(pageOf('Nous exigeons une enquête')).toContain(`Destinataires: ${FR.join('; ')}`);
    expect(pageOf('We demand an investigation')).toContain(`Addressed to: ${ADDRESSEES.join('; ')}`);
    // Georgian names none: its page shows the statement's own.
    expect(pageOf('ადამიანის უფლებები')).toContain(`ადრესატები: ${ADDRESSEES.join('; ')}`);
    expect(pageOf('Мы требуем расследования')).not.toContain('Administration of the Russian Federation');

    const md = await (await app.client().get(`/statements/${s.slug}.md`)).text();
    expect(md).toContain(`**Адресаты:** ${RU.join('; ')}`);
    expect(md).toContain(`**Destinataires:** ${FR.join('; ')}`);
  });
});
