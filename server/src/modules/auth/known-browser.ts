import { parse, serialize } from 'cookie';
import { randomToken, sha256Hex } from '../../core/crypto/secret-box';
import type { AppContext } from '../../core/graphql/context';

/** A random id per browser, kept across sign-ins and sign-outs: it says "seen before", nothing else. */
export const BROWSER_COOKIE = 'coalition_browser';
const BROWSER_COOKIE_SECONDS = 400 * 24 * 3600;

/**
 * Records the request's browser as one the user signed in from. Returns true when it had not been seen
 * for this user before (a NEW_SIGN_IN); a request without a browser cookie gets one.
 */
export async function rememberBrowser(ctx: AppContext, userId: string): Promise<boolean> {
  if (!ctx.http) return false;
  const { req, res } = ctx.http;
  const given = parse(req.headers.cookie ?? '')[BROWSER_COOKIE];
  let id = given && /^[A-Za-z0-9_-]{40,50}$/.test(given) ? given : null;
  if (!id) {
    id = randomToken();
    const secure = ctx.deps.config.COOKIE_SECURE === 'auto' ? req.secure : ctx.deps.config.COOKIE_SECURE === 'true';
    res.append('Set-Cookie', serialize(BROWSER_COOKIE, id, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: BROWSER_COOKIE_SECONDS }));
  }
  const inserted = await ctx.sql
    .insertInto('known_browsers')
    .values({ user_id: userId, browser_hash: sha256Hex(id) })
    .onConflict((oc) => oc.columns(['user_id', 'browser_hash']).doNothing())
    .returning('id')
    .execute();
  return inserted.length > 0;
}
