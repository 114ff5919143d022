import type { PageConfig } from 'next';
import { PublicHead } from '@/components/public-head';
import { credibilityLevels, sourceGrades } from '@/lib/grading/admiralty';

export const config: PageConfig = { unstable_runtimeJS: false };

export default function KeyPage() {
  return (
    <article className="max-w-3xl">
      <PublicHead
        title="What the grades mean"
        description="The Admiralty grading: how reliable a source is (A–F), and how credible a piece of information is (1–6)."
        path="/key"
      />
      <h1 className="text-3xl font-semibold tracking-tight">What the grades mean</h1>
      <p className="mt-2">
        Counterclaim grades two things separately, as intelligence analysts do with the Admiralty scale: how far a <em>source</em> can be trusted, and how
        credible a <em>claim</em> is on the evidence. A reliable source can still carry a doubtful claim, and the reverse.
      </p>
      <h2 className="mt-6 text-xl font-semibold">Sources, A to F</h2>
      <dl className="mt-2 space-y-2">
        {Object.entries(sourceGrades).map(([grade, { label, meaning }]) => (
          <div key={grade}>
            <dt className="font-semibold">
              {grade}: {label}
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-6 text-xl font-semibold">Claims, 1 to 6</h2>
      <dl className="mt-2 space-y-2">
        {Object.entries(credibilityLevels).map(([level, { label, meaning }]) => (
          <div key={level}>
            <dt className="font-semibold">
              {level}: {label}
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
