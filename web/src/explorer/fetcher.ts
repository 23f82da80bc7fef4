import { shallowIntrospectionQuery } from '@kinerja/shared';
import type { GraphiQLProps } from 'graphiql';
import { getLanguage } from '../i18n/i18n';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * GraphiQL's fetcher: a JSON POST to `/graphql` with the signed-in session cookie (same origin). The JSON
 * content type also satisfies the server's CSRF prevention; answers come in the user's language.
 * GraphiQL's own introspection (for the schema documentation) is sent with a shallower `TypeRef`, so it
 * passes the API's depth limit.
 */
export function explorerFetcher(fetchImpl: typeof fetch = (...args) => fetch(...args), uri = '/graphql'): Fetcher {
  return async (params) => {
    const body =
      params.operationName === 'IntrospectionQuery'
        ? { ...params, query: shallowIntrospectionQuery(params.query) }
        : params;
    const response = await fetchImpl(uri, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': getLanguage() },
      body: JSON.stringify(body),
    });
    return response.json();
  };
}
