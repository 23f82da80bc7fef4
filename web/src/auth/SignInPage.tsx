import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/i18n';
import { common } from '../i18n/messages';
import { SignInDocument } from './operations';

/** Username and password; the server answers with an httpOnly session cookie. */
export function SignInPage() {
  const t = useT(common);
  const client = useApolloClient();
  const [login, { loading }] = useMutation(SignInDocument);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await login({ variables: { input: { username, password } } });
      await client.resetStore();
    } catch (failure) {
      // The server's message says what went wrong (wrong password, account locked until …).
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <main className="sign-in">
      <h1>{t('app.title')}</h1>
      <p>{t('app.subtitle')}</p>
      <form onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-title" className="card">
        <h2 id="sign-in-title">{t('signIn.title')}</h2>
        <label>
          {t('signIn.username')}
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          {t('signIn.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={loading}>
          {loading ? t('signIn.busy') : t('signIn.submit')}
        </button>
        <p className="hint">{t('signIn.hint')}</p>
      </form>
    </main>
  );
}
