import { signStatementInputSchema, StatementStatus } from '@coalition/shared';
import { sql } from 'kysely';
import { appendAudit } from '../../core/audit/audit-writer';
import { authorize } from '../../core/auth/policy';
import { conflict, notFound } from '../../core/graphql/app-error';
import type { AppContext } from '../../core/graphql/context';
import { parseInput } from '../../core/graphql/parse-input';
import type { SignStatementInput } from './dto/statement.input';
import { StatementSignature, type Statement } from './statement.entity';
import { signatureColumnsOf } from './statement.loader';
import { statementPolicy } from './statement.policy';
import { statementService } from './statement.service';

/** Signatures can be given or withdrawn only while the statement is open and before its deadline. */
function assertSignable(statement: Statement): void {
  if (statement.status !== StatementStatus.OPEN_FOR_SIGNATURE) throw conflict(`A ${statement.status} statement is not open for signature.`);
  if (statement.signatureDeadline && statement.signatureDeadline.getTime() <= Date.now()) {
    throw conflict('The signature deadline has passed.');
  }
}

/**
 * Organisations sign a statement and withdraw their signature: each signature is bound to the content
 * hash of the version its signatory read (a stale hash is a CONFLICT), audited, and announced to the
 * `statementSignatures` subscribers.
 */
export class StatementSigningService {
  async sign(ctx: AppContext, input: SignStatementInput): Promise<StatementSignature> {
    const statement = await statementService.target(ctx, String(input.statementId));
    authorize(statementPolicy, ctx.actor, 'sign', { organisationId: String(input.organisationId) });
    const v = parseInput(signStatementInputSchema, input);
    assertSignable(statement);
    const current = await statementService.currentHash(ctx, statement.id);
    if (v.contentHash !== current.contentHash) {
      throw conflict('The text changed since it was read: the content hash is not the current version\'s.', { currentVersion: current.number });
    }
    // One signature per organisation: concurrent calls meet on the unique pair and the last one wins.
    const row = await ctx.sql
      .insertInto('statement_signatures')
      .values({
        statement_id: statement.id,
        organisation_id: v.organisationId,
        signatory_name: v.signatoryName,
        signatory_title: v.signatoryTitle,
        version_number: current.number,
        content_hash: current.contentHash,
        signed_by_user_id: ctx.actor!.userId,
        signed_at: sql<Date>`now()`,
      })
      .onConflict((oc) =>
        oc.columns(['statement_id', 'organisation_id']).doUpdateSet((eb) => ({
          signatory_name: eb.ref('excluded.signatory_name'),
          signatory_title: eb.ref('excluded.signatory_title'),
          version_number: eb.ref('excluded.version_number'),
          content_hash: eb.ref('excluded.content_hash'),
          signed_by_user_id: eb.ref('excluded.signed_by_user_id'),
          signed_at: eb.ref('excluded.signed_at'),
        })),
      )
      .returning(signatureColumnsOf('statement_signatures'))
      // xmax is set on the row an upsert updated: the organisation had signed before.
      .returning(sql<boolean>`xmax <> 0`.as('replaced'))
      .executeTakeFirstOrThrow();
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'statement.sign',
      entityType: 'Statement',
      entityId: statement.id,
      organisationId: v.organisationId,
      details: { contentHash: current.contentHash, versionNumber: current.number, replaced: row.replaced },
    });
    await statementService.announce(ctx, statement.id);
    const { replaced: _replaced, ...signature } = row;
    return Object.assign(new StatementSignature(), signature, { current: true });
  }

  async withdrawSignature(ctx: AppContext, statementId: string, organisationId: string): Promise<boolean> {
    const statement = await statementService.target(ctx, statementId);
    authorize(statementPolicy, ctx.actor, 'sign', { organisationId });
    assertSignable(statement);
    const signature = await ctx.sql
      .deleteFrom('statement_signatures')
      .where('statement_id', '=', statement.id)
      .where('organisation_id', '=', organisationId)
      .returning(['content_hash as contentHash', 'version_number as versionNumber'])
      .executeTakeFirst();
    if (!signature) throw notFound('The signature');
    await appendAudit(ctx.sql, ctx.actor, {
      action: 'statement.signature_withdraw',
      entityType: 'Statement',
      entityId: statement.id,
      organisationId,
      details: { contentHash: signature.contentHash, versionNumber: signature.versionNumber },
    });
    await statementService.announce(ctx, statement.id);
    return true;
  }
}

export const statementSigningService = new StatementSigningService();
