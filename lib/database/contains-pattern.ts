/** A LIKE pattern that finds the text anywhere, its `%`, `_` and `\` (LIKE's escape) taken as themselves. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;
