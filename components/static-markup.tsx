import { renderToStaticMarkup } from 'react-dom/server';

type Props = {
  as?: 'article' | 'div';
  /** The one value the body is made from, when it is the published cache's (frozen, shared by every reader until
   *  the record changes): the same value makes the same markup, so it is rendered once and kept beside the value.
   *  For pages whose values are few and read again (the home page, topics, entities, sources, searches), not a
   *  claim's or a contradiction's: kept beside thousands of cached claims, the markup grew the capped heap and, under
   *  load, the claim page's p99 from 109-126 to 155-160 ms, for visits that mostly come once. */
  renderedFrom?: object | null;
  /** What else the body is made from, as a string, when it is more than the value: a search's form as typed. */
  andFrom?: string;
  children: React.ReactNode;
};

// Held weakly: the markup goes when the cache lets its value go, at the latest when the published record changes.
const markupOfCachedValue = new WeakMap<object, Map<string, string>>();
/** How many markups one value keeps. A search typed with spaces around it is the same cached result with another
 *  form, so without a bound anyone could grow one result's markups without end. */
const markupsPerValue = 8;

/** A public page's body, rendered by React's string renderer and placed into the page as it is.
 *
 *  Next renders a Pages Router page with React's streaming renderer, which encodes every text and attribute chunk
 *  to bytes on its own and then turns the stream back into a string; on a topic page that encoding, and the
 *  renderer's work around it, took about a third of the server's time. The string renderer builds the body as one
 *  string, and the whole page then costs about 40% less server time (a topic page, measured under load).
 *
 *  The body is a separate render, so what needs the page's own tree stays outside it: next/head (PublicHead,
 *  NotPublicPage), and any context or hook. The public components are plain markup and use neither. */
export function StaticMarkup({ as: Element = 'div', renderedFrom, andFrom = '', children }: Props) {
  const cachedValue = renderedFrom != null && Object.isFrozen(renderedFrom) ? renderedFrom : null;
  const kept = cachedValue ? (markupOfCachedValue.get(cachedValue) ?? new Map<string, string>()) : null;
  let html = kept?.get(andFrom);
  if (html === undefined) {
    html = renderToStaticMarkup(children);
    if (cachedValue && kept && kept.size < markupsPerValue) markupOfCachedValue.set(cachedValue, kept.set(andFrom, html));
  }
  return <Element dangerouslySetInnerHTML={{ __html: html }} />;
}
