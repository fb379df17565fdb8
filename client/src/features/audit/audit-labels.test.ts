import fs from 'node:fs';
import path from 'node:path';
import { createTestI18n } from '../../../test/render-with-providers';
import { actionLabel, actsAsSubject, entityLabel, subjectPath } from './audit-labels';

const SERVER = path.resolve(__dirname, '../../../../server/src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const at = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(at);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [at] : [];
  });
}

/** Every action code and entity type the server writes into the audit log, read from its source. */
function serverCodes(): { actions: Set<string>; types: Set<string> } {
  const actions = new Set<string>();
  const types = new Set<string>();
  for (const file of sources(SERVER)) {
    const text = fs.readFileSync(file, 'utf8');
    // Evidence writes `evidence.<custody action>`.
    const custody = /export enum CustodyAction \{([^}]*)\}/.exec(text)?.[1] ?? '';
    for (const m of custody.matchAll(/([A-Z_]+) = '\1'/g)) actions.add(`evidence.${m[1].toLowerCase()}`);
    if (!/appendAudit/.test(text)) continue;
    for (const m of text.matchAll(/'((?:auth|briefing|case|case_task|consent|demo|export|member|notifications|operator|organisation|referral|statement)\.[a-z_.]+)'/g)) actions.add(m[1]);
    for (const m of text.matchAll(/entityType: '([A-Za-z]+)'/g)) types.add(m[1]);
  }
  return { actions, types };
}

describe('audit labels', () => {
  const { actions, types } = serverCodes();

  it('finds the codes the server writes', () => {
    expect(actions).toContain('auth.login');
    expect(actions).toContain('evidence.uploaded');
    expect(actions).toContain('case.link.confirm');
    expect(types).toContain('Case');
  });

  it.each(['en', 'ru'] as const)('names every action and entity type in %s, never as its code', (lng) => {
    const i18n = createTestI18n(lng);
    const missing = [
      ...[...actions].filter((code) => !i18n.exists(`actions.${code.replace(/\./g, '_')}`, { ns: 'audit' })),
      ...[...types].filter((type) => !i18n.exists(`entities.${type}`, { ns: 'audit' })),
    ];
    expect(missing).toEqual([]);
  });

  it('reads in Russian and keeps an unknown code visible', () => {
    const t = createTestI18n('ru').getFixedT('ru', 'audit');
    expect(actionLabel(t, 'auth.login')).toBe('Вход в систему');
    expect(actionLabel(t, 'case.link.confirm')).toBe('Связь дел подтверждена');
    expect(entityLabel(t, 'Case')).toBe('Дело');
    expect(actionLabel(t, 'future.thing')).toBe('future.thing');
  });

  it('links cases, statements and briefings, and names the signing-in account as the actor', () => {
    expect(subjectPath('Case', 'c1')).toBe('/cases/c1');
    expect(subjectPath('Statement', 's1')).toBe('/statements/s1');
    expect(subjectPath('Briefing', 'b1')).toBe('/briefings/b1');
    expect(subjectPath('User', 'u1')).toBeNull();
    expect(subjectPath('Case', null)).toBeNull();
    expect(actsAsSubject('auth.login', 'User')).toBe(true);
    expect(actsAsSubject('auth.login_failed', 'User')).toBe(false);
  });
});
