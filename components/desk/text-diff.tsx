import type { TextChange } from '@/lib/claims/version-diff';

/** Word-level changes, marked so they read without colour too (screen readers announce ins and del). */
export function TextDiff({ parts }: { parts: TextChange }) {
  return (
    <span dir="auto">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} className="bg-green-100 text-green-950 underline">
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} className="bg-red-100 text-red-950">
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </span>
  );
}
