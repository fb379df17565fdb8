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

export const MAIL_LANGUAGES = ['en', 'ru', 'tg', 'ka', 'fr'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

const BY_LOCALE: Partial<Record<string, MailLanguage>> = {
  [Language.EN]: 'en',
  [Language.RU]: 'ru',
  [Language.TG]: 'tg',
  [Language.KA]: 'ka',
  [Language.FR]: 'fr',
};

/** The account's language, or English when no account email is written in it. */
export function mailLanguage(locale: string | null | undefined): MailLanguage {
  return BY_LOCALE[(locale ?? '').toUpperCase()] ?? 'en';
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

interface MailTexts {
  passwordReset: { subject: string; paragraphs: (minutes: number) => string[]; link: string };
  invitation: { subject: (organisation: string) => string; paragraphs: (organisation: string, days: number) => string[]; link: string };
  totpReset: { subject: string; paragraphs: string[]; link: string };
}

/** Every account email in every language; the type demands each one. No person's name, nor any case text. */
const MAIL: Record<MailLanguage, MailTexts> = {
  en: {
    passwordReset: {
      subject: 'Coalition: reset your password',
      paragraphs: (minutes) => [
        'Someone (perhaps you) asked to reset the password of your Coalition account.',
        `The link works once, for ${minutes} minutes. Resetting ends all your sessions.`,
        'If you did not ask for this, ignore this email: your password stays as it is.',
      ],
      link: 'Set a new password',
    },
    invitation: {
      subject: (organisation) => `Coalition: invitation to ${organisation}`,
      paragraphs: (organisation, days) => [`You have been invited to join ${organisation} on Coalition.`, `The invitation is valid for ${days} days.`],
      link: 'Accept the invitation',
    },
    totpReset: {
      subject: 'Coalition: two-factor sign-in was turned off',
      paragraphs: [
        'An administrator of your organisation turned off two-factor sign-in for your Coalition account; all your sessions have ended.',
        'Sign in and turn two-factor sign-in on again. If you did not ask for this, tell the coalition coordinator.',
      ],
      link: 'Open Coalition',
    },
  },
  ru: {
    passwordReset: {
      subject: 'Coalition: сброс пароля',
      paragraphs: (minutes) => [
        'Кто-то (возможно, вы) попросил сбросить пароль вашей учётной записи Coalition.',
        `Ссылка действует ${minutes} минут и срабатывает один раз. После сброса все ваши сеансы завершатся.`,
        'Если вы не просили сброс, просто проигнорируйте это письмо: пароль не изменится.',
      ],
      link: 'Задать новый пароль',
    },
    invitation: {
      subject: (organisation) => `Coalition: приглашение в организацию ${organisation}`,
      paragraphs: (organisation, days) => [`Вас пригласили в организацию «${organisation}» в Coalition.`, `Приглашение действует ${days} дней.`],
      link: 'Принять приглашение',
    },
    totpReset: {
      subject: 'Coalition: двухфакторный вход отключён',
      paragraphs: [
        'Администратор вашей организации отключил двухфакторный вход для вашей учётной записи Coalition; все ваши сеансы завершены.',
        'Войдите и снова включите двухфакторный вход. Если вы об этом не просили, сообщите координатору коалиции.',
      ],
      link: 'Открыть Coalition',
    },
  },
  tg: {
    passwordReset: {
      subject: 'Coalition: барқарор кардани рамз',
      paragraphs: (minutes) => [
        'Касе (шояд худи шумо) хоҳиш кард, ки рамзи ҳисоби шумо дар Coalition аз нав гузошта шавад.',
        `Пайванд як маротиба ва дар давоми ${minutes} дақиқа кор мекунад. Пас аз гузоштани рамзи нав ҳамаи ҷаласаҳои шумо ба охир мерасанд.`,
        'Агар шумо инро нахоста бошед, ин мактубро нодида гиред: рамзи шумо тағйир намеёбад.',
      ],
      link: 'Гузоштани рамзи нав',
    },
    invitation: {
      subject: (organisation) => `Coalition: даъватнома ба ${organisation}`,
      paragraphs: (organisation, days) => [`Шуморо ба ташкилоти «${organisation}» дар Coalition даъват карданд.`, `Даъватнома ${days} рӯз эътибор дорад.`],
      link: 'Қабул кардани даъватнома',
    },
    totpReset: {
      subject: 'Coalition: воридшавии дузинагӣ хомӯш карда шуд',
      paragraphs: [
        'Маъмури ташкилоти шумо воридшавии дузинагиро барои ҳисоби шумо дар Coalition хомӯш кард; ҳамаи ҷаласаҳои шумо ба охир расиданд.',
        'Ворид шавед ва воридшавии дузинагиро аз нав фаъол кунед. Агар шумо инро нахоста бошед, ба ҳамоҳангсози эътилоф хабар диҳед.',
      ],
      link: 'Кушодани Coalition',
    },
  },
  ka: {
    passwordReset: {
      subject: 'Coalition: პაროლის აღდგენა',
      paragraphs: (minutes) => [
        'ვიღაცამ (შესაძლოა, თქვენ) მოითხოვა თქვენი Coalition-ის ანგარიშის პაროლის აღდგენა.',
        `ბმული მუშაობს ერთხელ, ${minutes} წუთის განმავლობაში. აღდგენის შემდეგ თქვენი ყველა სესია დასრულდება.`,
        'თუ ეს არ მოგითხოვიათ, უგულებელყავით ეს წერილი: თქვენი პაროლი არ შეიცვლება.',
      ],
      link: 'ახალი პაროლის დაყენება',
    },
    invitation: {
      subject: (organisation) => `Coalition: მოსაწვევი ორგანიზაციაში ${organisation}`,
      paragraphs: (organisation, days) => [`თქვენ მოგიწვიეს, შეუერთდეთ ორგანიზაციას „${organisation}“ Coalition-ში.`, `მოსაწვევი მოქმედებს ${days} დღის განმავლობაში.`],
      link: 'მოსაწვევის მიღება',
    },
    totpReset: {
      subject: 'Coalition: ორფაქტორიანი შესვლა გამოირთო',
      paragraphs: [
        'თქვენი ორგანიზაციის ადმინისტრატორმა გამორთო ორფაქტორიანი შესვლა თქვენი Coalition-ის ანგარიშისთვის; თქვენი ყველა სესია დასრულდა.',
        'შედით და ხელახლა ჩართეთ ორფაქტორიანი შესვლა. თუ ეს არ მოგითხოვიათ, აცნობეთ კოალიციის კოორდინატორს.',
      ],
      link: 'Coalition-ის გახსნა',
    },
  },
  fr: {
    passwordReset: {
      subject: 'Coalition : réinitialisation de votre mot de passe',
      paragraphs: (minutes) => [
        'Quelqu’un (peut-être vous) a demandé la réinitialisation du mot de passe de votre compte Coalition.',
        `Le lien ne fonctionne qu’une fois, pendant ${minutes} minutes. La réinitialisation ferme toutes vos sessions.`,
        'Si vous n’avez rien demandé, ignorez ce courriel : votre mot de passe reste inchangé.',
      ],
      link: 'Définir un nouveau mot de passe',
    },
    invitation: {
      subject: (organisation) => `Coalition : invitation à rejoindre ${organisation}`,
      paragraphs: (organisation, days) => [`Vous avez été invité à rejoindre ${organisation} sur Coalition.`, `L’invitation est valable ${days} jours.`],
      link: 'Accepter l’invitation',
    },
    totpReset: {
      subject: 'Coalition : la connexion à deux facteurs a été désactivée',
      paragraphs: [
        'Un administrateur de votre organisation a désactivé la connexion à deux facteurs de votre compte Coalition ; toutes vos sessions ont été fermées.',
        'Connectez-vous et réactivez la connexion à deux facteurs. Si vous n’avez rien demandé, prévenez le coordinateur de la coalition.',
      ],
      link: 'Ouvrir Coalition',
    },
  },
};

export function passwordResetMail(to: string, language: MailLanguage, url: string, minutes: number): AccountMail {
  const m = MAIL[language].passwordReset;
  return compose(to, m.subject, m.paragraphs(minutes), { url, label: m.link });
}

export function invitationMail(to: string, language: MailLanguage, url: string, organisationName: string, days: number): AccountMail {
  const m = MAIL[language].invitation;
  return compose(to, m.subject(organisationName), m.paragraphs(organisationName, days), { url, label: m.link });
}

export function totpResetMail(to: string, language: MailLanguage, url: string): AccountMail {
  const m = MAIL[language].totpReset;
  return compose(to, m.subject, m.paragraphs, { url, label: m.link });
}

/**
 * Queues `mail` in the request's transaction (core/mail's outbox): it is sent once, after the commit,
 * never for a change that rolled back, and off the request's path, so the answer takes the same time
 * whether or not an email goes out.
 */
export async function queueAccountMail(ctx: AppContext, mail: AccountMail): Promise<void> {
  await enqueueMail(ctx.sql, mail);
}
