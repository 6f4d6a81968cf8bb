/**
 * Splitting an article into segments at span boundaries, so highlights are built as DOM nodes
 * (text nodes inside elements) and never as HTML. Pure: text and spans in, segments out.
 */

export type MarkKind = 'actor' | 'event' | 'time';

export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /** Event id, actor code, or time value. */
  ref: string;
  label?: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

/** Clamp, drop empty and invalid spans. */
function clean(marks: Mark[], length: number): Mark[] {
  const out: Mark[] = [];
  for (const m of marks) {
    const start = Math.max(0, Math.min(length, Math.floor(m.start)));
    const end = Math.max(0, Math.min(length, Math.floor(m.end)));
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) out.push({ ...m, start, end });
  }
  return out;
}

/** Consecutive segments covering the whole text; each lists the marks covering it (outermost first). */
export function segment(text: string, marks: Mark[]): Segment[] {
  const ms = clean(marks, text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of ms) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = ms
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => (b.end - b.start) - (a.end - a.start));
    segments.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return segments;
}

/**
 * Where a stated time ("Saturday evening") lies in the text: searched inside the event's evidence
 * span first, then in the sentence neighbourhood. Returns null when the text is not found.
 */
export function locate(text: string, needle: string | undefined, from: number, to: number): [number, number] | null {
  if (!needle || needle.length < 2) return null;
  const lo = Math.max(0, from);
  const hay = text.slice(lo, Math.min(text.length, to));
  let at = hay.indexOf(needle);
  if (at < 0) at = hay.toLowerCase().indexOf(needle.toLowerCase());
  return at < 0 ? null : [lo + at, lo + at + needle.length];
}
