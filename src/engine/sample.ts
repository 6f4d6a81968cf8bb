import { join } from 'node:path';
import { ROOT } from './paths.js';

/** The bundled, illustrative sample corpus (see samples/corpus/README.md). */
export const SAMPLE_CORPUS = join(ROOT, 'samples', 'corpus');
