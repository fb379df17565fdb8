import type { AppModule } from '../../core/http/app-module';
import { AuditEntry } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';

export const auditModule: AppModule = {
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
};
