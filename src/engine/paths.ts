import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

/** Repository root (where package.json and data/ live). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The versioned domain data directory. */
export const DATA_DIR = resolve(ROOT, 'data');
/** The shared evaluation material beside the repository (may be absent). */
export const SHARED_DIR = resolve(ROOT, '..', 'shared');
