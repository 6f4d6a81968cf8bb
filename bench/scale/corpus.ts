/**
 * A synthetic news-like corpus for scale tests: deterministic (seeded) articles built from
 * templates that mix state actors, officials, diplomatic and military verbs, places and dates.
 * Written for this bench; no text comes from any evaluation set.
 */

const COUNTRIES = [
  ['Kenya', 'Kenyan', 'Nairobi'], ['Ethiopia', 'Ethiopian', 'Addis Ababa'], ['Sudan', 'Sudanese', 'Khartoum'],
  ['Egypt', 'Egyptian', 'Cairo'], ['Turkey', 'Turkish', 'Ankara'], ['Iran', 'Iranian', 'Tehran'],
  ['India', 'Indian', 'New Delhi'], ['Pakistan', 'Pakistani', 'Islamabad'], ['China', 'Chinese', 'Beijing'],
  ['Japan', 'Japanese', 'Tokyo'], ['Brazil', 'Brazilian', 'Brasilia'], ['Colombia', 'Colombian', 'Bogota'],
  ['France', 'French', 'Paris'], ['Germany', 'German', 'Berlin'], ['Poland', 'Polish', 'Warsaw'],
  ['Ukraine', 'Ukrainian', 'Kyiv'], ['Russia', 'Russian', 'Moscow'], ['Qatar', 'Qatari', 'Doha'],
  ['Norway', 'Norwegian', 'Oslo'], ['Nigeria', 'Nigerian', 'Abuja'], ['Mexico', 'Mexican', 'Mexico City'],
  ['Armenia', 'Armenian', 'Yerevan'], ['Azerbaijan', 'Azerbaijani', 'Baku'], ['Serbia', 'Serbian', 'Belgrade'],
] as const;

const OFFICIALS = ['foreign minister', 'defence minister', 'president', 'prime minister', 'army chief', 'interior minister'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Fill = { a: string; b: string; aAdj: string; bAdj: string; city: string; off: string; when: string; n: number };

const TEMPLATES: Array<(f: Fill) => string> = [
  (f) => `The ${f.aAdj} ${f.off} met his ${f.bAdj} counterpart in ${f.city} ${f.when} to discuss border security.`,
  (f) => `${f.a} accused ${f.b} of violating the truce ${f.when}, according to a statement from the ${f.off}.`,
  (f) => `${f.aAdj} forces launched airstrikes on positions held by ${f.bAdj} troops near the border ${f.when}.`,
  (f) => `${f.a} and ${f.b} agreed to a ceasefire that will take effect at midnight, officials said ${f.when}.`,
  (f) => `The ${f.aAdj} government condemned the attack and urged ${f.b} to show restraint.`,
  (f) => `${f.a} offered humanitarian aid to ${f.b} after floods displaced about ${f.n} thousand people.`,
  (f) => `Talks between ${f.a} and ${f.b} resumed in ${f.city} ${f.when}, with mediators from ${f.aAdj} and ${f.bAdj} delegations present.`,
  (f) => `${f.a} threatened to impose sanctions on ${f.b} if the shelling does not stop.`,
  (f) => `Protesters gathered outside the ${f.bAdj} embassy in ${f.city} ${f.when}, police said.`,
  (f) => `The ${f.bAdj} ${f.off} denied the allegations and said ${f.b} remained committed to dialogue.`,
  (f) => `${f.a} expelled two ${f.bAdj} diplomats ${f.when}, accusing them of espionage.`,
  (f) => `At least ${f.n} people were killed in clashes between ${f.aAdj} and ${f.bAdj} soldiers, local officials said.`,
  (f) => `${f.a} signed a trade agreement with ${f.b} in ${f.city} ${f.when}.`,
  (f) => `Analysts said the visit signalled a thaw in relations between ${f.a} and ${f.b}.`,
];

/** Small fast seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export interface SyntheticArticle {
  title: string;
  text: string;
  published: string;
  outlet: string;
  url: string;
}

/** Article number `i` of corpus `seed`: 6–14 sentences, a dateline and a publication date. */
export function article(i: number, seed = 1): SyntheticArticle {
  const r = rng(seed * 1_000_003 + i);
  const [a, aAdj, city] = pick(r, COUNTRIES);
  let [b, bAdj] = pick(r, COUNTRIES);
  if (b === a) [b, bAdj] = COUNTRIES[(COUNTRIES.findIndex((c) => c[0] === a) + 1) % COUNTRIES.length]!;
  const year = 2024 + Math.floor(r() * 3);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const sentences: string[] = [];
  const count = 6 + Math.floor(r() * 9);
  for (let k = 0; k < count; k++) {
    const when = r() < 0.5 ? `on ${pick(r, DAYS)}` : `on ${1 + Math.floor(r() * 28)} ${MONTHS[month]}`;
    sentences.push(pick(r, TEMPLATES)({ a, b, aAdj, bAdj, city, off: pick(r, OFFICIALS), when, n: 2 + Math.floor(r() * 90) }));
  }
  // A serial keeps every article's text (and so its content-hash id) distinct.
  const text = `${city.toUpperCase()} — ${sentences.join(' ')} (Report ${seed}-${i}.)`;
  return { title: `${a} and ${b}: tensions and talks (${i})`, text, published, outlet: 'Synthetic Wire', url: `https://news.example/${seed}/${i}` };
}
