import { NoPrefetchLink } from '@/components/desk/no-prefetch-link';

export default function Forbidden() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="mt-2">
        Your role cannot use this page.{' '}
        <NoPrefetchLink href="/desk" className="text-blue-800 underline">
          Back to the desk
        </NoPrefetchLink>
        .
      </p>
    </>
  );
}
