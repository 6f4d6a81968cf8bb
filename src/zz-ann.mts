// copy to /work/main/src/zz-ann.mts; usage: npx tsx src/zz-ann.mts "text" [date]
import { createAnnotator } from './engine/annotate.js';
const text = process.argv[2] ?? ''; const date = process.argv[3] ?? '2025-05-10';
const doc = createAnnotator()({ text, published: date });
console.log(doc.tokens.map((t, i) => `${i}:${t.text}/${t.pos}${t.lemma && t.lemma !== t.lower ? '(' + t.lemma + ')' : ''}`).join(' '));
for (const a of doc.actors) console.log('ACTOR', JSON.stringify(text.slice(a.start, a.end)), JSON.stringify({ code: a.code, kind: a.kind, how: a.how, members: a.members }));
for (const p of doc.places) console.log('PLACE', JSON.stringify(text.slice(p.start, p.end)), JSON.stringify(p).slice(0, 200));
for (const t of doc.times) console.log('TIME', JSON.stringify(text.slice(t.start, t.end)), JSON.stringify(t).slice(0, 250));
console.log('countries', doc.countries);
