import { ConsentScope, Language, type TranslationText } from '@coalition/shared';
import type { AppDeps } from '../../core/config/app-deps';
import { withServiceContext } from '../../core/graphql/context';
import type { DemoDirectory } from '../../core/seed/demo-directory';
import { caseById } from '../cases/case.loader';
import { recordDemoConsents } from '../consents';
import { Organisation } from '../organisations/organisation.entity';
import type { CreateStatementInput, TranslationInput } from './dto/statement.input';
import type { Statement } from './statement.entity';
import { statementSigningService } from './statement-signing.service';
import { statementService } from './statement.service';

// The 2013 appeal (see the README), retold in our own words:
// its places, dates, figures and demands are kept, its wording is not. The
// detainee who complained is not named: a public text needs no one's name.
const APPEAL: TranslationText[] = [
  {
    language: Language.EN,
    title: 'Human rights defenders appeal to the administrations of the Russian Federation and the Republic of Tajikistan',
    body: `On 8 February 2013 the migration services of Russia and Tajikistan signed an agreement that migrant workers from Tajikistan, hundreds of thousands of whom live in Russia, greeted with hope: it promised simpler registration and permission to work in Russia for up to three years. The agreement came together with the ratification of the Russian–Tajik treaties on the Russian military base in Tajikistan.

What happened on the ground the very same day contradicts it.

**St. Petersburg, Apraksin Dvor, 8 February 2013.** During Friday prayers the FSB, backed by special police units, raided the mosque at Apraksin Dvor and rounded up almost a thousand migrant workers, many of them from Tajikistan. Worshippers were dragged out of the mosque without distinction, beaten and humiliated. The operation was presented as a search for extremists, yet only one person was arrested, and he is a Russian citizen. Hundreds had their papers checked; many now face deportation, and some have already been deported to Tajikistan. A father who was praying with his children told ADC Memorial that he and his elder sons were beaten and that his youngest son, aged 10, was left traumatised. A complaint about the force and the degrading treatment has been filed with the St. Petersburg prosecutor and the Investigative Committee.

**Gorelovo, St. Petersburg, 7 February 2013.** In what the police themselves called a "preventive raid", officers found self-built dwellings housing 16 adults and 28 children. The adults were handed to the migration service for deportation; the children, who had no documents, were placed in institutions that prepare children for transfer to Tajikistan. This broke up a community of Tajik Roma, many of whom do struggle to obtain documents, above all for their children — but force and the separation of families are no answer. Separating children from their parents, and deporting parents without their children or children without their parents, is forbidden by the UN Convention on the Rights of the Child, the European Convention on Human Rights and the case law of the European Court of Human Rights.

**Elsewhere.** On 6 February 2013, 130 migrant workers were detained south of Moscow; on 7 February, 107 citizens of Uzbekistan and Tajikistan were detained in half-abandoned houses west of Moscow; at the end of January more than 900 law-enforcement officers took part in an anti-immigrant raid in the Novgorod Oblast — a show of force out of all proportion to checking administrative offences, unless its purpose was to frighten foreigners.

Migrant workers appear to be left outside any political or legal protection, hostages of the country they work in, while the protection of the country of their citizenship remains ineffective despite formal international agreements.

**We demand** a thorough investigation of every instance of arbitrary force, unlawful detention, ill-treatment in custody and violation of the rights of children and their parents — of the individual officers and, above all, of the heads of the law-enforcement bodies that planned and carried out the special operations in St. Petersburg and other regions.

**We call on** the administrations of the Russian Federation and the Republic of Tajikistan to give these events their closest attention, not to stop at signing "mutually beneficial" agreements, and to continue the dialogue on the human rights and freedoms of migrant workers living in Russia.`,
  },
  {
    language: Language.RU,
    title: 'Обращение правозащитников к руководству Российской Федерации и Республики Таджикистан',
    body: `8 февраля 2013 года миграционные службы России и Таджикистана подписали соглашение, на которое трудовые мигранты из Таджикистана — а их в России сотни тысяч — возлагали большие надежды: оно обещало упростить регистрацию и разрешить работать в России до трёх лет. Соглашение появилось вместе с ратификацией российско-таджикских договоров о российской военной базе в Таджикистане.

То, что происходило в тот же день, ему прямо противоречит.

**Санкт-Петербург, Апраксин двор, 8 февраля 2013 года.** Во время пятничной молитвы сотрудники ФСБ при поддержке полицейского спецназа провели облаву у мечети на Апраксином дворе и задержали почти тысячу трудовых мигрантов, многие из них — граждане Таджикистана. Верующих без разбора выволакивали из мечети, избивали и унижали. Облаву объясняли поиском экстремистов, но арестован был лишь один человек — гражданин России. У сотен людей проверили документы; многим теперь грозит выдворение, а некоторые уже депортированы в Таджикистан. Отец, молившийся вместе с детьми, рассказал АДЦ «Мемориал», что его и старших сыновей избили, а младший, десятилетний сын получил тяжёлую психологическую травму. В прокуратуру Санкт-Петербурга и Следственный комитет подана жалоба на применение силы и унижающее обращение.

**Горелово, Санкт-Петербург, 7 февраля 2013 года.** В ходе, по словам самой полиции, «профилактического рейда» были обнаружены самодельные жилища, в которых жили 16 взрослых и 28 детей. Взрослых передали миграционной службе для выдворения, а детей, не имевших документов, поместили в учреждения, готовящие их к отправке в Таджикистан. Так была разрушена община таджикских цыган, многие из которых действительно с трудом получают документы, особенно для детей, — но сила и разлучение семей не решают эту проблему. Разлучать детей с родителями, выдворять родителей без детей или детей без родителей запрещают Конвенция ООН о правах ребёнка, Европейская конвенция о защите прав человека и практика Европейского суда по правам человека.

**В других регионах.** 6 февраля 2013 года к югу от Москвы задержаны 130 трудовых мигрантов; 7 февраля в полузаброшенных домах к западу от Москвы задержаны 107 граждан Узбекистана и Таджикистана; в конце января в Новгородской области в антииммигрантском рейде участвовали более 900 сотрудников силовых структур — демонстрация силы, несоразмерная проверке административных нарушений, если только её целью не было запугать иностранцев.

Складывается впечатление, что трудовые мигранты оказались вне всякой политической и правовой защиты, заложниками страны, в которой работают, а защита со стороны государства их гражданства остаётся неэффективной, несмотря на международные соглашения.

**Мы требуем** тщательно расследовать каждый случай произвольного применения силы, незаконного задержания, жестокого обращения при задержании и нарушения прав детей и их родителей — как со стороны отдельных сотрудников, так и, прежде всего, со стороны руководителей силовых ведомств, планировавших и проводивших спецоперации в Санкт-Петербурге и других регионах.

**Мы призываем** руководство Российской Федерации и Республики Таджикистан уделить произошедшему самое пристальное внимание, не ограничиваться подписанием «взаимовыгодных» соглашений и продолжать диалог о защите прав и свобод трудовых мигрантов, живущих в России.`,
  },
];

const APPEAL_ADDRESSEES = ['Administration of the Russian Federation', 'Administration of the Republic of Tajikistan'];
/** The same addressees as the Russian text names them, one for one (not part of the signed hash). */
export const APPEAL_ADDRESSEES_RU = ['Руководству Российской Федерации', 'Руководству Республики Таджикистан'];

/** Texts with the addressees named in Russian for the Russian translation. */
const withRussianAddressees = (texts: TranslationText[], ru: string[]): TranslationInput[] =>
  texts.map((t) => ({ ...t, language: t.language as Language, addressees: t.language === Language.RU ? ru : null }));
const FAMILIES_ADDRESSEES_RU = ['Миграционной службе Российской Федерации', 'Миграционной службе Республики Таджикистан'];

/** The order in which the appeal lists its signatories. */
const APPEAL_SIGNATORIES = ['adc-memorial', 'chr-dushanbe', 'civil-assistance', 'fidh', 'bureau-hr', 'migrant-union', 'gendermedia', 'nota-bene'];

const FAMILIES_V1: TranslationText[] = [
  {
    language: Language.EN,
    title: 'Keep families together in deportation proceedings',
    body: 'We ask the migration services of Russia and Tajikistan never to deport a parent without their children or a child without their parents, and to reunite the families separated in Gorelovo in February 2013.',
  },
  {
    language: Language.RU,
    title: 'Не разлучать семьи при выдворении',
    body: 'Мы просим миграционные службы России и Таджикистана никогда не выдворять родителей без детей и детей без родителей и воссоединить семьи, разлучённые в Горелово в феврале 2013 года.',
  },
];

const FAMILIES_V2: TranslationText[] = FAMILIES_V1.map((t) => ({
  ...t,
  body:
    t.language === Language.EN
      ? `${t.body}\n\nChildren without documents must be given documents, not placed in institutions.`
      : `${t.body}\n\nДетям без документов нужно выдать документы, а не помещать их в учреждения.`,
}));

const NOVGOROD_DRAFT: TranslationText[] = [
  {
    language: Language.EN,
    title: 'On the anti-immigrant raid in the Novgorod Oblast',
    body: 'Draft: more than 900 officers took part in a raid at the end of January 2013. We are collecting testimony before we publish.',
  },
];

const user = (demo: DemoDirectory, role: string, slug: string) => demo.users[`${role}@${slug}.example.org`];

async function sign(deps: AppDeps, demo: DemoDirectory, slug: string, statementId: string, contentHash: string): Promise<void> {
  const { representative } = await deps.dataSource.getRepository(Organisation).findOneByOrFail({ id: demo.organisations[slug] });
  await withServiceContext(deps, user(demo, 'signatory', slug), (ctx) =>
    statementSigningService.sign(ctx, {
      statementId,
      organisationId: demo.organisations[slug],
      contentHash,
      signatoryName: representative ?? slug,
      signatoryTitle: null,
    }),
  );
}

async function create(deps: AppDeps, demo: DemoDirectory, slug: string, input: Omit<CreateStatementInput, 'initiatorOrganisationId'>): Promise<{ statement: Statement; hash: string }> {
  return withServiceContext(deps, user(demo, 'admin', slug), async (ctx) => {
    // Cite only the cases the initiator can read (the others would be refused).
    const readable = (await ctx.loaders.get(caseById).loadMany(input.caseIds ?? [])).flatMap((c) => (c === null || c instanceof Error ? [] : [c.id]));
    const statement = await statementService.create(ctx, { ...input, initiatorOrganisationId: demo.organisations[slug], caseIds: readable });
    return { statement, hash: (await statementService.currentVersion(ctx, statement)).contentHash };
  });
}

/**
 * The demo's statements, through the statement service as the demo users:
 * the 2013 appeal PUBLISHED with all eight signatures, one statement open for
 * signature with an outdated signature, and one draft.
 */
export async function seedDemoStatements(deps: AppDeps, demo: DemoDirectory): Promise<void> {
  const caseIds = Object.entries(demo.refs)
    .filter(([key]) => key.startsWith('case:'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, id]) => id);

  // 1. The appeal: drafted by ADC Memorial, opened, signed by all eight, published. It cites the cases,
  // so every person in them agreed to its publication (a public statement cites no one else's story).
  await recordDemoConsents(deps, demo, caseIds, {
    scope: ConsentScope.PUBLICATION,
    purpose: 'Their story, pseudonymised, in the coalition’s public appeal of February 2013',
    givenOn: '2013-02-12',
    form: 'recorded oral consent',
  });
  const appeal = await create(deps, demo, 'adc-memorial', {
    addressees: APPEAL_ADDRESSEES,
    primaryLanguage: Language.EN,
    translations: withRussianAddressees(APPEAL, APPEAL_ADDRESSEES_RU),
    caseIds,
  });
  await withServiceContext(deps, user(demo, 'admin', 'adc-memorial'), (ctx) => statementService.open(ctx, appeal.statement.id, null));
  for (const slug of APPEAL_SIGNATORIES) await sign(deps, demo, slug, appeal.statement.id, appeal.hash);
  await withServiceContext(deps, user(demo, 'admin', 'adc-memorial'), (ctx) => statementService.publish(ctx, appeal.statement.id));
  demo.refs['statement:appeal-2013'] = appeal.statement.id;

  // 2. Open for signature, revised after two organisations signed: Nota Bene's signature is outdated.
  const families = await create(deps, demo, 'chr-dushanbe', {
    addressees: ['Migration Service of the Russian Federation', 'Migration Service of the Republic of Tajikistan'],
    primaryLanguage: Language.EN,
    translations: withRussianAddressees(FAMILIES_V1, FAMILIES_ADDRESSEES_RU),
    caseIds,
  });
  await withServiceContext(deps, user(demo, 'admin', 'chr-dushanbe'), (ctx) =>
    statementService.open(ctx, families.statement.id, new Date(Date.now() + 60 * 24 * 3600 * 1000)),
  );
  await sign(deps, demo, 'chr-dushanbe', families.statement.id, families.hash);
  await sign(deps, demo, 'nota-bene', families.statement.id, families.hash);
  const revisedHash = await withServiceContext(deps, user(demo, 'caseworker', 'chr-dushanbe'), async (ctx) => {
    const revised = await statementService.revise(ctx, families.statement.id, 1, withRussianAddressees(FAMILIES_V2, FAMILIES_ADDRESSEES_RU), 'Added the demand about documents.');
    return (await statementService.currentVersion(ctx, revised)).contentHash;
  });
  await sign(deps, demo, 'chr-dushanbe', families.statement.id, revisedHash);
  await sign(deps, demo, 'bureau-hr', families.statement.id, revisedHash);
  demo.refs['statement-open:families'] = families.statement.id;

  // 3. A draft, readable only by the Civil Assistance Committee.
  const draft = await create(deps, demo, 'civil-assistance', {
    addressees: ['Governor of the Novgorod Oblast'],
    primaryLanguage: Language.EN,
    translations: NOVGOROD_DRAFT as TranslationInput[],
    caseIds: [],
  });
  demo.refs['statement-draft:novgorod'] = draft.statement.id;
}
