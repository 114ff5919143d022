import type { Metadata } from 'next';
import { AccountStatusForm, CreateUserForm, RoleForm } from '@/components/desk/user-admin-forms';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDay } from '@/lib/format/dates';
import { listUsers } from '@/lib/users/list-users';
import { createUserAction, setAccountStatusAction, setUserRoleAction } from './actions';

export const metadata: Metadata = { title: 'Accounts' };

export default async function AccountsPage() {
  const actor = await requirePageActor('user:manage', '/desk/admin/users');
  const users = await listUsers(actor);
  return (
    <>
      <h1 className="text-2xl font-semibold">Accounts</h1>
      <p className="mt-1 text-stone-700">
        Editors write sources, entities, claims and links; reviewers sign claims off; administrators also manage accounts.
        A deactivated account is signed out at once and cannot sign in or use its API tokens; what it wrote stays on record.
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse rounded border border-stone-300 bg-white text-left">
          <caption className="sr-only">All accounts, active first</caption>
          <thead className="border-b border-stone-300 text-sm">
            <tr>
              <th scope="col" className="p-3">Account</th>
              <th scope="col" className="p-3">Role</th>
              <th scope="col" className="p-3">Claims</th>
              <th scope="col" className="p-3">Since</th>
              <th scope="col" className="p-3">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {users.map((user) => (
              <tr key={user.id} className="align-top">
                <th scope="row" className="p-3 font-normal">
                  <span className="block font-medium" dir="auto">{user.name}</span>
                  <span className="block text-sm text-stone-700">{user.email}</span>
                </th>
                <td className="p-3">
                  <RoleForm action={setUserRoleAction.bind(null, user.id)} name={user.name} role={user.role} />
                </td>
                <td className="p-3">{user._count.claims}</td>
                <td className="p-3 whitespace-nowrap">{formatDay(user.createdAt)}</td>
                <td className="p-3">
                  <p className={user.banned ? 'font-medium text-red-800' : 'text-green-900'}>{user.banned ? 'Deactivated' : 'Active'}</p>
                  {user.banned && user.banReason && <p className="text-sm text-stone-700" dir="auto">{user.banReason}</p>}
                  <div className="mt-2">
                    <AccountStatusForm
                      action={setAccountStatusAction.bind(null, user.id)}
                      name={user.name}
                      banned={user.banned}
                      isSelf={user.id === actor.id}
                    />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="create-account" className="mt-8">
        <h2 id="create-account" className="mb-3 text-xl font-semibold">Create an account</h2>
        <CreateUserForm action={createUserAction} />
      </section>
    </>
  );
}
