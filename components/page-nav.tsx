import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';

/** Previous and next links for a numbered list; `href` builds the address of a page, keeping the filters. */
export function PageNav({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex gap-4">
      {page > 1 && (
        <NoPrefetchLink href={href(page - 1)} className="underline">
          Previous page
        </NoPrefetchLink>
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <NoPrefetchLink href={href(page + 1)} className="underline">
          Next page
        </NoPrefetchLink>
      )}
    </nav>
  );
}
