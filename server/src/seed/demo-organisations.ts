/**
 * The coalition that signed the 2013 appeal (contract README, "Demo coalition"); `names` are their
 * names per interface language, shown to readers of that language.
 */
export const DEMO_ORGANISATIONS = [
  {
    slug: 'adc-memorial',
    name: 'Anti-Discrimination Centre Memorial',
    localName: 'Антидискриминационный центр «Мемориал»',
    names: { ru: 'Антидискриминационный центр «Мемориал»' },
    city: 'St. Petersburg',
    countryCode: 'RU',
    website: 'https://adcmemorial.org',
    representative: 'Olga Abramenko',
  },
  {
    slug: 'chr-dushanbe',
    name: 'Civic Association Center for Human Rights',
    localName: 'Центр по правам человека',
    names: { ru: 'Общественное объединение «Центр по правам человека»', tg: 'Иттиҳодияи ҷамъиятии «Маркази ҳуқуқи инсон»' },
    city: 'Dushanbe',
    countryCode: 'TJ',
    website: null,
    representative: 'Nodira Abdulloeva',
  },
  {
    slug: 'civil-assistance',
    name: 'Civil Assistance Committee',
    localName: 'Комитет «Гражданское содействие»',
    names: { ru: 'Комитет «Гражданское содействие»' },
    city: 'Moscow',
    countryCode: 'RU',
    website: 'https://refugee.ru',
    representative: 'Svetlana Gannushkina',
  },
  {
    slug: 'fidh',
    name: 'International Federation for Human Rights',
    localName: 'Fédération internationale pour les droits humains',
    names: { ru: 'Международная федерация за права человека', fr: 'Fédération internationale pour les droits humains' },
    city: 'Paris',
    countryCode: 'FR',
    website: 'https://www.fidh.org',
    representative: 'Suer Bellasen',
  },
  {
    slug: 'bureau-hr',
    name: 'Bureau for Human Rights and Due Process',
    localName: 'Бюро по правам человека и соблюдению законности',
    names: { ru: 'Бюро по правам человека и соблюдению законности', tg: 'Бюрои ҳуқуқи инсон ва риояи қонуният' },
    city: 'Dushanbe',
    countryCode: 'TJ',
    website: null,
    representative: 'Nargis Zokirova',
  },
  {
    slug: 'migrant-union',
    name: 'Union of Migrant Workers',
    localName: 'Союз мигрантов',
    names: { ru: 'Союз мигрантов' },
    city: 'Moscow',
    countryCode: 'RU',
    website: null,
    representative: 'Renat Karimov',
  },
  {
    slug: 'gendermedia',
    name: 'Association of Journalists GenderMediaKavkaz',
    localName: 'ჟურნალისტთა ასოციაცია GenderMediaKavkaz',
    names: { ka: 'ჟურნალისტთა ასოციაცია „გენდერმედიაკავკასია“', ru: 'Ассоциация журналистов «ГендерМедиаКавказ»' },
    city: 'Tbilisi',
    countryCode: 'GE',
    website: null,
    representative: 'Галина Петриашвили',
  },
  {
    slug: 'nota-bene',
    name: 'Humanitarian Fund Nota Bene',
    localName: 'Гуманитарный фонд «Нота Бене»',
    names: { ru: 'Гуманитарный фонд «Нота Бене»', tg: 'Хазинаи башардӯстонаи «Нота Бене»' },
    city: 'Dushanbe',
    countryCode: 'TJ',
    website: null,
    representative: 'Nigina Bakhrieva',
  },
] as const;

export const DEMO_ROLE_ACCOUNTS = [
  { prefix: 'admin', roles: ['ADMIN'], label: 'Administrator' },
  { prefix: 'caseworker', roles: ['CASEWORKER'], label: 'Caseworker' },
  { prefix: 'signatory', roles: ['SIGNATORY'], label: 'Signatory' },
  { prefix: 'viewer', roles: ['VIEWER'], label: 'Viewer' },
] as const;

export const demoEmail = (prefix: string, slug: string): string => `${prefix}@${slug}.example.org`;
export const COORDINATOR_EMAIL = 'coordinator@coalition.example.org';
export const LIAISON_EMAIL = 'liaison@coalition.example.org';
