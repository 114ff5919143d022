import type { NextPageContext, PageConfig } from 'next';
import { PublicHead } from '@/components/public-head';
import { databaseUnavailableMessage, isDatabaseUnavailable, retryAfterSeconds } from '@/lib/database/unavailable';

// The public site's error page. Next.js renders it on the server with the error a page's getServerSideProps threw:
// when that was the database going away, the answer is a 503 with Retry-After and says so, in plain HTML like
// every public page; any other failure stays the 500 it is.

export const config: PageConfig = { unstable_runtimeJS: false };

type Props = { statusCode: number };

export default function ErrorPage({ statusCode }: Props) {
  const unavailable = statusCode === 503;
  const title = unavailable ? 'Temporarily unavailable' : 'Something went wrong';
  const message = unavailable ? databaseUnavailableMessage : 'Something went wrong on our side while showing this page.';
  return (
    <>
      <PublicHead title={title} description={message} noIndex />
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2">
        {message} <a href="/" className="text-blue-800 underline">Back to the record</a>.
      </p>
    </>
  );
}

ErrorPage.getInitialProps = ({ res, err }: NextPageContext): Props => {
  if (res && isDatabaseUnavailable(err)) {
    res.statusCode = 503;
    res.setHeader('Retry-After', String(retryAfterSeconds));
  }
  return { statusCode: res?.statusCode ?? err?.statusCode ?? 500 };
};
