/**
 * The configured chrono-node instance: English casual parsers plus news-specific parsers for
 * military/24-hour times followed by a zone ("1700 IST", "0300 GMT") and bare years after a
 * preposition ("in 2022", "since 1947").
 */
import * as chrono from 'chrono-node';

let instance: chrono.Chrono | null = null;

/** 4-digit 24-hour time followed by a zone abbreviation or "hours/hrs". */
const MILITARY = /\b([01]\d|2[0-3])([0-5]\d)(?:\s*(?:hrs|hours|h)\b|(?=\s*\(?\s*(?:[A-Z]{1,4}T|UTC|GMT|Z)\b))/;

/** A year after a preposition, not part of a larger number. */
const YEAR = /\b(?:in|since|by|until|till|before|after|during|from|through|throughout|early|late|mid|mid-)\s+((?:19|20)\d\d)\b(?![.,:]\d|\s*(?:people|troops|soldiers|km|kilometres|kilometers|miles|metres|meters|tonnes|tons|dollars|rupees|men|women|children|%))/i;

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const NIGHT_OF = new RegExp(`\\bnight of (?:(${MONTH_NAMES})\\.? (\\d{1,2})\\s*[-–/]\\s*\\d{1,2}|(\\d{1,2})\\s*[-–/]\\s*\\d{1,2} (${MONTH_NAMES}))\\b`);
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

export function timeParser(): chrono.Chrono {
  if (instance !== null) return instance;
  const c = chrono.en.casual.clone();
  c.parsers.push({
    pattern: () => MILITARY,
    extract: (_ctx, m) => ({ hour: Number(m[1]), minute: Number(m[2]) }),
  });
  c.parsers.push({
    pattern: () => NIGHT_OF,
    // "the night of May 6-7", "the night of 6-7 May": the first day, at night
    extract: (_ctx, m) => ({ month: MONTHS[(m[1] ?? m[4])!.slice(0, 3).toLowerCase()]!, day: Number(m[2] ?? m[3]) }),
  });
  c.parsers.push({
    pattern: () => YEAR,
    // the preposition stays in the match (chrono drops bare-number results); the resolver strips it
    extract: (_ctx, m) => ({ year: Number(m[1]) }),
  });
  instance = c;
  return c;
}
