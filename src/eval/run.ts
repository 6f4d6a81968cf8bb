/**
 * Runs the eval sets found in a folder laid out like ../shared/eval: `articles/*.gold.json`,
 * `sentences/*.jsonl` (lines with `pentaclass` → quad set, lines with `events[].plover` → plover set).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import type { Event } from '../domain/types.js';
import { BrinkError } from '../domain/errors.js';
import { scoreArticles, type ArticlesReport, type CeasefireGuess, type GoldArticle } from './articles.js';
import { scorePlover, type PloverItem, type PloverReport } from './plover.js';
import { scoreQuad, type QuadItem, type QuadReport } from './quad.js';

export type EvalSet = 'articles' | 'plover' | 'quad';
export type CodeFn = (input: { id: string; text: string; date: string }) => Event[];
export interface EvalReport { dir: string; articles?: ArticlesReport; plover?: PloverReport; quad?: QuadReport }

/** Date given to sentence sets without one (roles are looked up on it). */
export const SENTENCE_DATE = '2020-01-01';

function readJsonl<T>(file: string): T[] {
  const out: T[] = [];
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try { out.push(JSON.parse(line) as T); } catch (e) {
      throw new BrinkError('BAD_DATA_FILE', { file, detail: `line ${i + 1}: ${e instanceof Error ? e.message : String(e)}` }, `${file}:${i + 1}`);
    }
  });
  return out;
}

function sentenceFiles(dir: string): { plover: PloverItem[]; quad: QuadItem[] } {
  const sdir = join(dir, 'sentences');
  const plover: PloverItem[] = [];
  const quad: QuadItem[] = [];
  if (!existsSync(sdir)) return { plover, quad };
  for (const f of readdirSync(sdir).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const rec of readJsonl<Record<string, unknown>>(join(sdir, f))) {
      if (typeof rec.pentaclass === 'number') quad.push(rec as unknown as QuadItem);
      else if (Array.isArray(rec.events)) plover.push(rec as unknown as PloverItem);
    }
  }
  return { plover, quad };
}

function articleGolds(dir: string): Array<{ gold: GoldArticle; text: string }> {
  const adir = join(dir, 'articles');
  if (!existsSync(adir)) return [];
  return readdirSync(adir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const file = join(adir, f);
    const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldArticle;
    gold.id ??= basename(f, '.gold.json');
    const textFile = resolve(dirname(file), gold.text_file);
    if (!existsSync(textFile)) throw new BrinkError('NOT_FOUND', {}, textFile);
    return { gold, text: readFileSync(textFile, 'utf8') };
  });
}

/** The article report's ceasefires for a text (optional: without it ceasefires are scored n/a). */
export type CeasefireFn = (input: { id: string; text: string; date: string }) => CeasefireGuess[];

export function runEval(dir: string, code: CodeFn, sets: EvalSet[] = ['articles', 'plover', 'quad'], ceasefires?: CeasefireFn): EvalReport {
  if (!existsSync(dir)) throw new BrinkError('NOT_FOUND', {}, dir);
  const report: EvalReport = { dir };
  if (sets.includes('articles')) {
    const arts = articleGolds(dir);
    if (arts.length) {
      report.articles = scoreArticles(
        arts.map(({ gold, text }) => {
          const input = { id: gold.id, text, date: gold.published };
          return { gold, events: code(input), ...(ceasefires ? { ceasefires: ceasefires(input) } : {}) };
        }),
      );
    }
  }
  const { plover, quad } = sets.includes('plover') || sets.includes('quad') ? sentenceFiles(dir) : { plover: [], quad: [] };
  if (sets.includes('plover') && plover.length) {
    report.plover = scorePlover(plover, (i) => code({ id: i.id, text: i.text, date: i.date ?? SENTENCE_DATE }));
  }
  if (sets.includes('quad') && quad.length) {
    report.quad = scoreQuad(quad, (i) => code({ id: i.id, text: i.text, date: SENTENCE_DATE }));
  }
  return report;
}
