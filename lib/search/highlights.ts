// Postgres marks matched words with these; the page turns them into <mark> elements as text, never as HTML,
// so a statement that contains markup stays inert. Private-use characters, so that ordinary text never holds
// them; should a stored text hold one anyway, the worst outcome is a wrongly marked word.
export const highlightStart = '\uE000';
export const highlightStop = '\uE001';

/** Text in pieces; the odd ones (1, 3, …) are the matched words. */
export type Highlighted = string[];

export function splitHighlights(marked: string): Highlighted {
  const pieces: string[] = [];
  let rest = marked;
  for (;;) {
    const start = rest.indexOf(highlightStart);
    const stop = start === -1 ? -1 : rest.indexOf(highlightStop, start);
    if (stop === -1) {
      pieces.push(rest.replaceAll(highlightStart, '').replaceAll(highlightStop, ''));
      return pieces;
    }
    pieces.push(rest.slice(0, start), rest.slice(start + 1, stop));
    rest = rest.slice(stop + 1);
  }
}
