import type { AppModule } from '../../core/http/app-module';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { InvitationResolver, MembershipResolver, UserMembershipsResolver } from './member.resolver';

export const membersModule: AppModule = {
  name: 'members',
  entities: [Membership, Invitation],
  resolvers: [MembershipResolver, InvitationResolver, UserMembershipsResolver],
};
