import { describe, expect, it } from 'vitest';
import { nameMatchKey, normalizeName } from '@/lib/entities/normalize-name';

// Every group is one name as the corpus (and its sources) spell it.
const sameName: string[][] = [
  ['Abu Abdullah Othman al-Assimi', 'Abu Abdullah Othman al-Asemi', 'Abu Abdallah Othman al Assimi'],
  ['al-Assimi', 'al-Asemi', 'el-Assimi', 'Assimi'],
  ['Ayman al-Zawahiri', 'Ayman al Zawahiri', 'Ayman al-Zawahri', 'Ayman Zawahiri', 'Aiman al-Ẓawāhirī'],
  ['Zawahiri', 'Zawahri', 'al Zawahiri', 'al-Zawahiri', 'alZawahiri'],
  ['Abdelmalek Droukdel', 'Abdalmalek Droukdel', 'Abdelmalek Droukdal', 'Abd al-Malik Drukdal'],
  ['al-Qaeda', "al-Qa'ida", 'al-Qaʿida', 'Al Qaeda', 'al-Qāʿidah', 'Qaeda'],
  ['al-Qaeda in the Islamic Maghreb', 'Al Qaeda in Islamic Maghreb', "al-Qa'ida in the Islamic Maghrib"],
  ['Abu Bakr al-Baghdadi', 'Abu Bakr al Baghdadi', 'Abu Bakr el-Baghdadi'],
  ['Abu Musab al-Zarqawi', "Abu Mus'ab al-Zarqawi", 'Abu Musʿab az-Zarqawi'],
  ['Osama bin Laden', 'Usama bin Ladin', 'Osama ibn Laden'],
  ['Abu Muhammad al-Adnani', 'Abu Mohammed al-Adnani'],
  ['Jabhat al-Nusra', 'Jabhat an-Nusra', 'Jabhat al Nusrah'],
  ['Djamel Okacha', 'Jamal Okasha'],
];

describe('nameMatchKey', () => {
  for (const group of sameName) {
    it(`treats ${group.join(' / ')} as one name`, () => {
      const keys = new Set(group.map(nameMatchKey));
      expect([...keys]).toHaveLength(1);
      expect([...keys][0]).not.toBe('');
    });
  }

  it('keeps different names apart', () => {
    const distinct = ['Osama bin Laden', 'al-Assimi', 'Islamic State', 'al-Qaeda', 'Abu Bakr al-Baghdadi', 'Zawahiri', 'ISIS', 'ISIL', 'Nusra'];
    expect(new Set(distinct.map(nameMatchKey)).size).toBe(distinct.length);
  });

  it('strips an article run into a name only where the capitals or an apostrophe show it', () => {
    expect(nameMatchKey('AlQaeda')).toBe(nameMatchKey('al-Qaeda'));
    expect(nameMatchKey("al'Qaeda")).toBe(nameMatchKey('al-Qaeda'));
    expect(normalizeName('Algeria')).toBe('algeria');
    expect(normalizeName('Albania')).toBe('albania');
    expect(nameMatchKey('Algeria')).not.toBe(nameMatchKey('Geria'));
  });

  it('does not mistake a sun-letter word for an article when it stands alone', () => {
    expect(nameMatchKey('Ansar al Sharia')).toBe(nameMatchKey('Ansar ash-Sharia'));
    expect(normalizeName('as Sahab')).toBe('as sahab');
  });
});

describe('normalizeName', () => {
  it('folds case, diacritics, ʿayn marks, apostrophes, articles and doubled letters', () => {
    expect(normalizeName('al-Qāʿida')).toBe('qaida');
    expect(normalizeName("Al-Qa'ida")).toBe('qaida');
    expect(normalizeName('Abu Abdullah Othman al-Assimi')).toBe('abu abdulah othman asimi');
    expect(normalizeName('EL-ASEMI')).toBe('asemi');
  });

  it('returns nothing for a name made only of marks and articles', () => {
    expect(normalizeName("al- ' el")).toBe('');
  });
});
