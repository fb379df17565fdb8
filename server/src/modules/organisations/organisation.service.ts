import { INTERFACE_LANGUAGES, organisationInputSchema, organisationUpdateSchema } from '@coalition/shared';
import { appendAudit } from '../../core/audit/audit-writer';
import { authorize } from '../../core/auth/policy';
import { conflict, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { parseInput } from '../../core/graphql/parse-input';
import { isUuid } from '../../core/graphql/ids';
import type { OrganisationInput, OrganisationUpdate } from './dto/organisation.input';
import { type LocalizedName, Organisation } from './organisation.entity';
import { organisationById } from './organisation.loader';
import { organisationPolicy } from './organisation.policy';

const sortedEntries = (names: Record<string, string | undefined>) => Object.entries(names).sort(([a], [b]) => (a < b ? -1 : 1));

/** The names an organisation gives per interface language, in the switcher's order. */
export function localizedNames(org: Organisation): LocalizedName[] {
  const names = org.localNames ?? {};
  return INTERFACE_LANGUAGES.filter((l) => names[l]).map((language) => ({ language, name: names[language] }));
}

export class OrganisationService {
  async list(ctx: AppContext): Promise<Organisation[]> {
    authorize(organisationPolicy, ctx.actor, 'list', null);
    return ctx.db.getRepository(Organisation).find({ order: { name: 'ASC' } });
  }

  async get(ctx: AppContext, id: string): Promise<Organisation | null> {
    authorize(organisationPolicy, ctx.actor, 'list', null);
    return isUuid(id) ? ctx.loaders.get(organisationById).load(id) : null;
  }

  async create(ctx: AppContext, input: OrganisationInput): Promise<Organisation> {
    authorize(organisationPolicy, ctx.actor, 'create', null);
    const values = parseInput(organisationInputSchema, input);
    const repo = ctx.db.getRepository(Organisation);
    if (await repo.existsBy({ slug: values.slug })) throw conflict(`An organisation with slug "${values.slug}" exists.`);
    const { names, ...rest } = values;
    const saved = await repo.save(repo.create({ ...rest, localNames: names }));
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'organisation.create',
      entityType: 'Organisation',
      entityId: saved.id,
      organisationId: saved.id,
    });
    return saved;
  }

  async update(ctx: AppContext, id: string, input: OrganisationUpdate): Promise<Organisation> {
    const org = isUuid(id) ? await ctx.db.getRepository(Organisation).findOneBy({ id }) : null;
    if (!org) throw notFound('The organisation');
    authorize(organisationPolicy, ctx.actor, 'update', org);
    const values = parseInput(organisationUpdateSchema, input);
    const changed: string[] = [];
    for (const key of ['name', 'localName', 'city', 'website', 'representative'] as const) {
      const value = values[key];
      if (value === undefined || (value === null && (key === 'name' || key === 'city'))) continue;
      if (org[key] !== value) {
        (org as unknown as Record<string, unknown>)[key] = value;
        changed.push(key);
      }
    }
    if (values.names && JSON.stringify(sortedEntries(values.names)) !== JSON.stringify(sortedEntries(org.localNames))) {
      org.localNames = values.names;
      changed.push('names');
    }
    const saved = await ctx.db.getRepository(Organisation).save(org);
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'organisation.update',
      entityType: 'Organisation',
      entityId: saved.id,
      organisationId: saved.id,
      details: { fields: changed.join(',') },
    });
    return saved;
  }
}

export const organisationService = new OrganisationService();

