/** A link out to a source: only http(s) addresses become links, and they carry no referrer or opener. */
export function ExternalLink({ href, children }: { href: string; children: React.ReactNode }) {
  if (!/^https?:\/\//i.test(href)) return <span>{children}</span>;
  return (
    <a href={href} rel="noopener noreferrer nofollow" className="text-blue-800 underline hover:text-blue-950">
      {children}
    </a>
  );
}
