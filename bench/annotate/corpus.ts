/**
 * A synthetic news-like corpus for the annotation benchmark: template sentences written for Brink
 * (not taken from any article) with slots filled by a seeded generator, grouped into articles.
 */
const PEOPLE = ['the foreign minister', 'the army chief', 'a senior official', 'the prime minister', 'the UN envoy', 'a government spokesperson', 'the defence secretary', 'opposition leaders'];
const COUNTRIES = ['India', 'Pakistan', 'Israel', 'Iran', 'Ukraine', 'Russia', 'China', 'the United States', 'Qatar', 'Egypt', 'Turkey', 'Saudi Arabia'];
const PLACES = ['Kashmir', 'the Line of Control', 'Gaza', 'New Delhi', 'Islamabad', 'Kyiv', 'Tehran', 'Doha', 'Cairo', 'Geneva', 'Poonch', 'Rafah', 'Kharkiv', 'Beirut'];
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday night', 'early on Thursday', 'on Friday morning', 'late on Saturday', 'on Sunday', 'yesterday', 'last week', 'over the weekend', 'on May 7', 'on 10 May 2025', 'in March 2023', 'two days later', 'at 5 pm IST', 'at 1700 GMT', 'this morning', 'since 2022'];
const VERBS = ['accused', 'met', 'warned', 'called on', 'threatened', 'praised', 'criticised', 'urged', 'rejected a proposal from', 'agreed to talks with'];
const NUMS = ['26', 'nine', 'more than 1,000', 'at least 12', 'three', 'hundreds of', '5.5', '40'];

const TEMPLATES: Array<(r: () => number) => string> = [
  (r) => `${cap(pick(PEOPLE, r))} of ${pick(COUNTRIES, r)} ${pick(VERBS, r)} ${pick(COUNTRIES, r)} ${pick(DAYS, r)}, according to a statement.`,
  (r) => `Shelling near ${pick(PLACES, r)} killed ${pick(NUMS, r)} people ${pick(DAYS, r)}, local officials said.`,
  (r) => `"We will not accept any violation of the ceasefire," ${pick(PEOPLE, r)} told reporters in ${pick(PLACES, r)}.`,
  (r) => `The truce, which took effect ${pick(DAYS, r)}, appeared to be holding along ${pick(PLACES, r)} despite reports of sporadic fire.`,
  (r) => `${pick(COUNTRIES, r)} said it had shot down ${pick(NUMS, r)} drones launched from across the border ${pick(DAYS, r)}.`,
  (r) => `Analysts said the talks in ${pick(PLACES, r)} could collapse if ${pick(COUNTRIES, r)} did not withdraw its troops.`,
  (r) => `The ministry can't confirm the figures, but it expects negotiations to resume ${pick(DAYS, r)}.`,
  (r) => `Diplomats from ${pick(COUNTRIES, r)} and ${pick(COUNTRIES, r)} held a two-hour meeting ${pick(DAYS, r)} to discuss a prisoner exchange.`,
  (r) => `Markets in ${pick(PLACES, r)} fell 3.2% after ${pick(PEOPLE, r)} warned of "severe consequences".`,
  (r) => `Thousands of residents fled ${pick(PLACES, r)} as artillery fire intensified ${pick(DAYS, r)}.`,
  (r) => `${cap(pick(PEOPLE, r))} said the agreement was a first step and that ${pick(COUNTRIES, r)} would monitor its implementation.`,
  (r) => `According to ${pick(COUNTRIES, r)}'s military, ${pick(NUMS, r)} soldiers were wounded in the attack near ${pick(PLACES, r)}.`,
  // background and analysis sentences without time expressions, as most of a news article is
  (r) => `The dispute over ${pick(PLACES, r)} has shaped relations between ${pick(COUNTRIES, r)} and ${pick(COUNTRIES, r)} for decades.`,
  (r) => `Critics say the government has failed to explain why it rejected earlier offers of mediation from ${pick(COUNTRIES, r)}.`,
  (r) => `${cap(pick(PEOPLE, r))} did not respond to a request for comment.`,
  (r) => `"There is no military solution to this conflict," said ${pick(PEOPLE, r)}, who has visited ${pick(PLACES, r)} several times.`,
  (r) => `Humanitarian groups warned that ${pick(NUMS, r)} families remain without shelter, food or clean water in ${pick(PLACES, r)}.`,
  (_r) => `The agreement calls for the withdrawal of heavy weapons, the exchange of prisoners and the reopening of border crossings.`,
  (_r) => `Both sides accuse each other of violating previous truces, and neither has allowed independent monitors into the area.`,
  (r) => `Officials in ${pick(PLACES, r)} said the economic cost of the fighting could exceed $${pick(NUMS, r)} billion.`,
  (r) => `${pick(COUNTRIES, r)}'s parliament is expected to debate the deal, although opposition parties have called it a surrender.`,
  (r) => `Satellite images reviewed by independent analysts appeared to show damage to ${pick(NUMS, r)} buildings near ${pick(PLACES, r)}.`,
  (r) => `The United Nations Security Council is divided over how to respond, with ${pick(COUNTRIES, r)} blocking a draft resolution.`,
  (r) => `Refugees who crossed into ${pick(COUNTRIES, r)} described villages emptied by shelling and roads cut by landmines.`,
];

function pick<T>(a: readonly T[], r: () => number): T { return a[Math.floor(r() * a.length)]!; }
function cap(s: string): string { return s.charAt(0).toUpperCase() + s.slice(1); }

/** mulberry32: a small seeded PRNG so every run measures the same text. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Articles of about `articleWords` words until `totalWords` is reached. Paragraphs are blank-line separated. */
export function corpus(totalWords: number, articleWords = 600, seed = 42): { articles: string[]; words: number } {
  const r = rng(seed);
  const articles: string[] = [];
  let words = 0;
  while (words < totalWords) {
    const paras: string[] = [`${pick(COUNTRIES, r)} and ${pick(COUNTRIES, r)} trade accusations over ${pick(PLACES, r)}`];
    let w = 0;
    while (w < articleWords) {
      const sents: string[] = [];
      for (let k = 0; k < 3; k++) sents.push(pick(TEMPLATES, r)(r));
      const p = sents.join(' ');
      w += p.split(' ').length;
      paras.push(p);
    }
    const text = paras.join('\n\n');
    words += text.split(/\s+/).length;
    articles.push(text);
  }
  return { articles, words };
}
