/**
 * Surface-form index: forms keyed on their leading word (and, for multi-word forms, the first letter
 * of the second word), matched against the text itself rather than tokens, so a form matches however
 * the tokenizer split it ("Lashkar-e-Taiba", "U.S."). A match must start at a token start and end at
 * a token end. Per token: one lookup of the leading word gives its one-word forms and its multi-word
 * forms (nested by second-word letter, no key strings), or rejects the token.
 */
import type { Token } from '../domain/types.js';

/** The text of a document as the matchers see it. */
export interface TextView {
  text: string;
  /** `text` lower-cased, same length (see `viewOf`). */
  lower: string;
  tokens: Token[];
  /** per token: its leading word, as written and lower-cased */
  lead: string[];
  lowerLead: string[];
}

export function viewOf(text: string, tokens: Token[]): TextView {
  let lower = text.toLowerCase();
  // a few characters change length when lower-cased ("İ"); fall back to a per-character map
  if (lower.length !== text.length) lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  const n = tokens.length;
  const lead: string[] = new Array(n);
  const lowerLead: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const len = leadLength(text, t.start, t.end);
    const whole = len === t.text.length && t.lower.length === len;
    lead[i] = whole ? t.text : text.slice(t.start, t.start + len);
    lowerLead[i] = whole ? t.lower : lower.slice(t.start, t.start + len);
  }
  return { text, lower, tokens, lead, lowerLead };
}

function isStop(c: number): boolean {
  // whitespace, - ' ’ . , ( ) / & " “ ” and the dashes (letters and digits fail the first two tests)
  if (c > 47 && c < 0xa0) return false;
  return c <= 32 || c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 40 || c === 41 ||
    c === 47 || c === 38 || c === 34 || c === 0x201c || c === 0x201d || c === 0x2010 || c === 0x2013 || c === 0x2014 || c === 0xa0;
}

/** Length of the leading word of s[from, to): characters up to the first separator (at least one). */
function leadLength(s: string, from: number, to: number): number {
  let i = from;
  while (i < to && !isStop(s.charCodeAt(i))) i++;
  return i === from ? Math.min(1, to - from) : i - from;
}

/** The first character of the next word after `pos` (skipping separators), or '' at the end. */
function nextWordChar(s: string, pos: number): string {
  let i = pos;
  while (i < s.length && isStop(s.charCodeAt(i))) i++;
  return i < s.length ? s[i]! : '';
}

function nextOf(view: TextView, i: number): string {
  return nextWordChar(view.text, view.tokens[i]!.start + view.lead[i]!.length);
}

/** The leading word of a form, and its second-word letter when it has more than one word. */
export function formKeys(form: string): { lead: string; second: string } {
  const len = leadLength(form, 0, form.length);
  return { lead: form.slice(0, len), second: form.length > len ? nextWordChar(form, len) : '' };
}

interface Form<P> {
  form: string;
  payloads: P[];
}

export interface FormMatch<P> {
  form: string;
  payloads: P[];
  /** first token and one past the last */
  start: number;
  end: number;
}

/** One past the last token from `i` on that ends exactly at character offset `e`, or 0 (a form ends mid-token). */
function tokensTo(tokens: Token[], i: number, e: number): number {
  let found = 0;
  for (let j = i; j < tokens.length; j++) {
    const end = tokens[j]!.end;
    if (end > e) break;
    if (end === e) found = j + 1;
  }
  return found;
}

function byLength<P>(a: Form<P>, b: Form<P>): number {
  return b.form.length - a.form.length;
}

/** The forms of one leading word. */
interface Lead<P> {
  /** one-word forms (and forms whose rest is only separators, "Sen."), longest first */
  single: Form<P>[] | undefined;
  /** multi-word forms by the first letter of the second word, longest first */
  multi: Map<string, Form<P>[]> | undefined;
}

export class FormIndex<P> {
  /** leading word → its forms (one lookup per token rejects most tokens) */
  private readonly byLead = new Map<string, Lead<P>>();
  private readonly byForm = new Map<string, Form<P>>();

  constructor(readonly caseless: boolean) {}

  add(form: string, payload: P): void {
    const f = this.caseless ? form.toLowerCase() : form;
    const known = this.byForm.get(f);
    if (known) {
      if (!known.payloads.includes(payload)) known.payloads.push(payload);
      return;
    }
    const entry: Form<P> = { form: f, payloads: [payload] };
    this.byForm.set(f, entry);
    const { lead, second } = formKeys(f);
    let l = this.byLead.get(lead);
    if (!l) { l = { single: undefined, multi: undefined }; this.byLead.set(lead, l); }
    let list: Form<P>[] | undefined;
    if (second) {
      l.multi ??= new Map<string, Form<P>[]>();
      list = l.multi.get(second);
      if (!list) { l.multi.set(second, [entry]); return; }
    } else {
      list = l.single;
      if (!list) { l.single = [entry]; return; }
    }
    list.push(entry);
    list.sort(byLength);
  }

  get(form: string): P[] | undefined {
    return this.byForm.get(this.caseless ? form.toLowerCase() : form)?.payloads;
  }

  /** Leading words of all forms: a token whose leading word is not here matches nothing. */
  leads(): string[] {
    return [...this.byLead.keys()];
  }

  get size(): number {
    return this.byForm.size;
  }

  /** The longest form starting at token `i`, or null. */
  match(view: TextView, i: number): FormMatch<P> | null {
    const tok = view.tokens[i];
    if (!tok) return null;
    const lead = this.caseless ? view.lowerLead[i]! : view.lead[i]!;
    const l = this.byLead.get(lead);
    if (!l) return null;
    const src = this.caseless ? view.lower : view.text;
    if (l.multi) {
      const next = nextOf(view, i);
      const m = this.tryList(l.multi.get(this.caseless ? next.toLowerCase() : next), src, view, tok.start, i);
      if (m) return m;
    }
    return this.tryList(l.single, src, view, tok.start, i);
  }

  private tryList(list: Form<P>[] | undefined, src: string, view: TextView, start: number, i: number): FormMatch<P> | null {
    if (!list) return null;
    for (const f of list) {
      if (!src.startsWith(f.form, start)) continue;
      const end = tokensTo(view.tokens, i, start + f.form.length);
      if (end > 0) return { form: f.form, payloads: f.payloads, start: i, end };
    }
    return null;
  }
}
