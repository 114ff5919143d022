import { credibilityLevel, sourceGrades, type SourceGrade } from '@/lib/grading/admiralty';

export function SourceGradeBadge({ grade }: { grade: SourceGrade }) {
  const { label, meaning } = sourceGrades[grade];
  return (
    <span title={meaning} className="grade-badge">
      <span aria-hidden="true" className="font-mono font-bold">{grade}</span>
      <span className="sr-only">Source grade {grade}:</span>
      {label}
    </span>
  );
}

export function CredibilityBadge({ credibility }: { credibility: number }) {
  const level = credibilityLevel(credibility);
  return (
    <span className="grade-badge">
      <span aria-hidden="true" className="font-mono font-bold">{credibility}</span>
      <span className="sr-only">Credibility {credibility}:</span>
      {level?.label}
    </span>
  );
}
