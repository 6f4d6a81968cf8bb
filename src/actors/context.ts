/**
 * Token-context rules of English the resolver relies on: possessives, determiners that make a title
 * generic, capitalised neighbours that make a name part of a longer unknown name, and the
 * locative/agentive readings of capitals ("in Islamabad" vs "Islamabad said").
 */
import { COMPASS, VENUE_NAMED, type ActorEntry, type Token } from '../domain/types.js';
import { isCapitalized, type Item } from './scan.js';
import type { State } from './state.js';

/** Capitalised words that make "America(n)" a region of the Americas ("Latin American", "South America"). */
export const AMERICAS = new Set(['Central', 'Latin', 'South', 'North', 'Native', 'Pan']);

export const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Determiners and quantifiers that make a title or noun a class ("a minister", "several presidents"). */
export const GENERIC_DETS = new Set(['a', 'an', 'any', 'every', 'each', 'some', 'several', 'many', 'no', 'other', 'another',
  'two', 'three', 'four', 'five', 'various', 'numerous', 'few', 'all', 'most', 'such', 'whichever', 'whoever']);
/** Words before a title that say the office is past, so a stale title is no conflict. */
// (and words of an office lost: "ousted prime minister Sheikh Hasina", "deposed president Mohamed Bazoum")
export const FORMER = new Set(['former', 'ex', 'ex-', 'then', 'erstwhile', 'late', 'onetime', 'one-time', 'ousted', 'deposed', 'toppled', 'overthrown', 'exiled', 'impeached']);

/**
 * "former", "ex-", "the late" right before token `at` — a holder of the office no longer, whom CAMEO codes as their
 * country's elite (ELI); not "then" ("the then government", "then-President X" acted in the office).
 */
export function exBefore(tokens: ArrayLike<Token>, at: number): boolean {
  const p = tokens[at - 1];
  const w = p?.text === '-' ? tokens[at - 2]?.lower : p?.lower;
  // ("ex-prime minister X", "the ex-army chief": wink keeps "ex-" and the title's first word as one token)
  return w !== undefined && w !== 'then' && (FORMER.has(w) || (w.startsWith('ex-') && w.length > 3));
}
/** Words that may stand between a country word and its head noun ("Indian senior officials"). */
const FILLER = new Set(['top', 'senior', 'junior', 'acting', 'interim', 'new', 'outgoing', 'incoming', 'own', 'then', 'former',
  'current', 'serving', 'retired', 'sitting', 'caretaker', '-']);

export function tok(s: State, i: number): Token | undefined {
  return s.view.tokens[i];
}

export function isFiller(t: Token): boolean {
  return FILLER.has(t.lower) || t.pos === 'ADJ';
}

const CALENDAR = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** A capitalised word no item covers, in a sentence not in title case: part of an unknown name. */
export function unknownCapital(s: State, i: number, sentence: number): boolean {
  const t = s.view.tokens[i];
  if (!t || t.sentence !== sentence || s.titleCase[sentence]) return false;
  if (s.covered[i]! >= 0 || t.type !== 'word') return false;
  const first = s.view.tokens[i - 1]?.sentence !== sentence;
  // a weekday or month is no part of a name ("in southern Lebanon Sunday")
  return isCapitalized(t.text) && !first && t.pos !== 'PRON' && !CALENDAR.has(t.text);
}

/**
 * "the U.S. Al Udeid air base", "the Russian Hmeimim air base": the unknown capitalised words after a
 * country's name (at most three) name a thing of the country whose lower-case agent noun follows
 * them ("base", "embassy", "camp"), so the country's name is no part of a longer name.
 */
function namedFacility(s: State, from: number, sentence: number): boolean {
  let j = from;
  // (with the lower-case particles of Arabic names: "Ain al-Asad")
  while (j < from + 5 && (unknownCapital(s, j, sentence) || (j > from && (NAME_PARTICLE.test(s.view.tokens[j]?.lower ?? '') || s.view.tokens[j]?.text === '-')))) j++;
  const t = s.view.tokens[j];
  if (!t || t.sentence !== sentence || t.text !== t.lower || t.type !== 'word') return false;
  // (a compound head: "air base", "naval base")
  const u = s.view.tokens[j + 1];
  const head = (w: string): boolean => FACILITY_HEADS.has(w) || s.dict.agents.get(w) !== undefined;
  return head(t.lower) || (!!u && u.sentence === sentence && u.text === u.lower && head(u.lower));
}

const NAME_PARTICLE = /^(?:al|el|ad|ash|as|at|bin|ibn|de|du)(?:-\p{L}+)?$/u;

/** Lower-case heads of a state's named installations ("the U.S. Al Udeid air base", "the Russian Admiral Kuznetsov carrier"). */
const FACILITY_HEADS = new Set(['base', 'bases', 'airbase', 'airfield', 'camp', 'barracks', 'garrison', 'outpost', 'facility', 'compound',
  'warship', 'carrier', 'destroyer', 'frigate', 'submarine', 'cruiser', 'embassy', 'consulate', 'mission']);

/** The name at [start,end) is embedded in a longer unknown proper name ("Indian Ocean", "Air India", "Bank of India"). */
export function insideLongerName(s: State, start: number, end: number): boolean {
  const sentence = s.view.tokens[start]!.sentence;
  if (unknownCapital(s, end, sentence) && !namedFacility(s, end, sentence)) return true;
  const prev = s.view.tokens[start - 1];
  if (prev && (prev.pos === 'PROPN' || prev.pos === 'ADJ' || prev.pos === 'NOUN') && unknownCapital(s, start - 1, sentence)) return true;
  if (prev && prev.lower === 'of' && unknownCapital(s, start - 2, sentence)) return true;
  return false;
}

/** Lower-case particles inside Arabic, Dutch, German, French names ("al-Mustafa", "bin Saleh", "van der Berg"). */
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'der', 'de', 'da', 'di', 'du', 'le', 'la', 'ould']);

/** Tokens a name particle at `j` spans with the capitalised word it introduces ("al" "-" "Mustafa": 3, "bin" "Saleh": 2), else 0. */
export function particleName(s: State, j: number): number {
  const t = s.view.tokens;
  const p = t[j];
  if (!p || !NAME_PARTICLES.has(p.text) || p.sentence !== t[j - 1]?.sentence) return 0;
  if (t[j + 1]?.text === '-' && t[j + 1]!.start === p.end && t[j + 2] && t[j + 2]!.start === t[j + 1]!.end && isCapitalized(t[j + 2]!.text)) return 3;
  return t[j + 1] && t[j + 1]!.pos === 'PROPN' && isCapitalized(t[j + 1]!.text) ? 2 : 0;
}

/**
 * A surname at token `i` followed directly by a capitalised word is part of somebody else's name
 * ("Sharon Osbourne", "Paul Nitze", "Baker Hughes", "Ahmad Khan Sherpao"): the name continues.
 * The next word may itself be a listed surname; a weekday or month ("Sharon Tuesday") is no name.
 */
export function nameContinues(s: State, i: number): boolean {
  const t = s.view.tokens[i];
  const n = s.view.tokens[i + 1];
  if (!t || !n || n.sentence !== t.sentence || s.titleCase[t.sentence] || n.type !== 'word') return false;
  // ("Mohammed al-Bukhaiti", "Abdulmalik al-Ajri", "Mohammed bin Salman": an Arabic name's particle, lower-case, glued to
  // or followed by the next capitalised part, goes on with the name)
  if (particleName(s, i + 1) > 0) return true;
  if (!isCapitalized(n.text)) return false;
  if (CALENDAR.has(n.text) || n.text === 'I') return false;
  const c = s.covered[i + 1]!;
  return c < 0 || s.items[c]!.kind === 'surname';
}

/**
 * Tokens `start`..`end` are a person's several-word or hyphened surname read as a name ("Jean-Pierre"), and the name
 * goes on after them: the given names of someone else ("Jean-Pierre Vandermeulen", not Karine Jean-Pierre).
 */
export function givenNameOfAnother(s: State, entry: ActorEntry, start: number, end: number): boolean {
  if (end - start < 2 || !entry.surname || entry.name === entry.surname || !nameContinues(s, end - 1)) return false;
  return s.view.text.slice(s.view.tokens[start]!.start, s.view.tokens[end - 1]!.end) === entry.surname;
}

/** Prefixes of navy ships' names ("USS Carney", "HMS Diamond", "INS Vikrant"). */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set(['USS', 'HMS', 'INS', 'HMAS', 'HMCS', 'PNS']);

/**
 * A capitalised proper noun no item covers right before token \`i\` ("Prophet Mohammed", "Aftab Ahmad"),
 * or the end of a hyphenated chain of two links or more ("Shan-e-Mustafa"; "al-Assad" is one link).
 */
export function nameBefore(s: State, i: number): boolean {
  const p = s.view.tokens[i - 1];
  if (!p) return false;
  // ("the USS Carney", "HMS Diamond": a ship's prefix opens a ship's name, whoever else bears it)
  if (SHIP_PREFIXES.has(p.text)) return true;
  const glued = (k: number): boolean => s.view.tokens[k]?.text === '-' && s.view.tokens[k - 1]?.end === s.view.tokens[k]!.start && s.view.tokens[k + 1]?.start === s.view.tokens[k]!.end;
  if (glued(i - 1) && glued(i - 3)) return true;
  if (p.pos === 'PROPN' && unknownCapital(s, i - 1, s.view.tokens[i]!.sentence)) return true;
  // ("spokesman Abdifatah Aden Hassan": a one-word place or capital inside a run of names is part of the name)
  if (p.pos === 'PROPN' && s.covered[i - 1]! >= 0 && s.items[s.covered[i - 1]!]!.end === i && s.items[s.covered[i - 1]!]!.start === i - 1
    && s.view.tokens[i - 2]?.pos === 'PROPN' && unknownCapital(s, i - 2, s.view.tokens[i]!.sentence)) return true;
  // ("Dhurata Ali said": a given name no list holds opening the sentence, tagged a proper noun — not "Will", "May")
  const sentence = s.view.tokens[i]!.sentence;
  return p.pos === 'PROPN' && p.sentence === sentence && s.view.tokens[i - 2]?.sentence !== sentence && !s.titleCase[sentence]
    && s.covered[i - 1]! < 0 && p.type === 'word' && isCapitalized(p.text) && !CALENDAR.has(p.text) && p.text !== p.text.toUpperCase();
}

const ALLY = new Set(['ally', 'allies', 'proxy', 'proxies', 'surrogate', 'surrogates', 'client', 'clients', 'partner', 'partners', 'protege', 'protégé']);

/**
 * "Iran's allies", "Israel's militia ally": a possessive country followed by an ally noun (after at
 * most one modifier) names other actors, not the country; the words up to the ally noun make no actor.
 */
export function allyAfter(s: State, end: number, consume = true): boolean {
  if (!POSSESSIVE.has(s.view.tokens[end]?.text ?? '')) return false;
  for (let j = end + 1; j <= end + 2; j++) {
    const t = s.view.tokens[j];
    if (!t || t.sentence !== s.view.tokens[end]!.sentence) return false;
    if (ALLY.has(t.lower)) {
      if (consume) for (let k = end + 1; k < j; k++) if (s.at[k]! >= 0) s.consumed[s.at[k]!] = 1;
      return true;
    }
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return false;
  }
  return false;
}

export { titleCaseSentences } from '../nlp/headline.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'into', 'inside', 'outside', 'around', 'across', 'throughout', 'within', 'via',
  'through', 'toward', 'towards', 'over', 'on', 'visited', 'visit', 'visiting', 'visits', 'reached', 'left', 'leaving', 'leave',
  'arrived', 'landed', 'based', 'outskirts', 'streets', 'near', 'beyond', 'above', 'below', 'off', 'entered', 'shelled', 'struck']);
const MOTION = new Set(['travelled', 'traveled', 'travel', 'travels', 'travelling', 'traveling', 'flew', 'fly', 'flies', 'flying',
  'went', 'go', 'goes', 'going', 'returned', 'return', 'returns', 'headed', 'heading', 'came', 'come', 'comes', 'moved', 'trip',
  'visit', 'journey', 'flight', 'flights', 'arrived', 'drove', 'sailed', 'marched', 'fled', 'deployed', 'rushed', 'back', 'way',
  'route', 'road', 'trains', 'buses', 'relocated', 'evacuated', 'transferred', 'sent', 'moving']);
/** Words of visiting before the place visited ("visited the Kremlin", "a visit to the White House"). */
const VISITED = new Set(['visited', 'visit', 'visiting', 'visits']);
/** Nouns of those who speak or act for a government, after its seat: "a Kremlin spokesman". */
const SPEAKING_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'aide', 'aides', 'adviser',
  'advisers', 'advisor', 'advisors', 'envoy', 'envoys', 'insider', 'insiders', 'source', 'sources']);
const AGENTIVE = new Set(['between', 'with', 'by', 'urged', 'told', 'asked', 'warned', 'accused', 'blamed', 'against', 'and', 'both', 'said', 'as']);
/**
 * A state's missions and envoys abroad: "the French embassy" is no antecedent of the state's body at home (compose.ts), and
 * the capital an envoy leaves, "recalled its ambassador from Algiers", is a government.
 */
export const MISSIONS = new Set(['embassy', 'consulate', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'mission', 'legation', 'diplomat', 'diplomats',
  'commissioner', 'affaires', 'attache', 'attaché']);

/** People posted to a foreign government ("its ambassador in Washington"). */
const ENVOYS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys']);

const SOURCE_NOUNS = new Set(['confirmation', 'statement', 'statements', 'word', 'response', 'reaction', 'message', 'messages', 'signal',
  'signals', 'call', 'calls', 'demand', 'demands', 'request', 'assurance', 'assurances', 'report', 'reports', 'news', 'protest',
  'objection', 'denial', 'warning', 'offer', 'proposal', 'invitation', 'support', 'pressure', 'comment', 'comments', 'officials',
  // ("drew criticism from Manila", "condemnation from Washington")
  'criticism', 'condemnation', 'condemnations', 'rebuke', 'rebukes', 'protests', 'praise', 'backlash', 'outrage', 'anger',
  // ("received air defence systems from Berlin", "a loan from Beijing"): what a government gives
  'aid', 'assistance', 'help', 'weapons', 'arms', 'ammunition', 'systems', 'batteries', 'missiles', 'funding', 'funds', 'loan', 'loans',
  'grant', 'grants', 'credit', 'shipment', 'shipments', 'deliveries', 'donation', 'donations']);

function prevWord(s: State, i: number): number {
  let j = i - 1;
  // (and a part of the city: "in eastern Baghdad", "in downtown Kyiv" — lower case only: "East Jerusalem" is a name)
  while (j >= 0 && (['the', 'both', 'either', 'neither', 'downtown', 'greater'].includes(s.view.tokens[j]!.lower)
    || (COMPASS.has(s.view.tokens[j]!.text)))) j--;
  return j;
}

/** Measures laid "on" a government ("sanctions on Moscow", "pressure on Beijing", "tariffs on Ottawa"). */
const MEASURE_NOUNS = new Set(['sanctions', 'sanction', 'pressure', 'tariffs', 'tariff', 'embargo', 'restrictions', 'demands', 'curbs', 'penalties', 'duties']);

/** Whether a capital (or seat of power) at [start,end) is used as an actor here, not as a place. */
/** The head of the noun phrase after a possessive's "'s" at `at` (past adjectives and nouns), lower-cased. */
function actHead(t: readonly Token[], at: number): string {
  let k = at;
  while (t[k + 1] && (t[k]!.pos === 'ADJ' || t[k]!.pos === 'NOUN') && (t[k + 1]!.pos === 'NOUN' || t[k + 1]!.pos === 'ADJ') && k < at + 4) k++;
  return t[k]?.lower ?? '';
}
/** Nouns of acts and policies a capital's possessive owns. */
const ACT_AFTER = new Set(['support', 'backing', 'aid', 'assistance', 'involvement', 'role', 'programme', 'program', 'policy', 'policies',
  'actions', 'action', 'behaviour', 'behavior', 'attacks', 'attack', 'invasion', 'aggression', 'occupation', 'annexation', 'crackdown',
  'offensive', 'decision', 'refusal', 'deployment', 'cooperation', 'ties', 'sanctions', 'threats', 'claims', 'treatment', 'handling',
  'response', 'stance', 'position', 'plan', 'plans', 'demands', 'demand', 'war', 'nuclear', 'missile']);

/**
 * From the comma at `comma`: capitalised names separated by commas, the last after "and", then a verb ("Washington, Seoul
 * and Tokyo condemned"). At most four names of up to three words.
 */
function subjectListAfter(t: readonly Token[], comma: number): boolean {
  const sentence = t[comma]!.sentence;
  let j = comma + 1;
  for (let names = 0; names < 4; names++) {
    let w = 0;
    while (w < 3 && t[j] && t[j]!.sentence === sentence && t[j]!.pos === 'PROPN' && isCapitalized(t[j]!.text)) { j++; w++; }
    if (w === 0) return false;
    const sep = t[j];
    if (!sep || sep.sentence !== sentence) return false;
    if (sep.text === ',') { j++; if (t[j]?.lower === 'and') j++; else continue; }
    else if (sep.lower === 'and') j++;
    else return (sep.pos === 'VERB' || sep.pos === 'AUX') && names > 0;
    // after "and": the last name, then the verb
    let v = 0;
    while (v < 3 && t[j] && t[j]!.sentence === sentence && t[j]!.pos === 'PROPN' && isCapitalized(t[j]!.text)) { j++; v++; }
    return v > 0 && !!t[j] && t[j]!.sentence === sentence && (t[j]!.pos === 'VERB' || t[j]!.pos === 'AUX');
  }
  return false;
}

export function metonymIsAgent(s: State, start: number, end: number): boolean {
  const t = s.view.tokens;
  const next = t[end];
  if (next && (next.text === '-' || next.lower.startsWith('-')) && t[end + 1]?.lower === 'based') return false;
  const p = prevWord(s, start);
  const prev = t[p];
  // ("the Minsk agreements", "the Kuala Lumpur accord", "the Istanbul talks": a city naming an accord or a round of talks
  // after their article is where it was made, no party to it)
  if (next && t[start - 1]?.pos === 'DET' && VENUE_NAMED.has(next.lower) && next.sentence === t[start]!.sentence) return false;
  const sameSentence = prev !== undefined && prev.sentence === t[start]!.sentence;
  if (sameSentence && prev.lower === 'and' && s.lastMetonym && s.lastMetonym.end === p) return s.lastMetonym.agent;
  // ("recalled its ambassador from Algiers", "withdrew its envoys from Bamako": the state an envoy leaves is a government)
  // (not "a joint statement from Doha": the parties' statement, made where they met)
  if (sameSentence && prev.lower === 'from') return (SOURCE_NOUNS.has(t[prevWord(s, p)]?.lower ?? '') && t[prevWord(s, p) - 1]?.lower !== 'joint') || MISSIONS.has(t[prevWord(s, p)]?.lower ?? '');
  // ("tougher sanctions on Moscow", "pressure on Beijing"): what a measure is laid on is a government
  if (sameSentence && prev.lower === 'on' && MEASURE_NOUNS.has(t[prevWord(s, p)]?.lower ?? '')) return true;
  // ("called on New Delhi to extradite her", "prevailed on Moscow"): the one called on is a government
  if (sameSentence && prev.lower === 'on' && CALLED_ON.has(t[prevWord(s, p)]?.lemma ?? '')) return true;
  if (sameSentence && prev.lower === 'to') {
    for (let k = Math.max(0, p - 4); k < p; k++) if (MOTION.has(t[k]!.lower)) return false;
    return true;
  }
  // ("recalled its ambassador in Washington", "Colombia's envoy in Caracas"): the government an envoy is posted to
  if (sameSentence && prev.lower === 'in' && ENVOYS.has(t[prevWord(s, p)]?.lower ?? '')) return true;
  // ("imposed sanctions over Pyongyang's military support for Russia", "talks on Tehran's nuclear programme": a possessive
  // capital after "over" or "on" owns an act or a policy, not a place)
  if (sameSentence && (prev.lower === 'over' || prev.lower === 'on') && next && POSSESSIVE.has(next.text) && ACT_AFTER.has(actHead(t, end + 1))) return true;
  // ("Zelenskyy visited the White House", "a visit to the Kremlin"): a seat of power visited, named with its article (no
  // city), is the government received there
  if (sameSentence && (VISITED.has(prev.lower) || (prev.lower === 'to' && VISITED.has(t[prevWord(s, p)]?.lower ?? ''))) && (t[start]!.lower === 'the' || t[start - 1]?.lower === 'the')) return true;
  if (sameSentence && LOCATIVE.has(prev.lower)) return false;
  if (next && (POSSESSIVE.has(next.text) || next.pos === 'VERB' || next.pos === 'AUX')) return true;
  // ("a Kremlin spokesman said", "Beijing officials"): the seat of power naming whom a spokesman speaks for
  if (next && next.sentence === t[start]!.sentence && SPEAKING_FOR.has(next.lower)) return true;
  // ("Washington, Seoul and Tokyo condemned the launch": the first of a list of names that is the subject of a verb)
  if (next?.text === ',' && !(sameSentence && LOCATIVE.has(prev.lower)) && subjectListAfter(t, end)) return true;
  // "Moscow, which brokered a 2020 ceasefire, ...": a capital that a subject relative clause acts for
  if (next?.text === ',' && (t[end + 1]?.lower === 'which' || t[end + 1]?.lower === 'who') && !(sameSentence && LOCATIVE.has(prev.lower))) {
    const v = t[end + 2];
    if (v && (v.pos === 'VERB' || v.pos === 'AUX')) return true;
  }
  // "Ankara, a close ally of Baku, praised", "Moscow, Yerevan's longtime ally, criticised": a capital with an apposition
  // before its verb
  if (next?.text === ',' && !(sameSentence && LOCATIVE.has(prev.lower)) && (t[end + 1]?.pos === 'DET' || POSSESSIVE.has(t[end + 2]?.text ?? ''))) {
    for (let j = end + 2; j < end + 12 && j < t.length && t[j]!.sentence === t[start]!.sentence; j++) {
      if (t[j]!.pos === 'VERB' || t[j]!.pos === 'AUX') break;
      if (t[j]!.text === ',') {
        const v = t[j + 1];
        if (v && (v.pos === 'VERB' || (v.pos === 'ADV' && t[j + 2]?.pos === 'VERB'))) return true;
        break;
      }
    }
  }
  // ("Washington, however, condemned", "The White House, in a statement, criticized": a parenthetical adverb or short
  // phrase set off by commas between the capital and its verb)
  if (next?.text === ',' && !(sameSentence && LOCATIVE.has(prev.lower))) {
    for (let j = end + 1; j < end + 6 && j < t.length && t[j]!.sentence === t[start]!.sentence; j++) {
      const w = t[j]!;
      if (w.text === ',') {
        const v = t[j + 1];
        if (j > end + 1 && v && v.sentence === w.sentence && (v.pos === 'VERB' || (v.pos === 'ADV' && t[j + 2]?.pos === 'VERB'))) return true;
        break;
      }
      if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PROPN' || w.type !== 'word') break;
    }
  }
  // "Washington, along with its allies, demanded": a subject joined by a companion phrase
  const n1 = next?.text === ',' ? t[end + 1] : next;
  if (n1 && (n1.lower === 'along' || n1.lower === 'together') && t[n1.index + 1]?.lower === 'with' && !(sameSentence && LOCATIVE.has(prev.lower))) return true;
  // "Moscow again rejected", "Kabul on Monday said": a verb after adverbs or a short time phrase
  if (next && next.sentence === t[start]!.sentence && verbAfter(s, end)) return !(sameSentence && LOCATIVE.has(prev.lower));
  // "Moscow and Kyiv agreed", "Belgrade and Pristina have held talks": the first of two names that are
  // together the subject of a verb (the second is decided by this one, see `lastMetonym`)
  if (next?.lower === 'and' && !(sameSentence && LOCATIVE.has(prev.lower))) {
    let j = end + 1;
    // ("Kinshasa and the M23 agreed", "Kinshasa and M23 rebels signed": a name after "the", and its head noun)
    const k0 = t[j]?.lower === 'the' && t[j + 1]?.pos === 'PROPN' ? j + 1 : j;
    j = k0;
    while (j < k0 + 3 && t[j]?.pos === 'PROPN' && t[j]!.sentence === t[start]!.sentence) j++;
    if (j > k0) while (j < k0 + 4 && t[j]?.pos === 'NOUN' && !t[j]!.lower.endsWith('ing') && t[j]!.sentence === t[start]!.sentence) j++;
    // ("Washington and its allies imposed": the capital's own companions)
    if (j === end + 1 && (t[j]?.lower === 'its' || t[j]?.lower === 'their')) {
      j++;
      while (j < end + 5 && (t[j]?.pos === 'NOUN' || t[j]?.pos === 'ADJ') && t[j]!.sentence === t[start]!.sentence) j++;
      if (j === end + 2) j = end + 1;
    }
    if (j > k0 && (t[j]?.pos === 'VERB' || t[j]?.pos === 'AUX' || verbAfter(s, j))) return true;
  }
  // ("prompting Seoul to condemn", "forced Kyiv to retreat"): the object of a verb that has it do what the infinitive says
  if (sameSentence && prev.pos === 'VERB' && next?.lower === 'to' && t[end + 1]?.pos === 'VERB' && next.sentence === t[start]!.sentence) return true;
  // ("the group it accuses Kabul of sheltering", "urges Moscow to"): the object of a verb said of or to a government
  if (sameSentence && prev.pos === 'VERB' && ADDRESSED_VERBS.has(prev.lemma)) return true;
  return sameSentence && AGENTIVE.has(prev.lower);
}

/** Verbs before "on" whose object is someone appealed to ("called on Moscow"). */
const CALLED_ON = new Set(['call', 'prevail', 'lean', 'rely', 'depend']);

/** Verbs whose object is someone told, asked, judged or thanked: a capital there stands for its government. */
const ADDRESSED_VERBS = new Set(['accuse', 'blame', 'urge', 'tell', 'ask', 'warn', 'condemn', 'criticize', 'criticise', 'threaten',
  'press', 'pressure', 'thank', 'praise', 'congratulate', 'invite', 'implore', 'call', 'reassure', 'persuade', 'convince',
  // ("gave Moscow ten days", "offered Kyiv guarantees", "informed Washington", "sanctioned Tehran", "backing Kyiv")
  'give', 'grant', 'offer', 'inform', 'notify', 'brief', 'assure', 'remind', 'sanction', 'punish', 'support', 'back', 'arm', 'help', 'recognize',
  'recognise', 'contact', 'phone', 'lobby', 'rebuke', 'reprimand', 'summon', 'snub']);

const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

/** A finite verb within three tokens after `end`, past adverbs and "on Monday"-like phrases only. */
const TIME_WORDS = new Set(['in', 'last', 'this', 'early', 'late', 'week', 'month', 'year', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december']);

function verbAfter(s: State, end: number): boolean {
  const t = s.view.tokens;
  for (let j = end; j < end + 4 && j < t.length; j++) {
    const x = t[j]!;
    if (x.pos === 'VERB' || x.pos === 'AUX') return j > end;
    // (a short time phrase: "Kabul on Monday said", "Washington in January imposed", "Moscow last week warned")
    if (x.pos === 'ADV' || DAYS.has(x.lower) || x.lower === 'on' || TIME_WORDS.has(x.lower)) continue;
    return false;
  }
  return false;
}

/** Token `i` is the first word of its sentence (ignoring opening quotes and bullets). */
export function sentenceInitial(s: State, i: number): boolean {
  const t = s.view.tokens;
  let j = i - 1;
  while (j >= 0 && t[j]!.sentence === t[i]!.sentence && t[j]!.type !== 'word' && t[j]!.type !== 'number') j--;
  return j < 0 || t[j]!.sentence !== t[i]!.sentence;
}

/**
 * "(the) former Yugoslavia": a country's name right after "former", the lands of a state that broke up —
 * unless the name modifies what follows ("former U.S. President", "the former Soviet Union's leader").
 */
export function formerState(doc: { tokens: ArrayLike<Token> }, item: Item): boolean {
  if (item.kind !== 'name' || doc.tokens[item.start - 1]?.lower !== 'former') return false;
  const h = item.hits[0]!;
  if (h.type !== 'entry' || h.entry.kind !== 'country') return false;
  const next = doc.tokens[item.end];
  if (!next) return true;
  if (POSSESSIVE.has(next.text)) return false;
  return next.type === 'punctuation' || (!isCapitalized(next.text) && next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'ADJ');
}

/** "Russian-made tanks", "Soviet-era jets", "a Bosnia-style war": origin or likeness, not an actor. */
export const NO_ACTOR_COMPOUNDS = new Set(['made', 'era', 'designed', 'built', 'supplied', 'style', 'manufactured', 'produced', 'type', 'vintage']);
/** "a Britain-based monitor": the seat of what follows, an actor only as the country of an agent noun ("Pakistan-based militants"). */
export const SEAT_COMPOUNDS = new Set(['based', 'headquartered']);
/** "Syrian-backed militias": the sponsor is not the actor of what the militias do (nor are they its forces). */
export const SPONSOR_COMPOUNDS = new Set(['backed', 'sponsored', 'supported', 'funded', 'armed', 'trained', 'allied', 'aligned', 'affiliated', 'linked', 'inspired']);

/** The second part of a hyphenated compound after the name ending at token `end` ("Russian-made" → "made"). */
export function compoundAfter(tokens: ArrayLike<Token>, end: number): string | undefined {
  const h = tokens[end];
  const w = tokens[end + 1];
  if (!h || !w || h.text !== '-' || w.type !== 'word' || h.start !== tokens[end - 1]!.end || w.start !== h.end) return undefined;
  return w.lower;
}

/** A name that only says where a thing was made or is based, or who backs an actor ("Russian-made", "London-based", "Iran-backed"). */
export function originOrSponsor(tokens: ArrayLike<Token>, end: number): boolean {
  const c = compoundAfter(tokens, end);
  return c !== undefined && (NO_ACTOR_COMPOUNDS.has(c) || SEAT_COMPOUNDS.has(c) || SPONSOR_COMPOUNDS.has(c));
}
