import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2">
        Nothing public lives at this address. <Link href="/" className="text-blue-800 underline">Back to the record</Link>.
      </p>
    </>
  );
}
