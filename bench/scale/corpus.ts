/**
 * A synthetic news corpus for scale tests: deterministic (seeded) articles shaped like wire and
 * newspaper reports — ~700–1,000 words (≈ 4–6 KB) in paragraphs, of which only about one sentence
 * in five reports an event between states; the rest is what real reports are mostly made of:
 * quotes, background, history, figures and local colour. Every template, name and figure was
 * written for this bench; no text comes from any evaluation set.
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
/** Invented personal names (not those of real office holders). */
const FIRST = ['Amara', 'Tobias', 'Leyla', 'Rafael', 'Ingrid', 'Kwame', 'Mirela', 'Daniyar', 'Sofia', 'Hamid', 'Yuki', 'Oren', 'Beatriz', 'Nikolai', 'Zanele', 'Farid'];
const LAST = ['Okonkwo', 'Varga', 'Haddad', 'Lindqvist', 'Moreau', 'Santos', 'Petrov', 'Abara', 'Kowal', 'Nakamura', 'Delacroix', 'Mensah', 'Rahimi', 'Osei', 'Brennan', 'Castell'];
const EXPERTS = ['a researcher at the Institute for Regional Studies', 'a former ambassador', 'an economist at a private bank in the capital',
  'a security analyst', 'a professor of international relations', 'a senior fellow at a policy centre', 'a former army officer'];
const GOODS = ['wheat', 'natural gas', 'fertiliser', 'steel', 'textiles', 'electricity', 'coffee', 'cement'];
const TOWNS = ['the border town', 'the river port', 'the market town', 'the mountain district', 'the coastal city', 'the provincial capital'];

interface Fill {
  a: string; b: string; aAdj: string; bAdj: string; city: string; bCity: string; off: string; off2: string;
  when: string; n: number; m: number; year: number; past: number; person: string; person2: string;
  expert: string; good: string; town: string; month: string; pct: number;
}
type Template = (f: Fill) => string;

/** Sentences reporting an event between the two states (what an event coder is for). */
const EVENTS: Template[] = [
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
  (f) => `${f.b} recalled its ambassador from ${f.city} for consultations ${f.when}.`,
  (f) => `The ${f.aAdj} ${f.off2} visited ${f.bCity} ${f.when}, the first such visit in ${f.m} years.`,
  (f) => `${f.a} called on ${f.b} to pull its soldiers back from the contested area.`,
];

/** Direct and reported speech; attribution without a new event. */
const QUOTES: Template[] = [
  (f) => `"We are not looking for a fight, but we will defend every metre of our land," the ${f.aAdj} ${f.off} told reporters.`,
  (f) => `"There is still a window for diplomacy, and it is getting smaller every week," said ${f.person}, ${f.expert}.`,
  (f) => `"People here are tired," said ${f.person}, a teacher in ${f.town}. "We just want the schools to open again."`,
  () => `"Nobody in this room believes the problem will be solved in one meeting," a senior official said on condition of anonymity.`,
  (f) => `${f.person2}, who runs a small shop near the main square, said prices had doubled since the spring.`,
  (f) => `"The numbers speak for themselves," ${f.person} said, pointing to a chart of monthly ${f.good} deliveries.`,
  (f) => `"It is too early to say whether this will hold," said ${f.person}, ${f.expert}. "The last two agreements did not."`,
  (f) => `A spokesperson for the ${f.bAdj} foreign ministry declined to comment on the report.`,
  (f) => `"We have heard these promises before," said ${f.person2}, whose family left ${f.town} ${f.m} years ago.`,
  (f) => `"The economy cannot wait for the politicians," ${f.person}, ${f.expert}, said in an interview.`,
  (f) => `Asked about the timetable, the ${f.off} said only that work would continue "as long as it takes".`,
  (f) => `"Our message is simple: keep talking," said ${f.person2}, a member of the opposition in parliament.`,
];

/** Background that explains the story and has no new event of its own. */
const CONTEXT: Template[] = [
  (f) => `The two countries share a border of about ${f.n * 10} kilometres, much of it running through sparsely populated hills.`,
  (f) => `Relations between ${f.a} and ${f.b} have been uneasy for years, shaped by disputes over water, grazing land and trade routes.`,
  (f) => `The region is home to roughly ${f.m} million people, many of whom depend on farming and cross-border trade.`,
  (f) => `Elections are due in ${f.a} next year, and the government is under pressure to appear firm.`,
  (f) => `The ${f.off} took office ${f.m} years ago after a campaign that promised better ties with neighbours.`,
  () => `Much of the area remains closed to independent journalists, and casualty figures could not be verified.`,
  () => `Both governments say they favour a negotiated settlement, though they disagree about where talks should take place.`,
  () => `The disputed area includes several villages, a reservoir and a stretch of the main highway to the coast.`,
  (f) => `Observers say the rainy season, which begins in ${f.month}, usually slows movement along the frontier.`,
  (f) => `The ${f.bAdj} parliament is expected to debate the issue when it reconvenes after the summer recess.`,
  () => `Regional organisations have offered to host further rounds, but no date has been set.`,
  (f) => `The road through ${f.town} is the only paved route between the two capitals.`,
  (f) => `Local authorities have set up ${f.n} temporary shelters in schools and sports halls.`,
  () => `The story has dominated newspaper front pages and evening broadcasts in both countries for weeks.`,
];

/** History: earlier events told in the past, often with a year. */
const HISTORY: Template[] = [
  (f) => `In ${f.past}, the two countries fought a brief war over the same stretch of border, which ended with a ceasefire brokered by neighbours.`,
  (f) => `A previous agreement, signed in ${f.past}, collapsed within months amid mutual accusations.`,
  () => `The border was drawn in the early twentieth century and has been contested since independence.`,
  (f) => `Diplomatic relations were restored in ${f.past} after a decade in which the two sides communicated only through intermediaries.`,
  (f) => `The last joint commission on the frontier met in ${f.past} and produced a report that was never published.`,
  (f) => `Tensions flared in ${f.past} when a dispute over fishing rights led to the closure of the main crossing for several weeks.`,
  (f) => `Since ${f.past}, the two governments have held ${f.n % 12 + 2} rounds of talks on demarcation.`,
];

/** Figures: economy, trade, displacement, budgets. */
const NUMBERS: Template[] = [
  (f) => `Trade between ${f.a} and ${f.b} reached ${f.m}.${f.n % 10} billion dollars last year, according to official figures.`,
  (f) => `${f.a} supplies about ${f.pct} percent of the ${f.good} consumed in ${f.b}.`,
  (f) => `The ${f.aAdj} currency has lost ${f.pct} percent of its value against the dollar since ${f.month}.`,
  (f) => `Inflation in ${f.b} stood at ${f.pct}.${f.n % 10} percent in ${f.month}, the highest level in ${f.m} years.`,
  (f) => `The United Nations estimates that ${f.n * 1000} people have left their homes in the border districts since ${f.month}.`,
  (f) => `Defence spending in ${f.a} rose by ${f.pct} percent this year, to about ${f.m}.${f.n % 10} percent of economic output.`,
  (f) => `About ${f.n} trucks a day crossed the border before the closure, customs data show.`,
  (f) => `The planned pipeline would carry up to ${f.m * 3} billion cubic metres of gas a year.`,
  (f) => `Some ${f.n * 100} students from ${f.b} are enrolled at universities in ${f.a}.`,
];

/** Colour: scenes and everyday life. */
const COLOUR: Template[] = [
  (f) => `In ${f.town}, the market was busy on ${f.when.replace(/^on /, '')} morning, though several stalls remained shuttered.`,
  (f) => `Long queues formed at petrol stations in ${f.bCity} as drivers worried about shortages.`,
  () => `Farmers near the frontier said they had not been able to reach their fields for weeks.`,
  () => `At the bus station, families loaded suitcases and blankets onto the roofs of minibuses.`,
  (f) => `The streets of ${f.city} were quiet in the evening, with police patrols at major intersections.`,
  () => `A local radio station has been broadcasting lists of missing relatives every evening.`,
  () => `Hotels in the capital were full of delegates, journalists and security staff.`,
  (f) => `Schoolchildren in ${f.town} have been taking lessons in a mosque courtyard and a church hall.`,
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

/** Share of body sentences drawn from each kind (events ≈ one in five, as in real reports). */
const MIX: Array<[number, Template[]]> = [
  [0.2, EVENTS], [0.22, QUOTES], [0.26, CONTEXT], [0.1, HISTORY], [0.13, NUMBERS], [0.09, COLOUR],
];

function kind(r: () => number): Template[] {
  let x = r();
  for (const [p, ts] of MIX) if ((x -= p) < 0) return ts;
  return CONTEXT;
}

/**
 * Article number `i` of corpus `seed`: a dateline, a lead of one or two event sentences, then
 * 10–14 paragraphs of 3–5 sentences (≈ 650–950 words, 4–6 KB), and a publication date.
 */
export function article(i: number, seed = 1): SyntheticArticle {
  const r = rng(seed * 1_000_003 + i);
  const [a, aAdj, city] = pick(r, COUNTRIES);
  let [b, bAdj, bCity] = pick(r, COUNTRIES);
  if (b === a) [b, bAdj, bCity] = COUNTRIES[(COUNTRIES.findIndex((c) => c[0] === a) + 1) % COUNTRIES.length]!;
  const year = 2024 + Math.floor(r() * 3);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const person = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const person2 = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const fill = (): Fill => ({
    a, b, aAdj, bAdj, city, bCity, year, person, person2,
    off: pick(r, OFFICIALS),
    off2: pick(r, OFFICIALS),
    when: r() < 0.5 ? `on ${pick(r, DAYS)}` : `on ${1 + Math.floor(r() * 28)} ${MONTHS[month]}`,
    n: 2 + Math.floor(r() * 90),
    m: 2 + Math.floor(r() * 20),
    past: year - 3 - Math.floor(r() * 40),
    expert: pick(r, EXPERTS),
    good: pick(r, GOODS),
    town: pick(r, TOWNS),
    month: pick(r, MONTHS),
    pct: 3 + Math.floor(r() * 40),
  });
  // Reports rarely repeat a sentence: a template already used is redrawn (a few times at most).
  const used = new Set<Template>();
  const draw = (ts: Template[]): Template => {
    let t = pick(r, ts);
    for (let k = 0; k < 3 && used.has(t); k++) t = pick(r, ts);
    used.add(t);
    return t;
  };
  const paragraphs: string[] = [];
  const lead = [draw(EVENTS)(fill())];
  if (r() < 0.5) lead.push(draw(EVENTS)(fill()));
  paragraphs.push(`${city.toUpperCase()} — ${lead.join(' ')}`);
  const count = 10 + Math.floor(r() * 5);
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(r() * 3);
    for (let k = 0; k < n; k++) sentences.push(draw(kind(r))(fill()));
    paragraphs.push(sentences.join(' '));
  }
  // A serial keeps every article's text (and so its content-hash id) distinct.
  paragraphs.push(`(Report ${seed}-${i}.)`);
  return { title: `${a} and ${b}: tensions and talks (${i})`, text: paragraphs.join('\n\n'), published, outlet: 'Synthetic Wire', url: `https://news.example/${seed}/${i}` };
}
