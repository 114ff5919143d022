import { credibilityLevel, sourceGrades, type SourceGrade } from '@/lib/grading/admiralty';

export function SourceGradeBadge({ grade }: { grade: SourceGrade }) {
  const { label, meaning } = sourceGrades[grade];
  return (
    <span title={meaning} className="inline-flex items-center gap-1 rounded border border-stone-400 bg-white px-1.5 py-0.5 text-xs font-medium text-stone-800">
      <span aria-hidden="true" className="font-mono font-bold">{grade}</span>
      <span className="sr-only">Source grade {grade}:</span>
      {label}
    </span>
  );
}

export function CredibilityBadge({ credibility }: { credibility: number }) {
  const level = credibilityLevel(credibility);
  return (
    <span className="inline-flex items-center gap-1 rounded border border-stone-400 bg-white px-1.5 py-0.5 text-xs font-medium text-stone-800">
      <span aria-hidden="true" className="font-mono font-bold">{credibility}</span>
      <span className="sr-only">Credibility {credibility}:</span>
      {level?.label}
    </span>
  );
}
