import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useContext, type ReactNode } from 'react';
import type { Role, ViewerQuery } from '../gql/graphql';
import { SignOutDocument, ViewerQueryDocument } from './operations';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

interface ViewerState {
  viewer: Viewer | null;
  loading: boolean;
  hasRole(role: Role): boolean;
  signOut(): Promise<void>;
}

const ViewerContext = createContext<ViewerState | null>(null);

/** Who is signed in, read from the session cookie by the server; survives a reload. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading } = useQuery(ViewerQueryDocument);
  const [logout] = useMutation(SignOutDocument);
  const viewer = data?.viewer ?? null;
  const state: ViewerState = {
    viewer,
    loading: loading && !data,
    hasRole: (role) => viewer?.roles.includes(role) ?? false,
    async signOut() {
      await logout();
      await client.resetStore();
    },
  };
  return <ViewerContext.Provider value={state}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  const state = useContext(ViewerContext);
  if (!state) throw new Error('useViewer must be used inside <ViewerProvider>');
  return state;
}

export { ViewerQueryDocument };
