import { cacheExchange, Client, type Exchange, fetchExchange, mapExchange } from 'urql';
import { errorCode, errorDetail } from './errors';

export const GRAPHQL_URL = '/graphql';

export type CreateClientOptions = {
  /** Called when any operation fails because the session is missing or has expired. */
  onUnauthenticated?: () => void;
  /** Called when the server refuses an operation until the user changes their password. */
  onPasswordChangeRequired?: () => void;
};

export type CreateClient = (options: CreateClientOptions) => Client;

/**
 * The app's urql client. The session lives in an httpOnly cookie, so every request must carry
 * credentials; Apollo's CSRF prevention rejects simple GET requests, so queries are sent as JSON
 * POSTs too. A fresh client (and so a fresh cache) is created for each session.
 *
 * `transport` is the last exchange; tests replace it with canned responses and keep the rest.
 */
export function createGraphQLClient(
  { onUnauthenticated, onPasswordChangeRequired }: CreateClientOptions,
  transport: Exchange = fetchExchange,
): Client {
  return new Client({
    url: GRAPHQL_URL,
    exchanges: [
      mapExchange({
        onError(error) {
          if (errorCode(error) === 'UNAUTHENTICATED') onUnauthenticated?.();
          const { code, reason } = errorDetail(error);
          if (code === 'FORBIDDEN' && reason === 'PASSWORD_CHANGE_REQUIRED') {
            onPasswordChangeRequired?.();
          }
        },
      }),
      cacheExchange,
      transport,
    ],
    preferGetMethod: false,
    fetchOptions: { credentials: 'include' },
  });
}
