/** Human-readable tables for an EvalReport. Pure: returns text. */
import type { EvalReport } from './run.js';
import type { Prf } from './metrics.js';

const f = (x: number): string => x.toFixed(3);
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const cut = (s: string, n = 140): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function prfTable(title: string, rows: Record<string, Prf>): string[] {
  const out = [`  ${pad(title, 12)} ${pad('P', 6)} ${pad('R', 6)} ${pad('F1', 6)}  tp/fp/fn`];
  for (const [k, v] of Object.entries(rows)) out.push(`  ${pad(k, 12)} ${f(v.precision)}  ${f(v.recall)}  ${f(v.f1)}  ${v.tp}/${v.fp}/${v.fn}`);
  return out;
}

export function formatReport(r: EvalReport): string {
  const out: string[] = [`eval: ${r.dir}`];
  if (r.articles) {
    const a = r.articles;
    out.push('', `== articles (${a.n}) ==`, `  overall P ${f(a.overall.precision)} R ${f(a.overall.recall)} F1 ${f(a.overall.f1)}  must-not violations: ${a.violations}`);
    out.push(...prfTable('root', a.perRoot));
    for (const art of a.articles) {
      const cf = art.ceasefires === 'n/a' ? 'n/a' : `${art.ceasefires.matched}/${art.ceasefires.of} (minute ${art.ceasefires.minuteAgreement})`;
      out.push(`  ${art.id}: required found ${art.found}/${art.required}, false positives ${art.falsePositives.length}, neutral ${art.neutral}, 3/4-digit agreement ${art.specificAgreement.agree}/${art.specificAgreement.of}, non-asserted kept ${art.nonAsserted}, ceasefires ${cf}`);
      for (const m of art.missed) out.push(`    MISSED ${m.source}→${m.target ?? '-'} ${m.cameo} ${m.date ?? ''}: ${cut(m.evidence ?? '')}`);
      for (const p of art.falsePositives) out.push(`    FALSE+ ${p.source}→${p.target ?? '-'} ${p.cameo} ${p.date ?? ''} [${p.rule}]: ${cut(p.evidence)}`);
      for (const v of art.violations) out.push(`    MUST-NOT ${v.event.source}→${v.event.target ?? '-'} ${v.event.cameo}: ${v.what}`);
    }
  }
  if (r.plover) {
    const p = r.plover;
    out.push('', `== plover (${p.n} sentences) ==`, `  category accuracy ${f(p.accuracy)}  category P ${f(p.categories.precision)} R ${f(p.categories.recall)} F1 ${f(p.categories.f1)}  triples P ${f(p.triples.precision)} R ${f(p.triples.recall)} F1 ${f(p.triples.f1)}`);
    out.push(...prfTable('category', p.perCategory));
    out.push('  worst misses:');
    for (const m of p.misses) out.push(`    ${m.id} gold ${m.gold.join(',')} got ${m.predicted.join(',') || '-'}: ${cut(m.text)}`);
  }
  if (r.quad) {
    const q = r.quad;
    out.push('', `== quad (${q.n} sentences, 5-way) ==`, `  accuracy ${f(q.accuracy)}  macro-F1 ${f(q.macroF1)}  (no event → class 0: ${q.fallbacks})`);
    out.push(...prfTable('class', q.perClass));
    out.push('  confusion (rows gold 0–4, columns predicted 0–4):');
    q.confusion.forEach((row, i) => out.push(`    ${i}: ${row.map((n) => String(n).padStart(5)).join('')}`));
    out.push('  worst misses:');
    for (const m of q.misses) out.push(`    ${m.id} gold ${m.gold} got ${m.predicted}${m.rule ? ` [${m.rule}]` : ''}: ${cut(m.text)}`);
  }
  return out.join('\n');
}
