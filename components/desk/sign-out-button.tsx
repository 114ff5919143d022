'use client';

import { useRouter } from 'next/navigation';
import { authClient } from '@/lib/auth/auth-client';

export function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      className="underline hover:text-stone-950"
      onClick={async () => {
        await authClient.signOut();
        router.replace('/');
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}
