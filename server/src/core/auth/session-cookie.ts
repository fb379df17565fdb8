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

const wellFormed = (token: string | undefined): string | null => (token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null);

/**
 * The session token of a request: the `__Host-` cookie first; the plain one only when the request
 * is not known to be https (over https it could have been planted by another subdomain).
 * A WebSocket handshake carries no `secure` flag: it takes either, and its Origin is checked.
 */
export function readSessionToken(req: Pick<Request, 'headers'> & { secure?: boolean }): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  const cookies = parse(header);
  return wellFormed(cookies[SECURE_SESSION_COOKIE]) ?? (req.secure === true ? null : wellFormed(cookies[SESSION_COOKIE]));
}

function isSecure(req: Request, setting: 'auto' | 'true' | 'false'): boolean {
  return setting === 'auto' ? req.secure : setting === 'true';
}

export function setSessionCookie(req: Request, res: Response, token: string, setting: 'auto' | 'true' | 'false'): void {
  const secure = isSecure(req, setting);
  res.append(
    'Set-Cookie',
    serialize(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      maxAge: SESSION_ABSOLUTE_SECONDS,
    }),
  );
}

export function clearSessionCookie(req: Request, res: Response, setting: 'auto' | 'true' | 'false'): void {
  const secure = isSecure(req, setting);
  res.append(
    'Set-Cookie',
    serialize(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 }),
  );
}

/**
 * The WAL position of a browser's last committed write (core/db/replica-router.ts): its reads go to a
 * replica only once that replica has replayed it. Not secret: a forged value sends only its holder to
 * the primary, or to a replica that is behind that holder's own writes.
 */
export const WRITE_LSN_COOKIE = 'coalition_lsn';

export function readWriteLsn(req: Pick<Request, 'headers'>): string | null {
  const header = req.headers.cookie;
  return header ? (parse(header)[WRITE_LSN_COOKIE] ?? null) : null;
}

export function setWriteLsnCookie(req: Request, res: Response, lsn: string, setting: 'auto' | 'true' | 'false'): void {
  res.append(
    'Set-Cookie',
    serialize(WRITE_LSN_COOKIE, lsn, { httpOnly: true, sameSite: 'lax', secure: isSecure(req, setting), path: '/', maxAge: SESSION_ABSOLUTE_SECONDS }),
  );
}
