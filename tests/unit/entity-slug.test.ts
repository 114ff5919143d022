import { describe, expect, it } from 'vitest';
import { firstFreeSlug, slugFromName } from '@/lib/entities/entity-slug';

describe('slugFromName', () => {
  it.each([
    ['Ayman al-Zawahiri', 'ayman-al-zawahiri'],
    ["al-Qa'ida in the Islamic Maghreb", 'al-qaida-in-the-islamic-maghreb'],
    ['Aiman al-Ẓawāhirī', 'aiman-al-zawahiri'],
    ['  Ansar al Sharia (Tunisia)  ', 'ansar-al-sharia-tunisia'],
    ['أيمن الظواهري', 'entity'],
  ])('%s → %s', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });

  it('stays short and never ends in a hyphen', () => {
    const slug = slugFromName(`${'a'.repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).not.toMatch(/-$/);
  });
});

describe('firstFreeSlug', () => {
  it('numbers a taken slug from 2', () => {
    expect(firstFreeSlug('aqim', new Set())).toBe('aqim');
    expect(firstFreeSlug('aqim', new Set(['aqim']))).toBe('aqim-2');
    expect(firstFreeSlug('aqim', new Set(['aqim', 'aqim-2', 'aqim-3']))).toBe('aqim-4');
  });
});
