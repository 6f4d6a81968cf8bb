/**
 * Surface-form index: multi-word forms keyed on their leading word, matched against the text itself
 * (not against tokens), so a form matches however the tokenizer split it ("Lashkar-e-Taiba", "U.S.").
 * A match must start at a token start and end at a token end.
 */
import type { Token } from '../domain/types.js';

/** The text of a document as the matchers see it. */
export interface TextView {
  text: string;
  /** `text` lower-cased, same length (see `viewOf`). */
  lower: string;
  tokens: Token[];
  /** character offset of a token end → index of the token after it */
  tokenAfter: Map<number, number>;
  /** per token: bucket keys (leading word, then leading word + first letter of the next word), as written and lower-cased */
  key1: string[];
  key2: string[];
  lowerKey1: string[];
  lowerKey2: string[];
}

export function viewOf(text: string, tokens: Token[]): TextView {
  let lower = text.toLowerCase();
  // a few characters change length when lower-cased ("İ"); fall back to a per-character map
  if (lower.length !== text.length) lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  const tokenAfter = new Map<number, number>();
  const n = tokens.length;
  const key1: string[] = new Array(n);
  const key2: string[] = new Array(n);
  const lowerKey1: string[] = new Array(n);
  const lowerKey2: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    tokenAfter.set(t.end, i + 1);
    const lead = leadLength(text, t.start, t.end);
    const next = nextWordChar(text, t.start + lead);
    const whole = lead === t.text.length && t.lower.length === lead;
    const k1 = (whole ? t.text : text.slice(t.start, t.start + lead)) + '|';
    const l1 = (whole ? t.lower : lower.slice(t.start, t.start + lead)) + '|';
    key1[i] = k1;
    key2[i] = k1 + next;
    lowerKey1[i] = l1;
    lowerKey2[i] = l1 + next.toLowerCase();
  }
  return { text, lower, tokens, tokenAfter, key1, key2, lowerKey1, lowerKey2 };
}

function isStop(c: number): boolean {
  // whitespace, - ' ’ . , ( ) / & " “ ” and the dashes
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

/**
 * Bucket key of a form: its leading word, '|', and the first letter of its second word when it has
 * one. The same function applied to the text at a token gives the buckets to try there.
 */
export function formKey(form: string): string {
  const lead = leadLength(form, 0, form.length);
  const rest = form.length > lead ? nextWordChar(form, lead) : '';
  return form.slice(0, lead) + '|' + rest;
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

export class FormIndex<P> {
  private readonly byKey = new Map<string, Form<P>[]>();
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
    const key = formKey(f);
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [entry]);
    else {
      list.push(entry);
      list.sort((a, b) => b.form.length - a.form.length);
    }
  }

  get(form: string): P[] | undefined {
    return this.byForm.get(this.caseless ? form.toLowerCase() : form)?.payloads;
  }

  /** The bucket keys in use (see `formKey`). */
  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  get size(): number {
    return this.byForm.size;
  }

  /** The longest form starting at token `i`, or null. */
  match(view: TextView, i: number): FormMatch<P> | null {
    const tok = view.tokens[i];
    if (!tok) return null;
    const src = this.caseless ? view.lower : view.text;
    // multi-word forms (longer) first, then one-word forms
    return this.tryList(this.byKey.get(this.caseless ? view.lowerKey2[i]! : view.key2[i]!), src, view, tok.start, i) ??
      this.tryList(this.byKey.get(this.caseless ? view.lowerKey1[i]! : view.key1[i]!), src, view, tok.start, i);
  }

  private tryList(list: Form<P>[] | undefined, src: string, view: TextView, start: number, i: number): FormMatch<P> | null {
    if (!list) return null;
    for (const f of list) {
      const end = view.tokenAfter.get(start + f.form.length);
      if (end !== undefined && src.startsWith(f.form, start)) return { form: f.form, payloads: f.payloads, start: i, end };
    }
    return null;
  }
}
