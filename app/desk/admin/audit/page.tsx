import type { Metadata } from 'next';
import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';
import { inputClass } from '@/components/forms/field';
import { formatAuditJson, listAuditEvents, type AuditEventRow, type AuditFilter } from '@/lib/audit/list-audit-events';
import { requirePageActor } from '@/lib/auth/actor';
import type { QueryValue } from '@/lib/http/query-values';
import { dayString } from '@/lib/validation/fields';

export const metadata: Metadata = { title: 'Audit trail' };

type Props = { searchParams: Promise<Record<string, QueryValue>> };

// Targets that have a page on the desk; the others (accounts, tokens, reviews) are shown as type and id only.
const targetPages: Record<string, string> = {
  Claim: '/desk/claims',
  Source: '/desk/sources',
  Entity: '/desk/entities',
  ClaimLink: '/desk/links',
};

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requirePageActor('user:manage', '/desk/admin/audit');
  const { events, nextCursor, cursor, filter, options } = await listAuditEvents(actor, await searchParams);
  const filterParams = filterQuery(filter);
  const pageLink = (before?: string) => {
    const query = new URLSearchParams(before ? { ...filterParams, before } : filterParams).toString();
    return query ? `/desk/admin/audit?${query}` : '/desk/admin/audit';
  };
  // A filter value that matches nothing recorded still shows as chosen, so the empty result explains itself.
  const actorOptions = withCurrent(options.actors.map((user) => [user.id, `${user.name} (${user.email})`] as const), filter.actor, (id) => `Unknown account ${id}`);
  const actionOptions = withCurrent(options.actions.map((action) => [action, action] as const), filter.action);
  const targetTypeOptions = withCurrent(options.targetTypes.map((type) => [type, type] as const), filter.targetType);
  return (
    <>
      <h1 className="text-2xl font-semibold">Audit trail</h1>
      <p className="mt-1 text-stone-700">Every change on the desk, newest first, with who made it and the record before and after. Times are UTC.</p>
      <form role="search" aria-label="Filter the audit trail" className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <FilterSelect id="actor" label="Actor" value={filter.actor} options={actorOptions} />
        <FilterSelect id="action" label="Action" value={filter.action} options={actionOptions} />
        <FilterSelect id="targetType" label="Target type" value={filter.targetType} options={targetTypeOptions} />
        <div>
          <label htmlFor="targetId" className="block text-sm font-medium">Target id</label>
          <input id="targetId" name="targetId" defaultValue={filter.targetId ?? ''} className={`${inputClass} font-mono`} autoComplete="off" spellCheck={false} />
        </div>
        <div>
          <label htmlFor="from" className="block text-sm font-medium">From (UTC day)</label>
          <input id="from" name="from" type="date" defaultValue={dayString(filter.from)} className={inputClass} />
        </div>
        <div>
          <label htmlFor="to" className="block text-sm font-medium">To (UTC day, included)</label>
          <input id="to" name="to" type="date" defaultValue={dayString(filter.to)} className={inputClass} />
        </div>
        <div className="flex items-center gap-4 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="rounded border border-stone-500 px-3 py-2 font-medium">Filter</button>
          <NoPrefetchLink href="/desk/admin/audit" className="text-blue-800 underline">Clear filters</NoPrefetchLink>
        </div>
      </form>
      <p className="mt-4 text-sm text-stone-700" role="status">
        {events.length === 0
          ? 'No audit entries match.'
          : `${events.length} ${events.length === 1 ? 'entry' : 'entries'}${cursor ? `, older than entry ${cursor}` : ''}`}
      </p>
      {events.length > 0 && (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse rounded border border-stone-300 bg-white text-left">
            <caption className="sr-only">Audit entries, newest first</caption>
            <thead className="border-b border-stone-300 text-sm">
              <tr>
                <th scope="col" className="p-3">Time (UTC)</th>
                <th scope="col" className="p-3">Actor</th>
                <th scope="col" className="p-3">Action</th>
                <th scope="col" className="p-3">Target</th>
              </tr>
            </thead>
            {events.map((event) => (
              <AuditEntry key={event.id} event={event} />
            ))}
          </table>
        </div>
      )}
      {(nextCursor || cursor) && (
        <nav aria-label="Pages" className="mt-4 flex gap-4">
          {cursor && <NoPrefetchLink href={pageLink()} className="underline">Newest entries</NoPrefetchLink>}
          {nextCursor && <NoPrefetchLink href={pageLink(nextCursor)} className="underline">Older entries</NoPrefetchLink>}
        </nav>
      )}
    </>
  );
}

// Each entry is its own row group: the summary row, then the row that expands to the record before and after.
function AuditEntry({ event }: { event: AuditEventRow }) {
  const before = formatAuditJson(event.before);
  const after = formatAuditJson(event.after);
  const targetPage = targetPages[event.targetType];
  const target = (
    <>
      {event.targetType} <span className="font-mono text-sm break-all">{event.targetId}</span>
    </>
  );
  return (
    <tbody className="border-b border-stone-300">
      <tr className="align-top">
        <th scope="row" className="p-3 font-normal whitespace-nowrap">
          <time dateTime={event.createdAt.toISOString()}>{formatSecond(event.createdAt)}</time>
        </th>
        <td className="p-3" dir="auto">{event.actor?.name ?? 'No account'}</td>
        <td className="p-3"><code className="text-sm">{event.action}</code></td>
        <td className="p-3">
          {targetPage ? <NoPrefetchLink href={`${targetPage}/${encodeURIComponent(event.targetId)}`} className="text-blue-800 underline">{target}</NoPrefetchLink> : target}
        </td>
      </tr>
      <tr>
        <td colSpan={4} className="px-3 pb-3">
          {before || after ? (
            <details>
              <summary className="cursor-pointer text-sm font-medium text-blue-800">Before and after</summary>
              <div className="mt-2 grid gap-3 lg:grid-cols-2">
                <JsonState label="Before" state={before} />
                <JsonState label="After" state={after} />
              </div>
            </details>
          ) : (
            <p className="text-sm text-stone-600">No before or after recorded.</p>
          )}
        </td>
      </tr>
    </tbody>
  );
}

function JsonState({ label, state }: { label: string; state: ReturnType<typeof formatAuditJson> }) {
  return (
    <div className="min-w-0">
      <p className="text-sm font-medium">{label}</p>
      {state ? (
        <>
          <pre dir="auto" className="mt-1 max-h-[32rem] overflow-auto rounded border border-stone-300 bg-stone-50 p-2 text-xs whitespace-pre-wrap [overflow-wrap:anywhere]">
            {state.text}
          </pre>
          {state.truncated && (
            <p className="mt-1 text-sm text-stone-700">
              Cut short: the first {state.text.length.toLocaleString('en')} of {state.length.toLocaleString('en')} characters.
            </p>
          )}
        </>
      ) : (
        <p className="mt-1 text-sm text-stone-600">None</p>
      )}
    </div>
  );
}

type Option = readonly [value: string, label: string];

function FilterSelect({ id, label, value, options }: { id: string; label: string; value: string | undefined; options: readonly Option[] }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <select id={id} name={id} defaultValue={value ?? ''} className={inputClass}>
        <option value="">Any</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>{optionLabel}</option>
        ))}
      </select>
    </div>
  );
}

function withCurrent(options: readonly Option[], current: string | undefined, label: (value: string) => string = (value) => value): readonly Option[] {
  return current && !options.some(([value]) => value === current) ? [...options, [current, label(current)]] : options;
}

/** The filter as it goes back into links: days as YYYY-MM-DD, empty filters left out. */
function filterQuery(filter: AuditFilter): Record<string, string> {
  const entries = Object.entries(filter).map(([key, value]) => [key, value instanceof Date ? dayString(value) : value] as const);
  return Object.fromEntries(entries.filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
}

function formatSecond(date: Date) {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}
