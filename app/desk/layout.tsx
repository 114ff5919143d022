import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';
import { SignOutButton } from '@/components/desk/sign-out-button';
import { requirePageActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { countInReview } from '@/lib/reviews/review-queue';

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  // Each desk page checks again for itself: a layout's check does not cover the server actions inside.
  const actor = await requirePageActor('desk:read', '/desk');
  const waiting = can(actor, 'review:decide') ? await countInReview() : 0;
  const links = [
    ['/desk', 'Desk'],
    ...(can(actor, 'review:decide') ? [['/desk/review', `Review (${waiting})`]] : []),
    ...(can(actor, 'claim:write') ? [['/desk/claims/new', 'New claim']] : []),
    ['/desk/sources', 'Sources'],
    ['/desk/entities', 'Entities'],
    ...(can(actor, 'user:manage') ? [['/desk/admin/users', 'Accounts']] : []),
    ...(can(actor, 'user:manage') ? [['/desk/admin/audit', 'Audit']] : []),
    ['/desk/settings', 'Settings'],
  ];
  return (
    <div>
      <nav aria-label="Desk" className="-mt-4 mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-stone-300 pb-3 text-sm">
        {links.map(([href, label]) => (
          <NoPrefetchLink key={href} href={href} className="font-medium text-blue-800 underline hover:text-blue-950">
            {label}
          </NoPrefetchLink>
        ))}
        <span className="ml-auto text-stone-700">
          {actor.name} ({actor.role.toLowerCase()})
        </span>
        <SignOutButton />
      </nav>
      {children}
    </div>
  );
}
