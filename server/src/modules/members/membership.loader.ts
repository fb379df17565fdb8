import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { LoaderFactory } from '../../core/graphql/loader-registry';
import { Membership } from './membership.entity';

/** A user's memberships that the actor may see (row-level security decides). */
export const membershipsByUserId: LoaderFactory<string, Membership[]> = ({ db }) =>
  new DataLoader(async (userIds) => {
    const rows = await db.getRepository(Membership).find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } });
    return userIds.map((id) => rows.filter((m) => m.userId === id));
  });
