/**
 * Underlying issues named in the text, from the lexicon in data/issues/issues.json. A mention is
 * `underlying` when its sentence (or the one before) speaks of causes: "underlying issues",
 * "root causes", "fuel tensions", "these include", "remain unresolved", "dispute over".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../engine/paths.js';
import type { StoryContext } from './context.js';
import type { IssueMention } from './types.js';

export interface IssueEntry {
  id: string;
  label: string;
  category: string;
  phrases: string[];
}

export interface IssueLexicon {
  version: string;
  /** `re` matches phrases in any case; `acronyms` ("LoC", "LAC") match case-sensitively. */
  entries: Array<IssueEntry & { re: RegExp | null; acronyms: RegExp | null }>;
}

const CAUSE = /\b(underlying|root causes?|fuel\w*|these include|include[sd]?|unresolved|dispute over|at the heart of|source of tension|core issues?|grievances?|drivers?)\b/i;

export function compileIssues(raw: { version: string; entries: IssueEntry[] }): IssueLexicon {
  const esc = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*/g, '\\S+').replace(/[- ]/g, '[-\\s]');
  const isAcronym = (p: string) => /^[A-Z][A-Za-z]*[A-Z]$/.test(p) && p.length <= 6;
  const build = (ps: string[], flags: string) => (ps.length ? new RegExp(`(?<![\\w-])(?:${ps.map(esc).join('|')})(?![\\w-])`, flags) : null);
  return {
    version: raw.version,
    entries: raw.entries.map((e) => ({
      ...e,
      re: build(e.phrases.filter((p) => !isAcronym(p)), 'i'),
      acronyms: build(e.phrases.filter(isAcronym), ''),
    })),
  };
}

let cached: IssueLexicon | null = null;
export function loadIssues(file = join(DATA_DIR, 'issues', 'issues.json')): IssueLexicon {
  if (cached) return cached;
  cached = compileIssues(JSON.parse(readFileSync(file, 'utf8')) as { version: string; entries: IssueEntry[] });
  return cached;
}

export function issues(ctx: StoryContext, lexicon: IssueLexicon): IssueMention[] {
  const found = new Map<string, IssueMention>();
  ctx.doc.sentences.forEach((s, i) => {
    const text = ctx.text(s);
    const prev = i > 0 ? ctx.text(ctx.doc.sentences[i - 1]!) : '';
    const underlying = CAUSE.test(text) || (CAUSE.test(prev) && /^(these|they|this|such)\b/i.test(text.trim()));
    for (const e of lexicon.entries) {
      const m = e.re?.exec(text) ?? e.acronyms?.exec(text);
      if (!m) continue;
      const prevHit = found.get(e.id);
      if (prevHit && (prevHit.underlying || !underlying)) continue;
      found.set(e.id, {
        id: e.id, label: e.label, category: e.category, underlying,
        evidence: { text: text.trim(), start: s.start + m.index, end: s.start + m.index + m[0].length },
      });
    }
  });
  return [...found.values()].sort((a, b) => Number(b.underlying) - Number(a.underlying) || a.evidence.start - b.evidence.start);
}
