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
}

export function viewOf(text: string, tokens: Token[]): TextView {
  let lower = text.toLowerCase();
  // a few characters change length when lower-cased ("İ"); fall back to a per-character map
  if (lower.length !== text.length) lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  const tokenAfter = new Map<number, number>();
  for (const t of tokens) tokenAfter.set(t.end, t.index + 1);
  return { text, lower, tokens, tokenAfter };
}

function isStop(c: number): boolean {
  // whitespace, - ' ’ . , ( ) / & " “ ” and the dashes
  return c <= 32 || c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 40 || c === 41 ||
    c === 47 || c === 38 || c === 34 || c === 0x201c || c === 0x201d || c === 0x2010 || c === 0x2013 || c === 0x2014 || c === 0xa0;
}

/** The leading word of a form or token: characters up to the first separator (at least one). */
export function leadKey(s: string): string {
  let i = 0;
  while (i < s.length && !isStop(s.charCodeAt(i))) i++;
  return i === 0 ? s.slice(0, 1) : s.slice(0, i);
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
    const key = leadKey(f);
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

  get size(): number {
    return this.byForm.size;
  }

  /** The longest form starting at token `i`, or null. */
  match(view: TextView, i: number): FormMatch<P> | null {
    const tok = view.tokens[i];
    if (!tok) return null;
    const src = this.caseless ? view.lower : view.text;
    const list = this.byKey.get(leadKey(this.caseless ? tok.lower : tok.text));
    if (!list) return null;
    for (const f of list) {
      if (!src.startsWith(f.form, tok.start)) continue;
      const end = view.tokenAfter.get(tok.start + f.form.length);
      if (end !== undefined) return { form: f.form, payloads: f.payloads, start: i, end };
    }
    return null;
  }
}
