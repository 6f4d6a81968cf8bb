import type { Event } from '../domain/types.js';
import { lookup } from '../domain/ontology.js';

/** "USA → IND: Make a visit (042)" with names when known. */
export function describeEvent(e: Event, nameOf: (code: string) => string | undefined): string {
  // (a guessed target carries its code as its name: "ISR" reads "Israel")
  const who = (code: string, name?: string) => (name && name !== code ? name : undefined) ?? nameOf(code) ?? name ?? code;
  const name = safeName(e.cameo);
  const tgt = e.target ? ` → ${who(e.target.code, e.target.name)}` : '';
  return `${who(e.source.code, e.source.name)}${tgt}: ${name} (${e.cameo})`;
}

function safeName(code: string): string {
  try {
    return lookup(code)?.name ?? code;
  } catch {
    return code;
  }
}
