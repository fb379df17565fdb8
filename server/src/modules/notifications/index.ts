import type { AppModule } from '../../core/http/app-module';
import { calendarRoutes } from './calendar.route';
import { notificationJobs } from './notification.worker';
import { CaseTaskResolver, CaseTasksFieldResolver, NotificationResolver } from './notification.resolver';

export const notificationsModule: AppModule = {
  name: 'notifications',
  entities: [],
  resolvers: [NotificationResolver, CaseTaskResolver, CaseTasksFieldResolver],
  routes: calendarRoutes,
  periodicJobs: notificationJobs,
};

export { NotificationWorker } from './notification.worker';
