/**
 * One article, end to end: annotate → code → synthesize the report. The dictionaries, patterns
 * and lexicons are loaded once per analyzer.
 */
import type { AnnotatedDoc, Document, Event } from '../domain/types.js';
import { BrinkError } from '../domain/errors.js';
import { codeEvents } from '../coding/index.js';
import { buildReport, evidenceOfTime, loadIssues, reportsCollapse, type ArticleReport, type CeasefireReport, type When } from '../story/index.js';
import { createCoderAsync } from './coder.js';
import { dataVersion } from './version.js';
import type { ArticleAnalysis, Ceasefire as StoredCeasefire } from '../store/types.js';

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

export async function createAnalyzer(): Promise<Analyzer & { version: string }> {
  const coder = await createCoderAsync();
  const lexicon = loadIssues();
  const version = dataVersion();
  const analyze: Analyzer = (d) => {
    const ref = referenceDate(d.published);
    // (a title kept apart from the text still tells what the article is about: its countries count as the lead's)
    const title = d.title?.trim();
    const headline = title && !d.text.trimStart().startsWith(title) ? coder.annotate({ text: title, ...ref }).countries : [];
    const doc = coder.annotate({ text: d.text, ...ref, ...(headline.length ? { headlineCountries: headline } : {}) });
    const events = codeEvents(doc, { docId: d.id });
    const report = buildReport({
      doc, events, issues: lexicon,
      meta: { id: d.id, published: d.published ?? ref.published, ...(d.title ? { title: d.title } : {}), ...(d.outlet ? { outlet: d.outlet } : {}), ...(d.url ? { url: d.url } : {}) },
    });
    return { doc, events: events.map((e) => ({ ...e, version })), report };
  };
  return Object.assign(analyze, { version });
}

/**
 * A statement of the parties that carries one of the truce's times (`expire`: the expiry reported,
 * `until`: the end it was given), its instant or else its day, citing the sentence stating it; none
 * when the time is unknown or has neither.
 */
function timeStatement(c: CeasefireReport, kind: 'expire' | 'until', w: When | undefined, docId: string): StoredCeasefire['statements'] {
  const at = w?.utc ?? w?.date;
  if (w === undefined || at === undefined) return [];
  const e = evidenceOfTime(c, w);
  return [{ docId, party: c.parties.join('+'), kind, statedTime: at, evidence: { start: e.start, end: e.end, text: e.text } }];
}

/** What the store keeps of one analyzed article (one transaction per document). */
export function toArticleAnalysis(a: Analysis): ArticleAnalysis {
  const docId = a.report.doc.id;
  return {
    events: a.events,
    actors: a.doc.actors,
    roleConflicts: a.doc.roleConflicts,
    ceasefires: a.report.ceasefires.map((c, i): StoredCeasefire => ({
      id: `${docId}:cf${i}`,
      parties: c.parties,
      mediators: c.mediators,
      ...(c.announced?.utc ? { announcedUtc: c.announced.utc } : {}),
      ...(c.agreed?.utc ? { agreedUtc: c.agreed.utc } : {}),
      ...(c.effective?.utc ? { effectiveUtc: c.effective.utc } : {}),
      ...(c.effective?.stated ? { effectiveText: c.effective.stated } : {}),
      // (the statements table knows no 'collapse' kind: a reported collapse is carried by the status, as is an expiry; an
      // expiry's time and the end the truce was given are statements of their own, 'expire' and 'until', migration 0005;
      // a truce one side accepted and the other did not is stored as such, never as announced)
      status: c.evidence.some((e) => reportsCollapse(e.text)) ? 'collapsed' : c.status === 'expired' || c.expired ? 'expired'
        : c.status === 'accepted-by-one-side' ? 'accepted-by-one-side' : c.kind === 'agreement' ? 'announced' : 'mentioned',
      ...(c.extensions.at(-1)?.until ? { extendedUntil: c.extensions.at(-1)!.until } : {}),
      ...(c.conditions.length ? { conditions: c.conditions.join('; ') } : {}),
      evidence: c.evidence.map((e) => ({ start: e.start, end: e.end, text: e.text })),
      firstDocId: docId,
      statements: [
        ...c.announcedBy.map((p) => ({ docId, party: p.code.slice(0, 3), kind: 'announce' as const, evidence: c.evidence[0] ?? { start: 0, end: 0, text: '' } })),
        // (the side that accepted a truce the other did not: its acceptance, a 'confirm' statement)
        ...(c.status === 'accepted-by-one-side' ? (c.acceptedBy ?? []).map((p) => ({ docId, party: p, kind: 'confirm' as const, evidence: c.statusEvidence?.[0] ?? c.evidence[0] ?? { start: 0, end: 0, text: '' } })) : []),
        ...c.violations.filter((v) => v.kind === 'accusation' && v.by).map((v) => ({ docId, party: v.by!, kind: 'accuse' as const, evidence: v.evidence })),
        ...c.extensions.map((x) => ({ docId, party: c.parties.join('+'), kind: 'extend' as const, ...(x.until ? { statedTime: x.until } : {}), evidence: x.evidence })),
        // ("Cambodia's defence ministry denied that any clashes had taken place": a party's denial of a violation)
        ...(c.denials ?? []).map((d) => ({ docId, party: d.by.slice(0, 3), kind: 'deny' as const, evidence: d.evidence })),
        ...timeStatement(c, 'expire', c.expired, docId),
        ...timeStatement(c, 'until', c.until, docId),
      ],
    })),
    engagements: a.report.mediation.map((m) => ({
      mediator: m.mediator.code, party: m.party.code, channel: m.channel, ...(m.onBehalfOf ? { onBehalfOf: m.onBehalfOf } : {}),
      date: m.when.date ?? m.when.utc?.slice(0, 10) ?? a.report.doc.published.slice(0, 10), confidentiality: 'public' as const,
      notes: m.evidence.text, ...(m.eventId ? { eventId: m.eventId } : {}),
    })),
  };
}
