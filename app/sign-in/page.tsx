import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/sign-in-form';
import { getSessionActor } from '@/lib/auth/actor';
import { safeReturnPath } from '@/lib/auth/return-path';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const returnTo = safeReturnPath((await searchParams).next);
  if (await getSessionActor()) redirect(returnTo);
  return (
    <>
      <h1 className="text-2xl font-semibold">Sign in to the desk</h1>
      <p className="mt-2 text-stone-700">For editors, reviewers and administrators. Readers need no account.</p>
      <SignInForm returnTo={returnTo} />
    </>
  );
}
