/** Interoperability: GDELT 2.0 / ACLED import and standard exports. */
export { readGdelt, GDELT_RULE } from './gdelt.js';
export { readAcled, ACLED_RULE } from './acled.js';
export { GDELT_COLUMNS } from './gdelt-columns.js';
export type { ImportRow, ImportedEvent, GdeltMentions, AcledExtra } from './types.js';
export type { ImportInput } from './source.js';
export * from './export/index.js';
