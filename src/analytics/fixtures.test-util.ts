import type { AEvent } from './types.js';
import type { QuadClass } from '../domain/types.js';

let n = 0;
/** A compact event maker for analytics tests (fictional world: ARN, GON, ROH, MOR). */
export function ev(date: string, src: string, tgt: string | null, cameo: string, goldstein: number, extra: Partial<AEvent> = {}): AEvent {
  const root = Number(cameo.slice(0, 2));
  const quad: QuadClass = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
  return { id: `e${++n}`, date, sourceCode: src, targetCode: tgt, cameo, quad, goldstein, modality: 'asserted', evidence: `${src} ${cameo} ${tgt}`, ...extra };
}
