import type { GraphQLFormattedError } from 'graphql';

export type GraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  headers: Headers;
  data: T | null | undefined;
  errors: GraphQLFormattedError[] | undefined;
};

/** A tiny GraphQL-over-HTTP client for tests: real requests, as an integrator would send them. */
export class GraphQLTestClient {
  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  /** A client that authenticates with `Authorization: Bearer <token>`. */
  as(token: string): GraphQLTestClient {
    return new GraphQLTestClient(this.baseUrl, {
      ...this.headers,
      authorization: `Bearer ${token}`,
    });
  }

  /** A client that sends the given cookie header, as a browser would. */
  withCookie(cookie: string): GraphQLTestClient {
    return new GraphQLTestClient(this.baseUrl, { ...this.headers, cookie });
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T | null; errors?: GraphQLFormattedError[] };
    return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
  }

  /** Like `request`, but fails the test with the errors if there are any. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length)
      throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
    return res.data as T;
  }
}

/** The first error's `extensions.code`, for assertions. */
export const errorCode = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code;
