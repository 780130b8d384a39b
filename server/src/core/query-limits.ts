import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import {
  GraphQLError,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/*
 * Limits on what one request may ask for, so that a single caller cannot tie up the server with
 * a small, cheap-to-send document. Each value leaves room for the web app and for integrators'
 * real queries; a rejected request names the limit, so a legitimate client that outgrows one
 * tells us which. Raise a value when a real query needs it, not preemptively.
 */

/**
 * Field nesting. The deepest real query walks a village's unit up to the national root (eight
 * levels of the unit tree) plus a field; the web app's queries are 3-5 deep today.
 */
export const MAX_DEPTH = 12;

/**
 * graphql-armor's cost estimate: 1 per scalar, 2 per object, ×1.5 per level of nesting, × a
 * literal `first`/`last`. A page of 50 households with members and unit costs about 3,400; a
 * household's full file about 900. 5,000 passes those and stops fragment bombs and the like.
 */
export const MAX_COST = 5000;

/**
 * Aliases per operation. The web app uses none; an integrator may fetch a few counts side by side.
 * Without a cap one request could run `login` or an expensive field hundreds of times.
 */
export const MAX_ALIASES = 15;

/** Directives per operation: `@include`/`@skip` on a few fields is normal use. */
export const MAX_DIRECTIVES = 10;

/**
 * Lexical tokens per document, checked while parsing, before any validation runs (some
 * validation rules grow quadratically with the document). The standard introspection query has
 * about 200 tokens and the web app's largest document under 100.
 */
export const MAX_TOKENS = 2000;

/**
 * Operations in one batched HTTP request. Small batches save integrators round trips; each
 * operation counts against the rate limit, and a batch runs its operations concurrently.
 */
export const MAX_BATCH_SIZE = 10;

/** Largest request body; GraphQL documents and variables are far smaller. */
export const MAX_BODY_SIZE = '1mb';

/** Sends a GraphQL-shaped error for a request refused before GraphQL saw it. */
export function sendRequestError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
) {
  res.status(status).json({ errors: [{ message, extensions: { ...extensions, code } }] });
}

// graphql-armor reports with a "Syntax Error:" prefix although nothing is wrong with the syntax;
// Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED (and HTTP 400), and
// `reason` tells clients which limit it was, like the reasons of BAD_USER_INPUT.
const reportAs = (reason: string) => (context: ValidationContext | null, error: GraphQLError) => {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error:\s*/, ''), {
      extensions: { reason },
    }),
  );
};

/** The query limits as Apollo Server options. */
export function queryLimitOptions(): {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  allowBatchedHttpRequests: boolean;
} {
  const { validationRules } = new ApolloArmor({
    maxDepth: {
      n: MAX_DEPTH,
      // Fragments are how the web app shares selections; only fields make a query deeper.
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reportAs('MAX_DEPTH')],
    },
    costLimit: {
      maxCost: MAX_COST,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reportAs('MAX_COST')],
    },
    maxAliases: {
      n: MAX_ALIASES,
      propagateOnRejection: false,
      onReject: [reportAs('MAX_ALIASES')],
    },
    maxDirectives: {
      n: MAX_DIRECTIVES,
      propagateOnRejection: false,
      onReject: [reportAs('MAX_DIRECTIVES')],
    },
    // armor's Apollo token limit throws from a plugin hook, which Apollo answers with HTTP 500
    // and, in a batch, fails every operation; graphql-js counts tokens itself (`maxTokens`
    // below) and Apollo reports that as GRAPHQL_PARSE_FAILED with 400.
    maxTokens: { enabled: false },
    // Apollo's `hideSchemaDetailsFromClientErrors` (set in app.ts) does this without a plugin.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: true,
  };
}

/** Refuses batches larger than MAX_BATCH_SIZE before any operation in them runs. */
export const limitBatchSize: RequestHandler = (req, res, next) => {
  const body: unknown = req.body;
  if (!Array.isArray(body) || body.length <= MAX_BATCH_SIZE) return next();
  sendRequestError(
    res,
    400,
    'BAD_REQUEST',
    `A batch may hold at most ${MAX_BATCH_SIZE} operations; this one has ${body.length}`,
    { reason: 'MAX_BATCH_SIZE', limit: MAX_BATCH_SIZE },
  );
};

/**
 * Errors raised before Apollo (body too large, malformed JSON, a failed authentication lookup) as
 * GraphQL-shaped JSON instead of Express' HTML page, which outside production shows a stack.
 */
export const requestErrorHandler: ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (res.headersSent) return next(err);
  const { status, type, expose, message: errorMessage } = (err ?? {}) as Record<string, unknown>;
  if (status === 413) {
    const message = `The request body is larger than ${MAX_BODY_SIZE}`;
    sendRequestError(res, 413, 'PAYLOAD_TOO_LARGE', message, { limit: MAX_BODY_SIZE });
    return;
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // body-parser's JSON message quotes the body back; its other messages are meant for clients.
    const text =
      type === 'entity.parse.failed'
        ? 'The request body is not valid JSON'
        : expose === true && typeof errorMessage === 'string'
          ? errorMessage
          : 'Bad request';
    sendRequestError(res, status, 'BAD_REQUEST', text);
    return;
  }
  req.log.error({ err }, 'request failed before GraphQL execution');
  sendRequestError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
};
