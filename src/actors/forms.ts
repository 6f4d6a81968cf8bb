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
}

export function viewOf(text: string, tokens: Token[]): TextView {
  let lower = text.toLowerCase();
  // a few characters change length when lower-cased ("İ"); fall back to a per-character map
  if (lower.length !== text.length) lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return { text, lower, tokens };
}

/** The leading word of a token, as written and lower-cased (a scratch the caller reuses: no allocation per token). */
export interface Leads {
  lead: string;
  lower: string;
}

/**
 * Fills `out` with the leading word of token `i`: the token's own text and lower-cased form when the
 * whole token is one word (most tokens), else the characters up to the first separator.
 */
export function leadsAt(view: TextView, i: number, out: Leads): void {
  const t = view.tokens[i]!;
  const len = leadLength(view.text, t.start, t.end);
  const whole = len === t.text.length && t.lower.length === len;
  out.lead = whole ? t.text : view.text.slice(t.start, t.start + len);
  out.lower = whole ? t.lower : view.lower.slice(t.start, t.start + len);
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

/** `nextWordChar` as a code unit, -1 at the end. */
function nextWordUnit(s: string, pos: number): number {
  let i = pos;
  while (i < s.length && isStop(s.charCodeAt(i))) i++;
  return i < s.length ? s.charCodeAt(i) : -1;
}

/**
 * The code unit `c` lower-cased as `String#toLowerCase` does it, -1 when that gives more than one unit
 * ("İ": no form's second-word letter, one unit, can be equal to it) or for -1.
 */
function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : -1;
}

/** The leading word of a form, and its second-word letter when it has more than one word. */
export function formKeys(form: string): { lead: string; second: string } {
  const len = leadLength(form, 0, form.length);
  return { lead: form.slice(0, len), second: form.length > len ? nextWordChar(form, len) : '' };
}

export interface Form<P> {
  form: string;
  payloads: P[];
  /** the form's last code unit: a cheap first test (most forms of a list fail on it) */
  last: number;
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

/** The forms of one leading word (opaque outside this module: see `FormIndex.lead`, `findIn`). */
export interface Lead<P> {
  /** one-word forms (and forms whose rest is only separators, "Sen."), longest first */
  single: Form<P>[] | undefined;
  /** multi-word forms by the first letter (UTF-16 code unit, lower-cased in a case-insensitive index) of the
   * second word, longest first: a number key, so the lookup hashes no string and lower-cases none */
  multi: Map<number, Form<P>[]> | undefined;
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
    const entry: Form<P> = { form: f, payloads: [payload], last: f.charCodeAt(f.length - 1) };
    this.byForm.set(f, entry);
    const { lead, second } = formKeys(f);
    let l = this.byLead.get(lead);
    if (!l) { l = { single: undefined, multi: undefined }; this.byLead.set(lead, l); }
    let list: Form<P>[] | undefined;
    if (second) {
      l.multi ??= new Map<number, Form<P>[]>();
      // (`second` is one code unit of the form, already lower-cased in a case-insensitive index)
      const key = second.charCodeAt(0);
      list = l.multi.get(key);
      if (!list) { l.multi.set(key, [entry]); return; }
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
    if (!view.tokens[i]) return null;
    const leads: Leads = { lead: '', lower: '' };
    leadsAt(view, i, leads);
    const f = this.find(view, i, leads.lead, leads.lower);
    return f ? { form: f.form, payloads: f.payloads, start: i, end: this.end } : null;
  }

  /** One past the last token of the last `find` that returned a form. */
  end = 0;

  /**
   * `match` without a result object: the longest form starting at token `i` (which must exist), whose
   * leading word as written and lower-cased is `lead` and `lower` (see `leadsAt`); its end in `this.end`.
   */
  find(view: TextView, i: number, lead: string, lower: string): Form<P> | null {
    return this.findIn(this.lead(lead, lower), view, i, lead.length);
  }

  /** The forms whose leading word, as written and lower-cased, is `lead` and `lower`; undefined for none. */
  lead(lead: string, lower: string): Lead<P> | undefined {
    return this.byLead.get(this.caseless ? lower : lead);
  }

  /**
   * `find` given the forms of the token's leading word (`lead`, which a caller may keep for a word
   * that recurs) and that word's length.
   */
  findIn(l: Lead<P> | undefined, view: TextView, i: number, length: number): Form<P> | null {
    if (!l) return null;
    const src = this.caseless ? view.lower : view.text;
    const start = view.tokens[i]!.start;
    if (l.multi) {
      // the leading word has the same length as written and lower-cased
      const next = nextWordUnit(view.text, start + length);
      const f = this.tryList(l.multi.get(this.caseless ? lowerUnit(next) : next), src, view, start, i);
      if (f) return f;
    }
    return this.tryList(l.single, src, view, start, i);
  }

  private tryList(list: Form<P>[] | undefined, src: string, view: TextView, start: number, i: number): Form<P> | null {
    if (!list) return null;
    for (let k = 0; k < list.length; k++) {
      const f = list[k]!;
      const e = start + f.form.length;
      if (e > src.length || src.charCodeAt(e - 1) !== f.last || !src.startsWith(f.form, start)) continue;
      const end = tokensTo(view.tokens, i, e);
      if (end > 0) {
        this.end = end;
        return f;
      }
    }
    return null;
  }
}
