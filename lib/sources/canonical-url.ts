// Two spellings of one address should find one source: the host's case, a fragment, tracking parameters and a
// trailing slash do not make a different article.
const trackingParameter = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/i;

export function canonicalUrl(input: string): string {
  const url = new URL(input.trim());
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (trackingParameter.test(key)) url.searchParams.delete(key);
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}
