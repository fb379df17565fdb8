import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { AppError } from './app-error';
import type { AppContext } from './context';

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
        async willSendResponse({ contextValue, response, errors }) {
          const tx = contextValue.tx;
          if (tx.isFinished) return;
          const body = response.body;
          const resultErrors = (body.kind === 'single' ? body.singleResult.errors : undefined) ?? [];
          const all = [...(errors ?? []), ...(resultErrors as GraphQLError[])];
          if (all.length === 0 || keepsWrites(all)) {
            try {
              await tx.commit();
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
