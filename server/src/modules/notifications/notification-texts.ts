/**
 * What each notification says, in each interface language. Only what happened: never a person's name,
 * contact or birth year, nor any text of a case (a task's title stays out too); the link leads to it.
 */
export const NOTIFICATION_KINDS = [
  'CASE_SHARED',
  'STATEMENT_OPEN_FOR_SIGNATURE',
  'SIGNATURE_OUTDATED',
  'STATEMENT_PUBLISHED',
  'BRIEFING_APPROVAL_REQUESTED',
  'BRIEFING_DECIDED',
  'BRIEFING_RELEASED',
  'TASK_ASSIGNED',
  'TASK_DUE',
  'TASK_OVERDUE',
  'INVITATION',
  'MEMBER_TOTP_RESET',
  'NEW_SIGN_IN',
  'REFERRAL_URGENT',
  'ORGANISATION_LOCKED',
  'ORGANISATION_UNLOCKED',
  'COALITION_ORGANISATION_LOCKED',
] as const;
export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_LANGUAGES = ['en', 'ru', 'tg', 'ka', 'fr'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

const texts: Record<NotificationLanguage, Record<NotificationKindName, string>> = {
  en: {
    CASE_SHARED: 'A case was shared with your organisation.',
    STATEMENT_OPEN_FOR_SIGNATURE: 'A statement is open for your organisation’s signature.',
    SIGNATURE_OUTDATED: 'A statement your organisation signed was revised: the signature is outdated.',
    STATEMENT_PUBLISHED: 'A statement was published.',
    BRIEFING_APPROVAL_REQUESTED: 'A briefing waits for your organisation’s approval.',
    BRIEFING_DECIDED: 'An organisation decided on a briefing.',
    BRIEFING_RELEASED: 'A briefing was released.',
    TASK_ASSIGNED: 'A task of a case was assigned to you.',
    TASK_DUE: 'A task of a case is due soon.',
    TASK_OVERDUE: 'A task of a case is overdue.',
    INVITATION: 'You were invited to an organisation.',
    MEMBER_TOTP_RESET: 'An administrator reset a member’s two-factor authentication.',
    NEW_SIGN_IN: 'Your account was signed in from a new browser.',
    REFERRAL_URGENT: 'An urgent referral was sent to your organisation.',
    ORGANISATION_LOCKED: 'Your organisation was locked: every session ended, sign-in needs two-factor authentication, and exports, downloads and briefing releases are stopped.',
    ORGANISATION_UNLOCKED: 'Your organisation was unlocked: exports, downloads and briefing releases work again.',
    COALITION_ORGANISATION_LOCKED: 'An organisation of the coalition was locked: its sessions ended, and exports, downloads and briefing releases of its data are stopped until its administrator unlocks it.',
  },
  ru: {
    CASE_SHARED: 'Вашей организации открыт доступ к делу.',
    STATEMENT_OPEN_FOR_SIGNATURE: 'Заявление ждёт подписи вашей организации.',
    SIGNATURE_OUTDATED: 'Заявление, подписанное вашей организацией, изменено: подпись устарела.',
    STATEMENT_PUBLISHED: 'Заявление опубликовано.',
    BRIEFING_APPROVAL_REQUESTED: 'Брифинг ждёт одобрения вашей организации.',
    BRIEFING_DECIDED: 'Организация приняла решение по брифингу.',
    BRIEFING_RELEASED: 'Брифинг выпущен.',
    TASK_ASSIGNED: 'Вам назначена задача по делу.',
    TASK_DUE: 'Скоро срок задачи по делу.',
    TASK_OVERDUE: 'Срок задачи по делу истёк.',
    INVITATION: 'Вас пригласили в организацию.',
    MEMBER_TOTP_RESET: 'Администратор сбросил двухфакторную аутентификацию участника.',
    NEW_SIGN_IN: 'В ваш аккаунт вошли из нового браузера.',
    REFERRAL_URGENT: 'Вашей организации направлено срочное направление.',
    ORGANISATION_LOCKED: 'Ваша организация заблокирована: все сеансы завершены, для входа нужна двухфакторная аутентификация, экспорт, скачивание и выпуск брифингов остановлены.',
    ORGANISATION_UNLOCKED: 'Ваша организация разблокирована: экспорт, скачивание и выпуск брифингов снова работают.',
    COALITION_ORGANISATION_LOCKED: 'Организация коалиции заблокирована: её сеансы завершены, экспорт, скачивание и выпуск брифингов с её данными остановлены, пока её администратор не снимет блокировку.',
  },
  tg: {
    CASE_SHARED: 'Парвандае бо ташкилоти шумо мубодила шуд.',
    STATEMENT_OPEN_FOR_SIGNATURE: 'Изҳороте барои имзои ташкилоти шумо кушода шуд.',
    SIGNATURE_OUTDATED: 'Изҳороте, ки ташкилоти шумо имзо карда буд, таҳрир шуд: имзо кӯҳна шудааст.',
    STATEMENT_PUBLISHED: 'Изҳороте нашр шуд.',
    BRIEFING_APPROVAL_REQUESTED: 'Брифинге интизори тасдиқи ташкилоти шумост.',
    BRIEFING_DECIDED: 'Ташкилоте дар бораи брифинг қарор қабул кард.',
    BRIEFING_RELEASED: 'Брифинге интишор шуд.',
    TASK_ASSIGNED: 'Ба шумо вазифае аз парванда супорида шуд.',
    TASK_DUE: 'Мӯҳлати вазифае аз парванда наздик аст.',
    TASK_OVERDUE: 'Мӯҳлати вазифае аз парванда гузашт.',
    INVITATION: 'Шуморо ба ташкилоте даъват карданд.',
    MEMBER_TOTP_RESET: 'Маъмур воридшавии дузинагии яке аз аъзоёнро ғайрифаъол кард.',
    NEW_SIGN_IN: 'Ба ҳисоби шумо аз браузери нав ворид шуданд.',
    REFERRAL_URGENT: 'Ба ташкилоти шумо равонакунии фаврӣ фиристода шуд.',
    ORGANISATION_LOCKED: 'Ташкилоти шумо баста шуд: ҳамаи сеансҳо хотима ёфтанд, барои воридшавӣ тасдиқи дузина лозим аст, содирот, боргирӣ ва интишори брифингҳо қатъ карда шуданд.',
    ORGANISATION_UNLOCKED: 'Ташкилоти шумо кушода шуд: содирот, боргирӣ ва интишори брифингҳо боз кор мекунанд.',
    COALITION_ORGANISATION_LOCKED: 'Яке аз ташкилотҳои эътилоф баста шуд: сеансҳои он хотима ёфтанд, содирот, боргирӣ ва интишори брифингҳо бо маълумоти он то кушодани маъмураш қатъ карда шуданд.',
  },
  ka: {
    CASE_SHARED: 'თქვენს ორგანიზაციას საქმე გაუზიარდა.',
    STATEMENT_OPEN_FOR_SIGNATURE: 'განცხადება ღიაა თქვენი ორგანიზაციის ხელმოსაწერად.',
    SIGNATURE_OUTDATED: 'განცხადება, რომელსაც თქვენმა ორგანიზაციამ ხელი მოაწერა, გადამუშავდა: ხელმოწერა მოძველდა.',
    STATEMENT_PUBLISHED: 'განცხადება გამოქვეყნდა.',
    BRIEFING_APPROVAL_REQUESTED: 'ბრიფინგი თქვენი ორგანიზაციის დამტკიცებას ელოდება.',
    BRIEFING_DECIDED: 'ორგანიზაციამ ბრიფინგზე გადაწყვეტილება მიიღო.',
    BRIEFING_RELEASED: 'ბრიფინგი გავრცელდა.',
    TASK_ASSIGNED: 'თქვენ დაგენიშნათ საქმის დავალება.',
    TASK_DUE: 'საქმის დავალების ვადა მალე იწურება.',
    TASK_OVERDUE: 'საქმის დავალების ვადა გავიდა.',
    INVITATION: 'თქვენ მოგიწვიეს ორგანიზაციაში.',
    MEMBER_TOTP_RESET: 'ადმინისტრატორმა წევრის ორფაქტორიანი შესვლა გამორთო.',
    NEW_SIGN_IN: 'თქვენს ანგარიშში შესვლა მოხდა ახალი ბრაუზერიდან.',
    REFERRAL_URGENT: 'თქვენს ორგანიზაციას სასწრაფო გადამისამართება გაეგზავნა.',
    ORGANISATION_LOCKED: 'თქვენი ორგანიზაცია დაიბლოკა: ყველა სესია დასრულდა, შესვლას ორფაქტორიანი ავთენტიფიკაცია სჭირდება, ექსპორტი, ჩამოტვირთვა და ბრიფინგების გავრცელება შეჩერებულია.',
    ORGANISATION_UNLOCKED: 'თქვენი ორგანიზაცია განიბლოკა: ექსპორტი, ჩამოტვირთვა და ბრიფინგების გავრცელება ისევ მუშაობს.',
    COALITION_ORGANISATION_LOCKED: 'კოალიციის ორგანიზაცია დაიბლოკა: მისი სესიები დასრულდა, მისი მონაცემების ექსპორტი, ჩამოტვირთვა და ბრიფინგების გავრცელება შეჩერებულია, სანამ მისი ადმინისტრატორი არ განბლოკავს.',
  },
  fr: {
    CASE_SHARED: 'Un dossier a été partagé avec votre organisation.',
    STATEMENT_OPEN_FOR_SIGNATURE: 'Une déclaration est ouverte à la signature de votre organisation.',
    SIGNATURE_OUTDATED: 'Une déclaration signée par votre organisation a été révisée : la signature est caduque.',
    STATEMENT_PUBLISHED: 'Une déclaration a été publiée.',
    BRIEFING_APPROVAL_REQUESTED: 'Une note d’information attend l’approbation de votre organisation.',
    BRIEFING_DECIDED: 'Une organisation a statué sur une note d’information.',
    BRIEFING_RELEASED: 'Une note d’information a été diffusée.',
    TASK_ASSIGNED: 'Une tâche d’un dossier vous a été attribuée.',
    TASK_DUE: 'Une tâche d’un dossier arrive bientôt à échéance.',
    TASK_OVERDUE: 'Une tâche d’un dossier a dépassé son échéance.',
    INVITATION: 'Vous avez été invité à rejoindre une organisation.',
    MEMBER_TOTP_RESET: 'Un administrateur a réinitialisé la connexion à deux facteurs d’un membre.',
    NEW_SIGN_IN: 'Une connexion à votre compte a eu lieu depuis un nouveau navigateur.',
    REFERRAL_URGENT: 'Une orientation urgente a été adressée à votre organisation.',
    ORGANISATION_LOCKED: 'Votre organisation a été verrouillée : toutes les sessions ont pris fin, la connexion exige l’authentification à deux facteurs, et les exports, téléchargements et diffusions de notes d’information sont suspendus.',
    ORGANISATION_UNLOCKED: 'Votre organisation a été déverrouillée : les exports, téléchargements et diffusions de notes d’information fonctionnent de nouveau.',
    COALITION_ORGANISATION_LOCKED: 'Une organisation de la coalition a été verrouillée : ses sessions ont pris fin, et les exports, téléchargements et diffusions de notes d’information de ses données sont suspendus jusqu’à ce que son administrateur la déverrouille.',
  },
};

const email: Record<NotificationLanguage, { subject: string; digestSubject: (n: number) => string; open: string; footer: string; unsubscribe: string }> = {
  en: {
    subject: 'Coalition: ',
    digestSubject: (n: number) => `Coalition: ${n} new notification${n === 1 ? '' : 's'}`,
    open: 'Open',
    footer: 'You receive this email because of your notification preferences. Change them:',
    unsubscribe: 'Email preferences',
  },
  ru: {
    subject: 'Коалиция: ',
    digestSubject: (n: number) => `Коалиция: новых уведомлений — ${n}`,
    open: 'Открыть',
    footer: 'Вы получаете это письмо согласно вашим настройкам уведомлений. Изменить их:',
    unsubscribe: 'Настройки писем',
  },
  tg: {
    subject: 'Эътилоф: ',
    digestSubject: (n: number) => `Эътилоф: ${n} огоҳиномаи нав`,
    open: 'Кушодан',
    footer: 'Шумо ин мактубро мувофиқи танзимоти огоҳиномаҳои худ мегиред. Тағйир додани онҳо:',
    unsubscribe: 'Танзимоти мактубҳо',
  },
  ka: {
    subject: 'კოალიცია: ',
    digestSubject: (n: number) => `კოალიცია: ${n} ახალი შეტყობინება`,
    open: 'გახსნა',
    footer: 'ამ წერილს იღებთ თქვენი შეტყობინებების პარამეტრების მიხედვით. მათი შეცვლა:',
    unsubscribe: 'ელფოსტის პარამეტრები',
  },
  fr: {
    subject: 'Coalition : ',
    digestSubject: (n: number) => `Coalition : ${n} nouvelle${n < 2 ? '' : 's'} notification${n < 2 ? '' : 's'}`,
    open: 'Ouvrir',
    footer: 'Vous recevez ce courriel en raison de vos préférences de notification. Pour les modifier :',
    unsubscribe: 'Préférences de courriel',
  },
};

/** The recipient's language, or English when the interface does not offer theirs. */
export function notificationLanguage(language: string | null | undefined): NotificationLanguage {
  const base = (language ?? 'en').toLowerCase().split('-')[0];
  return (NOTIFICATION_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as NotificationLanguage) : 'en';
}

export function notificationText(kind: string, language: string | null | undefined): string {
  const table = texts[notificationLanguage(language)];
  return (table as Record<string, string>)[kind] ?? table.CASE_SHARED;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One email for one or more notifications (a digest): plain text and simple HTML, List-Unsubscribe. */
export function renderNotificationEmail(items: { kind: string; link: string }[], language: string | null | undefined, publicUrl: string): RenderedEmail {
  const lang = notificationLanguage(language);
  const m = email[lang];
  const preferences = `${publicUrl}/account#notifications`;
  const lines = items.map((i) => ({ text: notificationText(i.kind, lang), url: `${publicUrl}${i.link}` }));
  const subject = items.length === 1 ? `${m.subject}${lines[0]!.text}` : m.digestSubject(items.length);
  const text = [...lines.map((l) => `${l.text}\n${m.open}: ${l.url}\n`), '--', m.footer, preferences, ''].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif">',
    ...lines.map((l) => `<p>${escapeHtml(l.text)}<br><a href="${escapeHtml(l.url)}">${escapeHtml(m.open)}</a></p>`),
    `<hr><p style="color:#666;font-size:small">${escapeHtml(m.footer)} <a href="${escapeHtml(preferences)}">${escapeHtml(m.unsubscribe)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html, headers: { 'List-Unsubscribe': `<${preferences}>` } };
}
