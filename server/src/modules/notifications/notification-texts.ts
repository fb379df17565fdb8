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
] as const;
export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_LANGUAGES = ['en', 'ru'] as const;
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
  },
};

const email = {
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
