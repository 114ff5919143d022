import Link from 'next/link';
import type { ComponentProps } from 'react';

/** A link to a desk page: followed without reloading the document, as next/link does, but never prefetched.
 *
 *  Next prefetches a link as it comes into view, but a dynamic page (every desk page is: it depends on who is signed
 *  in) only down to a loading.js boundary, and the desk has none. Each prefetch brought back 0.4-2 KB of the route's
 *  outline and none of the page, yet the server answered it. With the benchmark's record, opening the review queue
 *  in a browser sent 29 of them and the sources list 38; the server spent 500-670 ms of CPU on a visit of either,
 *  against 130-270 ms without them (the page, its scripts and its styles). */
export function DeskLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
