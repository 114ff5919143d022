'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { authClient } from '@/lib/auth/auth-client';

export function SignInForm({ returnTo }: { returnTo: string }) {
  const router = useRouter();
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);
  // Kept in state: React resets a form after its action runs, and a refused sign-in should not cost the email.
  const [email, setEmail] = useState('');

  async function signIn(form: FormData) {
    setPending(true);
    setError('');
    const { error: failure } = await authClient.signIn.email({
      email,
      password: String(form.get('password') ?? ''),
    });
    setPending(false);
    if (!failure) {
      router.replace(returnTo);
      router.refresh();
      return;
    }
    // Never say whether the account exists.
    setError(
      failure.status === 429
        ? 'Too many attempts. Wait a minute and try again.'
        : failure.status === 403 && /deactivated/i.test(failure.message ?? '')
          ? failure.message!
          : 'That email and password do not match an active account.',
    );
  }

  return (
    <form action={signIn} className="mt-6 max-w-sm space-y-4" aria-describedby={error ? 'sign-in-error' : undefined}>
      {error && (
        <p id="sign-in-error" role="alert" className="rounded border border-red-400 bg-red-50 p-3 text-red-950">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-stone-400 px-3 py-2" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
