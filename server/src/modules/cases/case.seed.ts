import { CaseCategory, CaseStatus, EventType, PersonRole, ShareAccess, Visibility } from '@coalition/shared';
import type { AppDeps } from '../../core/config/app-deps';
import { withServiceContext } from '../../core/graphql/context';
import type { DemoDirectory } from '../../core/seed/demo-directory';
import { caseService } from './case.service';
import { caseEventService } from './case-event.service';
import { casePersonService } from './case-person.service';
import { caseSharingService } from './case-sharing.service';
import type { CaseEventInput, CasePersonInput, CreateCaseInput } from './dto/case.input';

interface DemoCase {
  owner: string;
  input: Omit<CreateCaseInput, 'organisationId'>;
  persons: CasePersonInput[];
  events: CaseEventInput[];
  shares: { slug: string; access: ShareAccess; personalData: boolean }[];
}

// The five incidents the 2013 appeal dates (the README retells them).
// Every person's name is invented: the real people are never named.
const DEMO_CASES: DemoCase[] = [
  {
    owner: 'adc-memorial',
    input: {
      title: 'St. Petersburg: raid on the mosque near Apraksin Dvor',
      summary:
        'On 8 February 2013, the day the migration agreement between Russia and Tajikistan was signed, the FSB supported by special police forces raided the mosque near Apraksin Dvor during Friday prayers. Almost a thousand migrant workers, many of them from Tajikistan, were rounded up; worshippers were dragged from the mosque, beaten and subjected to physical and psychological abuse. Only one person, a Russian citizen, was arrested in the criminal investigation; documents of hundreds of migrants were checked and some have since been deported to Tajikistan.',
      status: CaseStatus.OPEN,
      categories: [CaseCategory.RAID, CaseCategory.RELIGIOUS_FREEDOM, CaseCategory.ILL_TREATMENT, CaseCategory.ARBITRARY_DETENTION, CaseCategory.DEPORTATION],
      visibility: Visibility.COALITION,
      incidentDate: '2013-02-08',
      location: { city: 'St. Petersburg', region: 'Apraksin Dvor', countryCode: 'RU' },
      figures: { detained: 1000, deported: 2, injured: 0, childrenAffected: 1 },
      includeInStatistics: true,
    },
    persons: [
      { fullName: 'Farhod Nazarov', role: PersonRole.VICTIM, birthYear: 1978, citizenship: 'TJ', contact: 'through ADC Memorial, St. Petersburg', consentToShare: true },
      { fullName: 'Sukhrob Nazarov', role: PersonRole.VICTIM, minor: true, birthYear: 2003, citizenship: 'TJ', consentToShare: false },
    ],
    events: [
      { type: EventType.INCIDENT, occurredOn: '2013-02-08', title: 'Raid during Friday prayers', description: 'Worshippers dragged from the mosque near Apraksin Dvor and beaten; Person A detained with his 10-year-old son, Person B.', authority: 'FSB, special police forces', location: { city: 'St. Petersburg', countryCode: 'RU' } },
      { type: EventType.DETENTION, occurredOn: '2013-02-08', title: 'Mass detention and document checks', description: 'Hundreds of migrant workers held for document checks; only one arrest in the criminal investigation.', location: { city: 'St. Petersburg', countryCode: 'RU' } },
      { type: EventType.DEPORTATION, occurredOn: '2013-02-15', title: 'Deportation to Tajikistan', description: 'Person A and Person B were deported to Tajikistan.', destinationCountryCode: 'TJ' },
      { type: EventType.COMPLAINT_FILED, occurredOn: '2013-02-12', title: 'Complaint to the prosecutor', description: 'ADC Memorial asked for the lawfulness of the raid to be examined.', authority: 'Prosecutor of the City of St. Petersburg' },
      { type: EventType.COMPLAINT_FILED, occurredOn: '2013-02-12', title: 'Complaint to the Investigative Committee', description: 'Request to investigate the beatings during the raid.', authority: 'Investigative Committee of the Russian Federation' },
    ],
    shares: [],
  },
  {
    owner: 'adc-memorial',
    input: {
      title: 'Gorelovo (St. Petersburg): families separated in a "preventative raid"',
      summary:
        'On 7 February 2013 police uncovered handmade housing in Gorelovo on the outskirts of St. Petersburg, home to 16 adults and 28 children of Tajik Gypsy families. The adults were transferred to the Migration Service for deportation; the children, without documents, were placed in institutions preparing them for relocation to Tajikistan. Families were separated.',
      status: CaseStatus.OPEN,
      categories: [CaseCategory.RAID, CaseCategory.FAMILY_SEPARATION, CaseCategory.CHILD_RIGHTS, CaseCategory.DEPORTATION, CaseCategory.DISCRIMINATION],
      visibility: Visibility.SHARED,
      incidentDate: '2013-02-07',
      location: { city: 'Gorelovo', region: 'St. Petersburg', countryCode: 'RU' },
      figures: { detained: 16, deported: 0, injured: 0, childrenAffected: 28 },
      includeInStatistics: true,
    },
    persons: [
      { fullName: 'Zarina Khodjaeva', role: PersonRole.RELATIVE, birthYear: 1985, citizenship: 'TJ', contact: '+992 00 000 0000 (invented)', consentToShare: true },
      { fullName: 'Madina Khodjaeva', role: PersonRole.VICTIM, minor: true, birthYear: 2007, citizenship: 'TJ', consentToShare: false },
    ],
    events: [
      { type: EventType.INCIDENT, occurredOn: '2013-02-07', title: 'Raid in Gorelovo', description: '16 adults and 28 children found in handmade housing.', authority: 'Regional Office of the MVD for St. Petersburg and the Leningrad Region', location: { city: 'Gorelovo', countryCode: 'RU' } },
      { type: EventType.DETENTION, occurredOn: '2013-02-07', title: 'Adults handed to the Migration Service for deportation', description: 'Person A was separated from her daughter, Person B.', authority: 'Federal Migration Service' },
      { type: EventType.NOTE, occurredOn: '2013-02-08', title: 'Children placed in institutions', description: 'Children without documents placed in institutions preparing their relocation to Tajikistan.' },
    ],
    shares: [{ slug: 'chr-dushanbe', access: ShareAccess.READ, personalData: true }],
  },
  {
    owner: 'civil-assistance',
    input: {
      title: 'Moscow Oblast (south of Moscow): 130 migrant workers detained',
      summary: 'On 6 February 2013 a special operation targeting people from Central Asia detained 130 migrant workers south of Moscow.',
      status: CaseStatus.MONITORING,
      categories: [CaseCategory.RAID, CaseCategory.ARBITRARY_DETENTION],
      visibility: Visibility.COALITION,
      incidentDate: '2013-02-06',
      location: { city: null, region: 'Moscow Oblast, south of Moscow', countryCode: 'RU' },
      figures: { detained: 130 },
      includeInStatistics: true,
    },
    persons: [{ fullName: 'Dilshod Rakhimov', role: PersonRole.WITNESS, citizenship: 'TJ', consentToShare: false }],
    events: [{ type: EventType.INCIDENT, occurredOn: '2013-02-06', title: 'Raid south of Moscow', description: '130 migrant workers detained.', location: { region: 'Moscow Oblast', countryCode: 'RU' } }],
    shares: [],
  },
  {
    owner: 'migrant-union',
    input: {
      title: 'Moscow Oblast (west of Moscow): 107 citizens of Uzbekistan and Tajikistan detained',
      summary: 'On 7 February 2013, 107 citizens of Uzbekistan and Tajikistan were detained in semi-abandoned houses west of Moscow.',
      status: CaseStatus.MONITORING,
      categories: [CaseCategory.RAID, CaseCategory.ARBITRARY_DETENTION],
      visibility: Visibility.COALITION,
      incidentDate: '2013-02-07',
      location: { city: null, region: 'Moscow Oblast, west of Moscow', countryCode: 'RU' },
      figures: { detained: 107 },
      includeInStatistics: true,
    },
    persons: [
      { fullName: 'Bakhtiyor Usmonov', role: PersonRole.VICTIM, citizenship: 'UZ', consentToShare: true },
      { fullName: 'Rustam Sharipov', role: PersonRole.VICTIM, citizenship: 'TJ', consentToShare: true },
    ],
    events: [{ type: EventType.INCIDENT, occurredOn: '2013-02-07', title: 'Raid on semi-abandoned houses west of Moscow', description: '107 citizens of Uzbekistan and Tajikistan detained.', location: { region: 'Moscow Oblast', countryCode: 'RU' } }],
    shares: [],
  },
  {
    owner: 'adc-memorial',
    input: {
      title: 'Novgorod Oblast: anti-immigrant raid with over 900 officers',
      summary: 'At the end of January 2013 an anti-immigrant raid in the Novgorod Oblast involved over 900 members of law enforcement forces, a show of force disproportionate to identifying administrative violations.',
      status: CaseStatus.MONITORING,
      categories: [CaseCategory.RAID, CaseCategory.DISCRIMINATION],
      visibility: Visibility.RESTRICTED,
      incidentDate: '2013-01-31',
      location: { city: null, region: 'Novgorod Oblast', countryCode: 'RU' },
      figures: {},
      includeInStatistics: true,
    },
    persons: [],
    events: [{ type: EventType.INCIDENT, occurredOn: '2013-01-31', title: 'Raid by over 900 officers', description: 'End of January 2013 (exact day not reported).', location: { region: 'Novgorod Oblast', countryCode: 'RU' } }],
    shares: [],
  },
];

/** Seeds the appeal's incidents through the case service, acting as each owner's caseworker. */
export async function seedDemoCases(deps: AppDeps, demo: DemoDirectory): Promise<void> {
  for (const spec of DEMO_CASES) {
    const userId = demo.users[`caseworker@${spec.owner}.example.org`];
    await withServiceContext(deps, userId, async (ctx) => {
      const created = await caseService.create(ctx, { ...spec.input, organisationId: demo.organisations[spec.owner] } as CreateCaseInput);
      for (const person of spec.persons) await casePersonService.add(ctx, created.id, person);
      for (const event of spec.events) await caseEventService.add(ctx, created.id, event);
      for (const share of spec.shares) await caseSharingService.share(ctx, created.id, demo.organisations[share.slug], share.access, share.personalData);
      demo.refs[`case:${created.reference}`] = created.id;
    });
  }
}
