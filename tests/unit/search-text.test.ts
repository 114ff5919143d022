import { describe, expect, it } from 'vitest';
import { highlightStart as start, highlightStop as stop, splitHighlights } from '@/lib/search/highlights';
import { splitWords } from '@/lib/search/interpret-query';

describe('splitWords', () => {
  it('keeps the words, drops the punctuation and operators around them, once each, at most eight', () => {
    expect(splitWords('  "Zawahri"  allegiance! -caliphate (AQIM) zawahri ')).toEqual(['zawahri', 'allegiance', 'caliphate', 'aqim']);
    expect(splitWords("al-Qa'ida's")).toEqual(["al-qa'ida's"]);
    expect(splitWords('!!! ---')).toEqual([]);
    expect(splitWords('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe('splitHighlights', () => {
  it('gives the matched words at the odd places', () => {
    expect(splitHighlights(`AQIM ${start}reaffirms${stop} allegiance to ${start}Zawahiri${stop}`)).toEqual(['AQIM ', 'reaffirms', ' allegiance to ', 'Zawahiri', '']);
    expect(splitHighlights('nothing matched')).toEqual(['nothing matched']);
  });

  it('drops an unpaired marker rather than marking the rest of the text', () => {
    expect(splitHighlights(`a ${start}b`)).toEqual(['a b']);
    expect(splitHighlights(`a ${stop}b`)).toEqual(['a b']);
  });
});
