import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { LoaderFactory } from '../../core/graphql/loader-registry';
import { User } from './user.entity';

/** Users by id, as far as row-level security lets the actor see them. */
export const userById: LoaderFactory<string, User | null> = ({ db }) =>
  new DataLoader(async (ids) => {
    const rows = await db.getRepository(User).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  });
