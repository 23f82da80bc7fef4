import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import introspection from '../gql/possible-types';
import { getLanguage } from '../i18n/i18n';

/** One client for the SPA; answers come in the language the user chose. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  const language = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': getLanguage() },
    }));
    return forward(operation);
  });
  return new ApolloClient({
    link: ApolloLink.from([language, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      possibleTypes: introspection.possibleTypes,
      typePolicies: {
        // `LocalizedText.id` is the Indonesian text, not an identity: never normalise these objects.
        LocalizedText: { keyFields: false },
      },
    }),
  });
}
