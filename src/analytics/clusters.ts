/**
 * One happening, many outlets. Events are clustered when they share source, target, 3-digit CAMEO
 * code and day, or when their evidence is nearly the same text (a wire story lightly rewritten,
 * reported a day apart). Each cluster counts mentions (events), articles (documents) and distinct
 * outlets — GDELT's NumMentions / NumArticles / NumSources — and keeps every member.
 */
import type { AEvent } from './types.js';
import { dayNumber } from './types.js';

export interface Cluster {
  id: string;
  key: string;
  members: AEvent[];
  mentions: number;
  articles: number;
  sources: number;
  /** The member with the longest evidence: the representative shown to users. */
  representative: AEvent;
}

export function clusterKey(e: AEvent): string {
  return `${e.sourceCode}|${e.targetCode ?? '-'}|${e.cameo.slice(0, 3)}|${e.date}`;
}

/** Jaccard similarity of word sets; 1 for identical texts. */
export function evidenceSimilarity(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const wb = new Set(b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  if (wa.size === 0 || wb.size === 0) return 0;
  let inter = 0;
  for (const w of wa) if (wb.has(w)) inter++;
  return inter / (wa.size + wb.size - inter);
}

export function clusterEvents(events: AEvent[], opts: { similarity?: number } = {}): Cluster[] {
  const threshold = opts.similarity ?? 0.6;
  const parent = events.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (i: number, j: number): void => {
    parent[find(i)] = find(j);
  };
  const byKey = new Map<string, number>();
  // Candidates for evidence matching share actors and root; compare only within that bucket.
  const byPair = new Map<string, number[]>();
  events.forEach((e, i) => {
    const k = clusterKey(e);
    const seen = byKey.get(k);
    if (seen !== undefined) union(i, seen);
    else byKey.set(k, i);
    if (!e.evidence) return;
    const pk = `${e.sourceCode}|${e.targetCode ?? '-'}|${e.cameo.slice(0, 2)}`;
    const bucket = byPair.get(pk) ?? [];
    for (const j of bucket.slice(-50)) {
      const o = events[j] as AEvent;
      if (Math.abs(dayNumber(o.date) - dayNumber(e.date)) <= 1 && evidenceSimilarity(o.evidence ?? '', e.evidence) >= threshold) union(i, j);
    }
    bucket.push(i);
    byPair.set(pk, bucket);
  });
  const groups = new Map<number, AEvent[]>();
  events.forEach((e, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(e);
    groups.set(r, g);
  });
  return [...groups.values()].map(toCluster);
}

function toCluster(members: AEvent[]): Cluster {
  const first = members.reduce((a, b) => (a.id < b.id ? a : b));
  const representative = members.reduce((a, b) => ((b.evidence?.length ?? 0) > (a.evidence?.length ?? 0) ? b : a));
  return {
    id: `c:${first.id}`,
    key: clusterKey(first),
    members,
    mentions: members.length,
    articles: new Set(members.map((m) => m.docId ?? m.id)).size,
    sources: new Set(members.map((m) => m.outlet ?? m.docId ?? m.id)).size,
    representative,
  };
}
