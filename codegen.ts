import type { CodegenConfig } from '@graphql-codegen/cli';

// The committed SDL (written by `server/scripts/schema.ts`) types every operation declared in web/src.
const config: CodegenConfig = {
  schema: 'server/schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    // Which concrete types implement each interface (Indicator…), for the Apollo cache.
    'web/src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', ID: 'string', LocalDate: 'string' },
      },
    },
  },
};

export default config;
