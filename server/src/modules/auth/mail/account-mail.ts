import { Language } from '@coalition/shared';
import type { AppContext } from '../../../core/graphql/context';
import { enqueueMail } from '../../../core/mail/mail-outbox';

/** One account email, already in the recipient's language. Holds no person's data but the recipient's address. */
export interface AccountMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

type MailLanguage = 'en' | 'ru';

export function mailLanguage(locale: string | null | undefined): MailLanguage {
  return locale === Language.RU ? 'ru' : 'en';
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function compose(to: string, subject: string, paragraphs: string[], link: { url: string; label: string } | null): AccountMail {
  const text = [...paragraphs, ...(link ? [`${link.label}: ${link.url}`] : [])].join('\n\n') + '\n';
  const html =
    `<!doctype html><html><body style="font-family:sans-serif">` +
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    (link ? `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>` : '') +
    `</body></html>`;
  return { to, subject, text, html };
}

export function passwordResetMail(to: string, language: MailLanguage, url: string, minutes: number): AccountMail {
  return language === 'ru'
    ? compose(to, 'Coalition: сброс пароля', [
        'Кто-то (возможно, вы) попросил сбросить пароль вашей учётной записи Coalition.',
        `Ссылка действует ${minutes} минут и срабатывает один раз. После сброса все ваши сеансы завершатся.`,
        'Если вы не просили сброс, просто проигнорируйте это письмо: пароль не изменится.',
      ], { url, label: 'Задать новый пароль' })
    : compose(to, 'Coalition: reset your password', [
        'Someone (perhaps you) asked to reset the password of your Coalition account.',
        `The link works once, for ${minutes} minutes. Resetting ends all your sessions.`,
        'If you did not ask for this, ignore this email: your password stays as it is.',
      ], { url, label: 'Set a new password' });
}

export function invitationMail(to: string, language: MailLanguage, url: string, organisationName: string, days: number): AccountMail {
  return language === 'ru'
    ? compose(to, `Coalition: приглашение в организацию ${organisationName}`, [
        `Вас пригласили в организацию «${organisationName}» в Coalition.`,
        `Приглашение действует ${days} дней.`,
      ], { url, label: 'Принять приглашение' })
    : compose(to, `Coalition: invitation to ${organisationName}`, [
        `You have been invited to join ${organisationName} on Coalition.`,
        `The invitation is valid for ${days} days.`,
      ], { url, label: 'Accept the invitation' });
}

export function totpResetMail(to: string, language: MailLanguage, url: string): AccountMail {
  return language === 'ru'
    ? compose(to, 'Coalition: двухфакторный вход отключён', [
        'Администратор вашей организации отключил двухфакторный вход для вашей учётной записи Coalition; все ваши сеансы завершены.',
        'Войдите и снова включите двухфакторный вход. Если вы об этом не просили, сообщите координатору коалиции.',
      ], { url, label: 'Открыть Coalition' })
    : compose(to, 'Coalition: two-factor sign-in was turned off', [
        "An administrator of your organisation turned off two-factor sign-in for your Coalition account; all your sessions have ended.",
        'Sign in and turn two-factor sign-in on again. If you did not ask for this, tell the coalition coordinator.',
      ], { url, label: 'Open Coalition' });
}

/**
 * Queues `mail` in the request's transaction (core/mail's outbox): it is sent once, after the commit,
 * never for a change that rolled back, and off the request's path, so the answer takes the same time
 * whether or not an email goes out.
 */
export async function queueAccountMail(ctx: AppContext, mail: AccountMail): Promise<void> {
  await enqueueMail(ctx.sql, mail);
}
