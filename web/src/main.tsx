import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';
import { ViewerProvider } from './common/viewer';
import { I18nProvider } from './i18n/i18n';
import './app/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ApolloProvider client={createApolloClient()}>
        <ViewerProvider>
          <App />
        </ViewerProvider>
      </ApolloProvider>
    </I18nProvider>
  </StrictMode>,
);
