import type { GetServerSideProps, GetServerSidePropsContext } from 'next';
import { firstValue } from '@/lib/http/query-values';
import { keepByReference, markDates, reviveDates, type MarkedJson } from './dated-json';

// The public pages read their data in getServerSideProps and get it as props: by reference, or where the props
// are serialized as a copy with its Dates marked (dated-json.ts).

export type PublicPageProps = { data: MarkedJson };

/** In development Next writes every page's props into it as JSON, for the browser to hydrate it, whatever the
 *  page's config says (`unstable_runtimeJS: false` counts only in production): there a reference would reach the
 *  browser empty, so the data travels as a copy. */
const propsLeaveTheServer = process.env.NODE_ENV !== 'production';

/** A page's getServerSideProps: what `load` returns is the page's data. Null answers 404, rendered by the
 *  page itself (`pageData` gives it null): Next's own 404 would come from the App Router, with its runtime. */
export function publicPage<T>(load: (context: GetServerSidePropsContext) => Promise<T | null>): GetServerSideProps<PublicPageProps> {
  return async (context) => {
    const data = await load(context);
    if (data === null) context.res.statusCode = 404;
    return { props: { data: propsLeaveTheServer ? markDates(data) : keepByReference(data) } };
  };
}

/** The page's data with its Dates back. In production it is the loader's value itself, often the published
 *  cache's, frozen and shared by every reader: a page reads it and never writes to it. */
export function pageData<T>(props: PublicPageProps): T | null {
  return reviveDates<T | null>(props.data);
}

/** A route parameter as one string: Next gives arrays for catch-all segments, which these pages do not have. */
export function routeParam(context: GetServerSidePropsContext, name: string): string {
  return firstValue(context.params?.[name]) ?? '';
}

/** The data a page's loader gives it, once found. */
export type LoadedData<Load extends (...args: never[]) => Promise<unknown>> = NonNullable<Awaited<ReturnType<Load>>>;
