import type { AppModule } from '../../core/http/app-module';
import { BriefingStatementsResolver } from './briefing-statements.resolver';
import { CaseStatementsResolver } from './case-statements.resolver';
import { Statement, StatementCase, StatementSignature, StatementTranslation, StatementVersion } from './statement.entity';
import { statementDocumentRoutes } from './statement-document.route';
import { seedDemoStatements } from './statement.seed';
import { SignatureResolver, StatementResolver, StatementVersionResolver } from './statement.resolver';

export const statementsModule: AppModule = {
  name: 'statements',
  entities: [Statement, StatementVersion, StatementTranslation, StatementSignature, StatementCase],
  resolvers: [StatementResolver, StatementVersionResolver, SignatureResolver, CaseStatementsResolver, BriefingStatementsResolver],
  routes: statementDocumentRoutes,
  seedDemo: seedDemoStatements,
};

export { statementService } from './statement.service';
export { publishedStatementIds, statementsForDocument } from './statement-citation';
