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

const CAUSE = /\b(underlying|root causes?|fuel\w*|these include|include[sd]?|unresolved|dispute over|at the heart of|source of tension|core issues?|grievances?|drivers?|(?:main|biggest|key|chief|major) (?:obstacle|issue)|obstacles? to|stumbling blocks?|sticking points?|bone of contention)\b/i;

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

/**
 * One regex per case mode over the phrases of ALL entries: a sentence none of them matches has
 * no issue mention (each entry's own regex is a sub-alternation of it), so it is skipped with one
 * or two tests instead of one per entry. Built once per lexicon.
 */
const anyOf = new WeakMap<IssueLexicon, (text: string) => boolean>();
function anyIssue(lexicon: IssueLexicon): (text: string) => boolean {
  let f = anyOf.get(lexicon);
  if (!f) {
    const union = (res: Array<RegExp | null>, flags: string): RegExp | null => {
      const bodies = res.flatMap((r) => (r ? [/^\(\?<!\[\\w-\]\)\(\?:(.*)\)\(\?!\[\\w-\]\)$/.exec(r.source)?.[1] ?? null] : []));
      if (bodies.some((b) => b === null)) return null;
      return bodies.length ? new RegExp(`(?<![\\w-])(?:${bodies.join('|')})(?![\\w-])`, flags) : /(?!)/;
    };
    const ci = union(lexicon.entries.map((e) => e.re), 'i');
    const cs = union(lexicon.entries.map((e) => e.acronyms), '');
    // A lexicon whose regexes are not of compileIssues' shape: no prefilter.
    f = ci && cs ? (text) => ci.test(text) || cs.test(text) : () => true;
    anyOf.set(lexicon, f);
  }
  return f;
}

export function issues(ctx: StoryContext, lexicon: IssueLexicon): IssueMention[] {
  const found = new Map<string, IssueMention>();
  const any = anyIssue(lexicon);
  ctx.doc.sentences.forEach((s, i) => {
    const text = ctx.text(s);
    if (!any(text)) return;
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
