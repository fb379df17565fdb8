import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'coalition_session';
/** Absolute session lifetime; the idle timeout is SESSION_IDLE_SECONDS. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

export function readSessionToken(req: Pick<Request, 'headers'>): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  const token = parse(header)[SESSION_COOKIE];
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}

function isSecure(req: Request, setting: 'auto' | 'true' | 'false'): boolean {
  return setting === 'auto' ? req.secure : setting === 'true';
}

export function setSessionCookie(req: Request, res: Response, token: string, setting: 'auto' | 'true' | 'false'): void {
  res.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: isSecure(req, setting),
      path: '/',
      maxAge: SESSION_ABSOLUTE_SECONDS,
    }),
  );
}

export function clearSessionCookie(req: Request, res: Response, setting: 'auto' | 'true' | 'false'): void {
  res.append(
    'Set-Cookie',
    serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: isSecure(req, setting), path: '/', maxAge: 0 }),
  );
}
