import { formatDay } from '@/lib/format/dates';
import { decisionLabel, type Decision } from '@/lib/reviews/review-schema';

type Review = { id: string; decision: Decision; note: string; version: number; createdAt: Date; reviewer: { name: string } };

/** Who decided which version when, with their notes: on a claim's and a link's desk page. */
export function ReviewHistory({ reviews, headingLevel = 2 }: { reviews: Review[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="review-history-heading" className="mt-8">
      <Heading id="review-history-heading" className="text-xl font-semibold">
        Review history
      </Heading>
      {reviews.length === 0 ? (
        <p className="mt-2 text-stone-700">No decision yet.</p>
      ) : (
        <ol className="mt-2 space-y-1">
          {reviews.map((review) => (
            <li key={review.id}>
              {review.reviewer.name}: {decisionLabel[review.decision].toLowerCase()} version {review.version} on {formatDay(review.createdAt)}
              {review.note && <span dir="auto">. “{review.note}”</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
