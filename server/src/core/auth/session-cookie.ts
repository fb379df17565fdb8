import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'coalition_session';
/**
 * The name over https. A `__Host-` cookie is only accepted by browsers with Secure, Path=/ and no
 * Domain, so neither a sibling subdomain nor a plain-http page can set or overwrite it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;
/** Absolute session lifetime; the idle timeout is SESSION_IDLE_SECONDS. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

/** A request's cookies, parsed once however many readers ask (the session, the write position). */
const parsed = new WeakMap<object, Record<string, string | undefined>>();
function cookiesOf(req: Pick<Request, 'headers'>): Record<string, string | undefined> {
  const header = req.headers.cookie;
  if (!header) return {};
  let cookies = parsed.get(req.headers);
  if (!cookies) {
    cookies = parse(header);
    parsed.set(req.headers, cookies);
  }
  return cookies;
}

const wellFormed = (token: string | undefined): string | null => (token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null);

/**
 * The session token of a request: the `__Host-` cookie first; the plain one only when the request
 * is not known to be https (over https it could have been planted by another subdomain).
 * A WebSocket handshake carries no `secure` flag: it takes either, and its Origin is checked.
 */
export function readSessionToken(req: Pick<Request, 'headers'> & { secure?: boolean }): string | null {
  const cookies = cookiesOf(req);
  return wellFormed(cookies[SECURE_SESSION_COOKIE]) ?? (req.secure === true ? null : wellFormed(cookies[SESSION_COOKIE]));
}

type SecureSetting = 'auto' | 'true' | 'false';

/** Every cookie of ours: out of scripts' reach, not sent on cross-site subrequests, for the whole origin. */
function cookieOptions(req: Request, setting: SecureSetting, maxAge: number) {
  const secure = setting === 'auto' ? req.secure : setting === 'true';
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', maxAge };
}

function setCookie(res: Response, name: string, value: string, options: ReturnType<typeof cookieOptions>): void {
  res.append('Set-Cookie', serialize(name, value, options));
}

const sessionCookieName = (options: ReturnType<typeof cookieOptions>) => (options.secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

export function setSessionCookie(req: Request, res: Response, token: string, setting: SecureSetting): void {
  const options = cookieOptions(req, setting, SESSION_ABSOLUTE_SECONDS);
  setCookie(res, sessionCookieName(options), token, options);
}

export function clearSessionCookie(req: Request, res: Response, setting: SecureSetting): void {
  const options = cookieOptions(req, setting, 0);
  setCookie(res, sessionCookieName(options), '', options);
}

/**
 * The WAL position of a browser's last committed write (core/db/replica-router.ts): its reads go to a
 * replica only once that replica has replayed it. Not secret: a forged value sends only its holder to
 * the primary, or to a replica that is behind that holder's own writes.
 */
export const WRITE_LSN_COOKIE = 'coalition_lsn';

export function readWriteLsn(req: Pick<Request, 'headers'>): string | null {
  return cookiesOf(req)[WRITE_LSN_COOKIE] ?? null;
}

export function setWriteLsnCookie(req: Request, res: Response, lsn: string, setting: SecureSetting): void {
  setCookie(res, WRITE_LSN_COOKIE, lsn, cookieOptions(req, setting, SESSION_ABSOLUTE_SECONDS));
}
