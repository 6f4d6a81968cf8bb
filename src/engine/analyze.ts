/**
 * One article, end to end: annotate → code → synthesize the report. The dictionaries, patterns
 * and lexicons are loaded once per analyzer.
 */
import type { AnnotatedDoc, Document, Event } from '../domain/types.js';
import { BrinkError } from '../domain/errors.js';
import { codeEvents } from '../coding/index.js';
import { buildReport, loadIssues, type ArticleReport } from '../story/index.js';
import { createCoderAsync } from './coder.js';

export interface Analysis {
  doc: AnnotatedDoc;
  events: Event[];
  report: ArticleReport;
}

export type Analyzer = (doc: Pick<Document, 'id' | 'text' | 'title' | 'outlet' | 'url' | 'published'>) => Analysis;

/** Splits a publication value into the reference day and, when given, the instant. */
export function referenceDate(published: string | undefined): { published: string; publishedUtc?: string } {
  if (!published) throw new BrinkError('BAD_DATE', { value: '(none): the article needs a publication date (--published)' });
  const t = Date.parse(published);
  if (Number.isNaN(t)) throw new BrinkError('BAD_DATE', { value: published });
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) return { published };
  return { published: new Date(t).toISOString().slice(0, 10), publishedUtc: new Date(t).toISOString() };
}

export async function createAnalyzer(): Promise<Analyzer> {
  const coder = await createCoderAsync();
  const lexicon = loadIssues();
  return (d) => {
    const ref = referenceDate(d.published);
    const doc = coder.annotate({ text: d.text, ...ref });
    const events = codeEvents(doc, { docId: d.id });
    const report = buildReport({
      doc, events, issues: lexicon,
      meta: { id: d.id, published: d.published ?? ref.published, ...(d.title ? { title: d.title } : {}), ...(d.outlet ? { outlet: d.outlet } : {}), ...(d.url ? { url: d.url } : {}) },
    });
    return { doc, events, report };
  };
}
