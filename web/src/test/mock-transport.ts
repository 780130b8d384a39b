import type { GraphQLFormattedError } from 'graphql';
import {
  type Exchange,
  getOperationName,
  makeErrorResult,
  makeResult,
  type Operation,
  type OperationResult,
} from 'urql';
import { filter, fromPromise, mergeMap, pipe } from 'wonka';

/** A GraphQL response body, or an Error standing for a failed request (server unreachable). */
export type MockResponse = { data?: unknown; errors?: GraphQLFormattedError[] } | Error;

export type MockResolvers = Record<
  string,
  (variables: Record<string, unknown>) => MockResponse | Promise<MockResponse>
>;

/**
 * Replaces fetchExchange in tests: answers each operation by name from `resolvers` and records
 * it in `calls`, so tests exercise the real client (cache, error hooks) without a server.
 */
export function mockTransport(resolvers: MockResolvers, calls: Operation[] = []): Exchange {
  const respond = async (operation: Operation): Promise<OperationResult> => {
    calls.push(operation);
    const name = getOperationName(operation.query) ?? '(anonymous)';
    const resolve = resolvers[name];
    if (!resolve) return makeErrorResult(operation, new Error(`No mock response for ${name}`));
    const response = await resolve((operation.variables ?? {}) as Record<string, unknown>);
    return response instanceof Error
      ? makeErrorResult(operation, response)
      : makeResult(operation, response as Parameters<typeof makeResult>[1]);
  };

  return () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind === 'query' || operation.kind === 'mutation'),
      mergeMap((operation) => fromPromise(respond(operation))),
    );
}

/** The GraphQL error body the server sends for an AppError. */
export function graphQLError(code: string, extensions: Record<string, unknown> = {}): MockResponse {
  return { data: null, errors: [{ message: code, extensions: { code, ...extensions } }] };
}
