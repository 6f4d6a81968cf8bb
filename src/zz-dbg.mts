// copy to /work/main/src/zz-dbg.mts; usage: npx tsx src/zz-dbg.mts "text" [date]
import { createAnnotator } from './engine/annotate.js';
import { buildContext } from './coding/context.js';
import { matchSentence } from './coding/match.js';
import { readings } from './coding/specificity.js';
import { attach } from './coding/attach.js';
import { defaultPatterns } from './coding/load.js';
const text = process.argv[2] ?? ''; const date = process.argv[3] ?? '2025-05-10';
const doc = createAnnotator()({ text, published: date });
const ctx = buildContext(doc); const set = defaultPatterns();
for (let s = 0; s < doc.sentences.length; s++) {
  for (const r of readings(matchSentence(ctx, set, s))) {
    const c = r.best; const a = attach(ctx, c);
    console.log(`s${s} ${c.pattern.id} trig=${c.trigger}:${doc.tokens[c.trigger]?.text} how=${a.how} passive=${a.passive} pairs=${a.pairs.map(p => p.source.code + '->' + (p.target?.code ?? '-')).join(',')} fallbacks=${r.fallbacks.map(f => f.pattern.id).join(',')}`);
  }
}
