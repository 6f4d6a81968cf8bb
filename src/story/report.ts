/**
 * The article report, assembled in one place. Order matters only where one part feeds another:
 * ceasefires before other actors (their parties and mediators are not "other"), claims before the
 * sourcing summary, the ceasefire's times (effective, announced, expired, stated end) onto the timeline.
 */
import type { AnnotatedDoc, Event } from '../domain/types.js';
import { storyContext } from './context.js';
import { who } from './who.js';
import { sortKey, timeline } from './timeline.js';
import { ceasefires, evidenceOfTime } from './ceasefires.js';
import { mediation } from './mediation.js';
import { claims, sourcingSummary } from './claims.js';
import { issues, type IssueLexicon } from './issues.js';
import { otherActors } from './others.js';
import { describeEvent } from './describe.js';
import { type ArticleReport, REPORT_SCHEMA, type TimelineEntry, type When } from './types.js';

export interface ReportInput {
  doc: AnnotatedDoc;
  events: Event[];
  meta: { id: string; title?: string; outlet?: string; url?: string; published: string };
  issues: IssueLexicon;
}

export function buildReport(input: ReportInput): ArticleReport {
  const ctx = storyContext(input.doc, input.events);
  const truces = ceasefires(ctx);
  const extra: TimelineEntry[] = [];
  for (const c of truces) {
    // (a proposal, or a truce one side accepted and the other did not, neither took effect nor was announced as agreed)
    if (c.status === 'proposed' || c.status === 'rejected' || c.status === 'accepted-by-one-side') continue;
    // (each entry cites the sentence that states its time, not the record's first sentence)
    const ev = (w: When) => evidenceOfTime(c, w);
    const between = c.parties.map((p) => ctx.nameOf(p) ?? p).join(' and ');
    if (c.effective) extra.push({ kind: 'ceasefire-effective', when: c.effective, what: `ceasefire between ${between} takes effect`, evidence: ev(c.effective) });
    if (c.announced) extra.push({ kind: 'ceasefire-announced', when: c.announced, what: `ceasefire between ${between} announced`, evidence: ev(c.announced) });
    if (c.expired) extra.push({ kind: 'ceasefire-expired', when: c.expired, what: `ceasefire between ${between} expires`, evidence: ev(c.expired) });
    // (the end it was given, only when stated; the reported expiry at the same time says it already)
    if (c.until && !(c.expired && sortKey(c.expired) === sortKey(c.until))) {
      extra.push({ kind: 'ceasefire-ends', when: c.until, what: `ceasefire between ${between} ends`, evidence: ev(c.until) });
    }
  }
  const claimList = claims(ctx);
  const exclude = truces.flatMap((c) => [...c.parties, ...c.mediators]);
  return {
    schema: REPORT_SCHEMA,
    doc: input.meta,
    who: who(ctx),
    roleConflicts: input.doc.roleConflicts,
    events: input.events,
    timeline: timeline(ctx, extra),
    ceasefires: truces,
    mediation: mediation(ctx, truces),
    claims: claimList,
    sourcing: sourcingSummary(claimList),
    issues: issues(ctx, input.issues),
    otherActors: otherActors(ctx, exclude),
    notAsserted: input.events
      .filter((e) => e.modality !== 'asserted')
      .map((e) => ({
        modality: e.modality, summary: describeEvent(e, ctx.nameOf), cameo: e.cameo, source: e.source.code, target: e.target?.code ?? null,
        evidence: { text: e.evidence, start: e.span[0], end: e.span[1] },
      })),
  };
}
