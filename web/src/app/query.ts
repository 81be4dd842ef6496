import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiFailure } from '../api/client';

/**
 * A session that ended (expired, revoked, signed out elsewhere) answers 401 `invalid_credentials` and the server
 * clears its cookie with that answer: the console then reads everything again, as the public, and the shell
 * offers to sign in. Nothing is left showing an error that one more request would not have.
 */
function onSessionEnded(error: unknown): void {
  if (!(error instanceof ApiFailure) || error.status !== 401 || error.code !== 'invalid_credentials') return;
  queryClient.setQueryData(['me'], null);
  void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onSessionEnded }),
  mutationCache: new MutationCache({ onError: onSessionEnded }),
  defaultOptions: {
    queries: {
      // A refusal or a missing resource will not change by asking again; a network hiccup may.
      retry: (count, error) => !(error instanceof ApiFailure && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});
