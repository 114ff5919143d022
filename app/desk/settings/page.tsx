import type { Metadata } from 'next';
import { CreateTokenForm, RevokeTokenForm } from '@/components/desk/token-panel';
import { requirePageActor } from '@/lib/auth/actor';
import { formatMoment } from '@/lib/format/dates';
import { listApiTokens } from '@/lib/tokens/api-tokens';
import { createTokenAction, revokeTokenAction } from './actions';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const actor = await requirePageActor('token:own', '/desk/settings');
  const tokens = await listApiTokens(actor);
  return (
    <>
      <h1 className="text-2xl font-semibold">Settings</h1>
      <p className="mt-1 text-stone-700">
        Signed in as <span dir="auto">{actor.name}</span> ({actor.email}), {actor.role.toLowerCase()}.
      </p>
      <section aria-labelledby="tokens" className="mt-6 space-y-4">
        <h2 id="tokens" className="text-xl font-semibold">Personal API tokens</h2>
        <p className="max-w-3xl">
          A token lets a script use the write API as you, with your role, sent as <code>Authorization: Bearer</code>. Revoke
          a token you no longer use or may have exposed.
        </p>
        {tokens.length ? (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse rounded border border-stone-300 bg-white text-left">
              <caption className="sr-only">Your tokens, newest first</caption>
              <thead className="border-b border-stone-300 text-sm">
                <tr>
                  <th scope="col" className="p-3">Name</th>
                  <th scope="col" className="p-3">Starts with</th>
                  <th scope="col" className="p-3">Created</th>
                  <th scope="col" className="p-3">Last used</th>
                  <th scope="col" className="p-3">Status</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {tokens.map((token) => (
                  <tr key={token.id} className="align-top">
                    <th scope="row" className="p-3 font-medium" dir="auto">{token.name}</th>
                    <td className="p-3 font-mono text-sm">{token.tokenPrefix}…</td>
                    <td className="p-3">{formatMoment(token.createdAt)}</td>
                    <td className="p-3">{token.lastUsedAt ? formatMoment(token.lastUsedAt) : 'Never'}</td>
                    <td className="p-3">
                      <p className={token.revokedAt ? 'text-stone-700' : 'text-green-900'}>
                        {token.revokedAt ? `Revoked ${formatMoment(token.revokedAt)}` : 'Active'}
                      </p>
                      <div className="mt-2">
                        <RevokeTokenForm action={revokeTokenAction.bind(null, token.id)} name={token.name} revoked={token.revokedAt !== null} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>You have no tokens yet.</p>
        )}
        <h3 className="text-lg font-semibold">Create a token</h3>
        <CreateTokenForm action={createTokenAction} />
      </section>
    </>
  );
}
