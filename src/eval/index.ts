export { runEval, SENTENCE_DATE } from './run.js';
export type { EvalReport, EvalSet, CodeFn } from './run.js';
export { formatReport } from './format.js';
export { scoreArticles, scoreArticle, eventMatches } from './articles.js';
export { scorePlover } from './plover.js';
export { scoreQuad, QUAD_FALLBACK } from './quad.js';
export { prf, pentaclass, mainEvent, macroF1 } from './metrics.js';
