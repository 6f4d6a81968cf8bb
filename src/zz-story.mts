// copy to <repo>/src/zz-story.mts; prints ceasefire + mediation summaries for samples, test articles, seed
import fs from 'node:fs';
import { createAnalyzer } from './engine/analyze.js';
const R = process.cwd();
const an = await createAnalyzer();
const docs: Array<{ id: string; text: string; title?: string; published: string }> = [];
for (const f of fs.readdirSync(R + '/samples/corpus').filter((f) => f.endsWith('.ndjson')))
  fs.readFileSync(R + '/samples/corpus/' + f, 'utf8').trim().split('\n').forEach((l, i) => { const r = JSON.parse(l); docs.push({ id: `${f}-${i}`, text: r.text, title: r.title, published: r.published }); });
for (const f of fs.readdirSync(R + '/test/articles').filter((f) => f.endsWith('.expected.json'))) {
  const e = JSON.parse(fs.readFileSync(R + '/test/articles/' + f, 'utf8'));
  docs.push({ id: f, text: fs.readFileSync(R + '/test/articles/' + e.text_file, 'utf8'), published: e.published });
}
docs.push({ id: 'seed', text: fs.readFileSync('/work/shared/seed/ceasefire-article.txt', 'utf8'), published: '2025-05-10' });
const w = (x: any) => (x ? x.utc ?? x.date : '');
for (const d of docs) {
  const r = an(d).report;
  console.log('== ' + d.id);
  for (const c of r.ceasefires) console.log(`  CF ${c.kind} ${c.parties.join('+')} med=${c.mediators.join(',')} eff=${w(c.effective)} agreed=${w(c.agreed)} until=${w(c.until)} status=${c.status} viol=${c.violations.map((v) => v.kind + ':' + (v.by ?? '') + '>' + (v.against ?? '')).join(',')} ext=${c.extensions.map((e) => e.until).join(',')}`);
  for (const m of r.mediation) console.log(`  MED ${m.mediator.code}->${m.party.code} ${m.channel} ${m.onBehalfOf ?? ''} ${w(m.when)}`);
}
