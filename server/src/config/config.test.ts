import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to port 4000, an embedded database and Bahasa-first development settings', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, environment: 'development', logLevel: 'info' });
    expect(config.embeddedDataDir).toMatch(/\.data[/\\]postgres$/);
  });

  it('accepts a valid PORT and DATABASE_URL', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgresql://u:p@db.example:5432/kinerja' });
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgresql://u:p@db.example:5432/kinerja');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 1 to 65535, got "abc".'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 1 to 65535, got "70000".'],
    [{ PORT: '0' }, 'PORT must be a whole number from 1 to 65535, got "0".'],
    [{ PORT: '80.5' }, 'PORT must be a whole number from 1 to 65535, got "80.5".'],
    [
      { DATABASE_URL: 'not a url' },
      'DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database.',
    ],
    [{ DATABASE_URL: 'mysql://u@h/db' }, 'DATABASE_URL must start with postgres:// or postgresql://, got "mysql://".'],
    [
      { DATABASE_URL: 'postgres://u@h:5432' },
      'DATABASE_URL must name a database, e.g. postgres://user:password@h:5432/kinerja.',
    ],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be one of development, production, test, got "staging".'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud".'],
  ])('refuses %o with one clear sentence', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });
});
