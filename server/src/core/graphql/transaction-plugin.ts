import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { setWriteLsnCookie } from '../auth/session-cookie';
import { AppError } from './app-error';
import type { AppContext } from './context';
import { rememberIdempotent, replayIdempotent } from './idempotency';

function keepsWrites(errors: readonly GraphQLError[]): boolean {
  return errors.every((e) => e.originalError instanceof AppError && e.originalError.keepsWrites);
}

/**
 * Ends the request's transaction before the response is written: commit when
 * every field succeeded (or failed in a way that must be recorded, like a
 * failed sign-in), roll back otherwise, so a failed mutation changes nothing.
 * A failed commit turns the response into an internal error.
 */
export function transactionPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        responseForOperation: replayIdempotent,
        async willSendResponse({ contextValue, response, errors, operation }) {
          const tx = contextValue.tx;
          if (tx.isFinished) return;
          const body = response.body;
          // The body holds the formatted errors, which no longer know their AppError: judge by the originals.
          const original = errors ?? [];
          const formatted = (body.kind === 'single' ? body.singleResult.errors : undefined) ?? [];
          const clean = original.length === 0 && formatted.length === 0;
          if (clean || (original.length > 0 && keepsWrites(original))) {
            try {
              // The first answer to an Idempotency-Key commits with what it created, or not at all.
              if (clean && body.kind === 'single') await rememberIdempotent(contextValue, body.singleResult);
              // With replicas, the writer's next reads wait for a replica that has this commit (replica-router.ts).
              const wrote = contextValue.deps.replicas !== undefined && operation?.operation === 'mutation';
              const position = await tx.commit({ walPosition: wrote });
              const http = contextValue.http;
              if (position && http && !http.res.headersSent) setWriteLsnCookie(http.req, http.res, position, contextValue.deps.config.COOKIE_SECURE);
            } catch (error) {
              contextValue.log.error({ err: error }, 'commit failed');
              if (body.kind === 'single') {
                body.singleResult.data = null;
                body.singleResult.errors = [
                  { message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } } as never,
                ];
              }
            }
          } else {
            await tx.rollback();
          }
        },
      };
    },
  };
}
