import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { LoaderFactory } from '../../core/graphql/loader-registry';
import { Organisation } from './organisation.entity';

/** Organisations by id, batched: any number of `organisation` fields cost one query. */
export const organisationById: LoaderFactory<string, Organisation | null> = ({ db }) =>
  new DataLoader(async (ids) => {
    const rows = await db.getRepository(Organisation).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((o) => [o.id, o]));
    return ids.map((id) => byId.get(id) ?? null);
  });
