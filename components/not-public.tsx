import { PublicHead } from './public-head';

/** What a reader sees at an address that holds nothing public: a draft's, a guessed one, a mistyped one. */
export function NotPublic() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2">
        Nothing public lives at this address. <a href="/" className="text-blue-800 underline">Back to the record</a>.
      </p>
    </>
  );
}

/** The same, as a public page of its own (pages/), with its title. */
export function NotPublicPage() {
  return (
    <>
      <PublicHead title="Not found" description="Nothing public lives at this address." noIndex />
      <NotPublic />
    </>
  );
}
