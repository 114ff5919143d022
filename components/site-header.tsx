
/** The site's name and the reader's ways in, on public and desk pages alike. */
export function SiteHeader() {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-stone-300 bg-white">
        <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <a href="/" className="text-lg font-semibold tracking-tight">
            Counterclaim
          </a>
          <span className="flex gap-4 text-sm">
            <a href="/search" className="underline">Search</a>
            <a href="/topics" className="underline">Topics</a>
            <a href="/sources" className="underline">Sources</a>
            <a href="/key" className="underline">Grades</a>
            <a href="/api" className="underline">API</a>
          </span>
        </nav>
      </header>
    </>
  );
}
