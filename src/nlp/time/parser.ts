/**
 * The configured chrono-node instance: English casual parsers plus news-specific parsers for
 * military/24-hour times followed by a zone ("1700 IST", "0300 GMT") and bare years after a
 * preposition ("in 2022", "since 1947").
 */
import * as chrono from 'chrono-node';

let instance: chrono.Chrono | null = null;

/** 4-digit 24-hour time followed by a zone abbreviation or "hours/hrs". */
const MILITARY = /\b([01]\d|2[0-3])([0-5]\d)(?:\s*(?:hrs|hours|h))?(?=\s*\(?\s*(?:[A-Z]{1,4}T|UTC|GMT|Z)\b|\s*(?:hrs|hours|h)\b)/;

/** A year after a preposition, not part of a larger number. */
const YEAR = /\b(?:in|since|by|until|till|before|after|during|from|through|throughout|early|late|mid|mid-)\s+((?:19|20)\d\d)\b(?![.,:]\d|\s*(?:people|troops|soldiers|km|kilometres|kilometers|miles|metres|meters|tonnes|tons|dollars|rupees|men|women|children|%))/i;

export function timeParser(): chrono.Chrono {
  if (instance !== null) return instance;
  const c = chrono.en.casual.clone();
  c.parsers.push({
    pattern: () => MILITARY,
    extract: (_ctx, m) => ({ hour: Number(m[1]), minute: Number(m[2]) }),
  });
  c.parsers.push({
    pattern: () => YEAR,
    // the preposition stays in the match (chrono drops bare-number results); the resolver strips it
    extract: (_ctx, m) => ({ year: Number(m[1]) }),
  });
  instance = c;
  return c;
}
