/** Labels for codes: CAMEO names (bundled from data/ontology/cameo.json), quad classes, levels. */
import cameo from '../../data/ontology/cameo.json' with { type: 'json' };

interface Entry { code: string; name: string }

const NAMES = new Map<string, string>((cameo.entries as Entry[]).map((e) => [e.code, e.name]));

/** "190 Use conventional military force, not specified below" (falls back to the nearest parent). */
export function cameoName(code: string): string {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const n = NAMES.get(c);
    if (n) return n;
  }
  return 'Unknown code';
}

export const QUAD_LABELS: Record<number, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export function quadLabel(q: number): string {
  return QUAD_LABELS[q] ?? `Quad ${q}`;
}

export function quadClass(q: number): string {
  return q <= 2 ? 'coop' : 'conflict';
}

export const MODALITY_LABELS: Record<string, string> = {
  asserted: 'Asserted (reported as having happened)',
  negated: 'Negated (reported as not having happened)',
  hypothetical: 'Hypothetical',
  'future-intent': 'Future intent (threatened, planned or promised)',
  speculative: 'Speculative',
  question: 'Question',
};
