import type { Highlighted } from '@/lib/search/highlights';

/** Text with the words a search matched marked; every piece is rendered as text. */
export function HighlightedText({ pieces }: { pieces: Highlighted }) {
  return pieces.map((piece, index) =>
    index % 2 === 1 ? (
      <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-stone-950">
        {piece}
      </mark>
    ) : (
      piece
    ),
  );
}
