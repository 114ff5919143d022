import Link from 'next/link';
import type { ComponentProps } from 'react';

/** A link between desk pages: followed without reloading the document, as next/link does, but never prefetched,
 *  neither in view nor on hover.
 *
 *  Next prefetches a link as it comes into view, but a dynamic page (every desk page is: it depends on who is signed
 *  in) only down to a loading.js boundary, and the desk has none. Each prefetch brought back 0.4-2 KB of the route's
 *  outline and none of the page, yet each cost the server a request. With the benchmark's record, opening the review
 *  queue in a browser and scrolling to its end sent 29 of them, the sources list 38. The server spent 500-670 ms of
 *  CPU on a visit of either, with its scripts and styles, and 130-270 ms without the prefetches. */
export function NoPrefetchLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
