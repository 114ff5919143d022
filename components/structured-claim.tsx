type Named = { name: string };

/** "AQIM · pledges allegiance to · Ayman al-Zawahiri", with a denial marked as such rather than negated in words
 *  (relation labels are phrases, and "does not is a branch of" reads badly). */
export function StructuredClaim({
  subject,
  relation,
  object,
  polarity,
}: {
  subject: Named;
  relation: { label: string };
  object: Named;
  polarity: 'AFFIRMS' | 'DENIES' | null;
}) {
  return (
    <span>
      {polarity === 'DENIES' && <span className="mr-1 rounded bg-amber-100 px-1 text-amber-950">Denies:</span>}
      {subject.name} <span className="text-stone-600">·</span> {relation.label} <span className="text-stone-600">·</span>{' '}
      {object.name}
    </span>
  );
}
