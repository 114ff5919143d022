/** A link out to a source. Only an http(s) address becomes a link, whatever else is stored or slips past
 *  validation (`javascript:`, `data:`, a relative path, a protocol-relative `//host`); the link carries no
 *  referrer and no opener, and tells search engines we do not vouch for it. */
export function ExternalLink({ href, children }: { href: string; children: React.ReactNode }) {
  const url = httpUrl(href);
  if (!url) return <span>{children}</span>;
  return (
    <a href={url} rel="noopener noreferrer nofollow" className="text-blue-800 underline hover:text-blue-950">
      {children}
    </a>
  );
}

function httpUrl(text: string): string | null {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}
