/*
 * What a signed-in page needs before its first paint, started together at start rather than one after the
 * other (Apollo, then the shell once the session is known, then the page, then its strings): its strings
 * from the entry (main.tsx), its chunks from boot.tsx. Only the dashboard, the page after sign-in, is listed
 * beside the shell; other pages load as before. This module is part of the entry: it imports nothing.
 */
const SIGNED_OUT = /^\/(?:login|p\/|invite\/|forgot-password|reset-password\/)/;
export const DASHBOARD = /^\/(?:dashboard)?$/;

export function isSignedInPath(path: string): boolean {
  return !SIGNED_OUT.test(path);
}

/** Namespaces of the shell (its search box) and of the page, besides common and shell. */
export function pageNamespaces(path: string): string[] {
  return DASHBOARD.test(path) ? ['search', 'dashboard', 'notifications', 'referrals'] : ['search'];
}

let markPainted: () => void = () => undefined;
/**
 * Resolves once the first page is on the screen (boot.tsx). The lazy chunks of the signed-in shell wait for
 * it: a dynamic import during the first render (with the `<link rel="modulepreload">` of each of its parts)
 * would delay the frame that render draws, and each chunk arriving before the first paint would be run first.
 */
export const firstPaint = new Promise<void>((resolve) => {
  markPainted = resolve;
});

export function markFirstPaint(): void {
  markPainted();
}
