import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';
import { statusOfCode } from '../export/errors.js';

export const APPLICATION_JSON = 'application/json';
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * The media type of a GraphQL response for this `Accept` header, chosen exactly as Apollo Server chooses it
 * (same candidates, same order): `application/json` when the header is missing, null when nothing fits
 * (Apollo then answers 406).
 */
export function responseMediaTypeFor(
  accept: string | undefined,
): typeof APPLICATION_JSON | typeof GRAPHQL_RESPONSE_JSON | null {
  if (!accept) return APPLICATION_JSON;
  const preferred = new Negotiator({ headers: { accept } }).mediaType([
    'application/json; charset=utf-8',
    'application/graphql-response+json; charset=utf-8',
    'application/json; callbackSpec=1.0; charset=utf-8',
  ]);
  if (!preferred) return null;
  return preferred.startsWith(GRAPHQL_RESPONSE_JSON) ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON;
}

/**
 * HTTP status codes of GraphQL responses, as the GraphQL-over-HTTP specification asks.
 *
 * Apollo answers 500 for any error thrown before execution unless the error says otherwise, so our refusals
 * (UNAUTHENTICATED and FORBIDDEN from the operation policy and the read-only session, BAD_USER_INPUT from the
 * query limits) came back as server failures. This plugin sets the status of a response that has no `data`
 * (a request error: the operation never ran) from the first error's code, per the media type the client accepts:
 *
 * - `application/graphql-response+json` (what Apollo Client 4 asks for): the code's 4xx status — 400 for
 *   parse, validation, variable and limit errors, 401 UNAUTHENTICATED, 403 FORBIDDEN. The body is still the
 *   GraphQL response, which such clients read whatever the status.
 * - `application/json` (legacy clients, or no Accept header): 200 for every well-formed request, as the
 *   specification says for this media type, since such clients may not read the body of a non-2xx response.
 *
 * Untouched: responses with `data` (the operation ran; field errors stay 200), requests that are not well-formed
 * (`BAD_REQUEST`, e.g. no `query`: 400 either way), and failures of ours (5xx, e.g. the database is down), whose
 * status Apollo or the error itself already set. Operations run through `executeOperation` (the export) have no
 * HTTP request and are left alone.
 */
export function graphqlStatusPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (!request.http || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.data !== undefined || !result.errors?.length) return;
          const code = result.errors[0]!.extensions?.code;
          const status = statusOfCode(typeof code === 'string' ? code : undefined);
          if (status >= 500) return;
          if (code === 'BAD_REQUEST') {
            response.http.status = 400;
            return;
          }
          const mediaType = responseMediaTypeFor(request.http.headers.get('accept'));
          if (mediaType === null) return;
          response.http.status = mediaType === GRAPHQL_RESPONSE_JSON ? status : 200;
        },
      };
    },
  };
}
