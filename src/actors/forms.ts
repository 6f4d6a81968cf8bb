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

/** A list of forms of this many or more is also indexed by length (see `FormList`). */
const LONG_LIST = 8;

/**
 * Forms sharing their keys, longest first. A long list ("United Nations …", 38 forms) is also indexed by
 * length: a form must end at a token end, so the few token ends after the start pick the forms worth
 * comparing, instead of a test of every form of the list.
 */
interface FormList<P> {
  forms: Form<P>[];
  /** forms by length, each bucket in list order; null for a list shorter than LONG_LIST */
  byLength: Array<Form<P>[] | undefined> | null;
}

/** The forms of one leading word (opaque outside this module: see `FormIndex.lead`, `findIn`). */
export interface Lead<P> {
  /** one-word forms (and forms whose rest is only separators, "Sen."), longest first */
  single: FormList<P> | undefined;
  /** multi-word forms by the first letter (UTF-16 code unit, lower-cased in a case-insensitive index) of the
   * second word, longest first: a number key, so the lookup hashes no string and lower-cases none */
  multi: Map<number, FormList<P>> | undefined;
}

/** `list` with `entry` added, still longest first (equal lengths in the order added), and its length index. */
function addToList<P>(list: FormList<P> | undefined, entry: Form<P>): FormList<P> {
  if (!list) return { forms: [entry], byLength: null };
  list.forms.push(entry);
  list.forms.sort(byLength);
  if (list.forms.length >= LONG_LIST) {
    const index: Array<Form<P>[] | undefined> = [];
    for (const f of list.forms) (index[f.form.length] ??= []).push(f);
    list.byLength = index;
  }
  return list;
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
    if (second) {
      l.multi ??= new Map<number, FormList<P>>();
      // (`second` is one code unit of the form, already lower-cased in a case-insensitive index)
      const key = second.charCodeAt(0);
      l.multi.set(key, addToList(l.multi.get(key), entry));
    } else {
      l.single = addToList(l.single, entry);
    }
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

  private tryList(fl: FormList<P> | undefined, src: string, view: TextView, start: number, i: number): Form<P> | null {
    if (!fl) return null;
    if (fl.byLength !== null) return this.tryByLength(fl.forms[0]!.form.length, fl.byLength, src, view, start, i);
    const list = fl.forms;
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

  /**
   * `tryList` of a long list, through its length index: the ends of the tokens from `i` on within the
   * longest form (`longest` code units), farthest first, and for each the forms of that length. The same
   * form as `tryList`'s walk of the whole list: the longest that matches at a token end, the first added
   * among equal lengths.
   */
  private tryByLength(longest: number, byLen: Array<Form<P>[] | undefined>, src: string, view: TextView, start: number, i: number): Form<P> | null {
    const tokens = view.tokens;
    let j = i;
    while (j < tokens.length && tokens[j]!.end - start <= longest) j++;
    for (let k = j - 1; k >= i; k--) {
      const e = tokens[k]!.end;
      const bucket = byLen[e - start];
      if (bucket === undefined || e > src.length) continue;
      for (let b = 0; b < bucket.length; b++) {
        const f = bucket[b]!;
        if (src.charCodeAt(e - 1) !== f.last || !src.startsWith(f.form, start)) continue;
        const end = tokensTo(tokens, i, e);
        if (end > 0) {
          this.end = end;
          return f;
        }
      }
    }
    return null;
  }
}
