/**
 * Two corrections to wink's tags that news needs. First, a past-tense verb right after a clause-opening name,
 * tagged ADJ as if it were a participle modifier ("Qatar mediated between the two", "Egypt and Qatar
 * mediated talks", "The United States brokered a deal"). English reads "<Name> <-ed word>" at the head of
 * a clause as subject + verb unless a finite verb follows in the same clause ("US-backed" is one token;
 * "US backed rebels seized the town" keeps its adjective because "seized" is the clause's verb).
 *
 * Conditions, all required: the word ends in -ed and is tagged ADJ; the words before it back to the
 * clause start are proper nouns joined by "and" or commas, optionally after one sentence-initial
 * determiner; no verb follows before the clause ends (punctuation, a conjunction or a relative word).
 * Second, a passive participle with its agent after a noun, tagged ADJ ("a truce mediated by Qatar").
 * Third, an inflected past form tagged NOUN in verb position: wink reads "shot" as a noun in "Gunmen shot
 * two police officers" and "Israeli forces shot a man". A word that has a past-tense verb reading (its verb
 * lemma differs from it: "shot" → "shoot"; not -s or -ing forms, which are as often plural nouns or gerunds),
 * right after the clause's subject noun or name, with no verb before it in the clause, and followed by an
 * object's opening (a determiner, number, pronoun or name, optionally after "dead"/"down"), is the clause's verb
 * ("Azerbaijan retook Karabakh"; also after a participle or relative clause set off by commas: "Mozambican troops,
 * backed by Rwandan soldiers, retook the port").
 * Fourth, the bare infinitive after "help" tagged NOUN ("Qatar helped broker the deal"): a word that is not
 * an -s form, right after a form of the verb "help" and followed by an object's opening, is a verb.
 * Fifth, the gerund object of a verb that takes one, tagged NOUN or ADJ ("denied firing any missiles",
 * "denied attacking civilians", "resumed shelling the town"): an -ing word right after deny, admit, avoid,
 * stop, cease, resume, continue and the like, followed by its own object or phrase, is a verb.
 * Sixth, a perfect participle tagged ADJ ("which had mediated between X and Y"): an -ed word right after the
 * auxiliary "have", not followed by a noun or adjective it could modify ("had limited supplies" keeps it);
 * and a past participle tagged NOUN there ("had shot down five jets").
 * And a passive participle in -ed tagged NOUN after a form of "be" ("who were tortured and killed by Y"),
 * not before a noun.
 * Seventh, a progressive form tagged ADJ ("warplanes are striking Daesh positions"): an -ing word right
 * after a form of "be", followed by a name, determiner, number or pronoun opening its object, is a verb.
 * The retagged token gets the VERB tag and wink's verb lemma ("mediated" → "mediate").
 * A verb prefixed "co-" ("co-hosted") gets the lemma of its base verb ("host").
 * The other way round, a gerund tagged VERB right before a finite verb ("since fighting broke out",
 * "shelling continued overnight") is that verb's subject: it gets the NOUN tag and keeps its form as lemma;
 * and an -s form tagged VERB after "to" ("responding to attacks by the rebels") is a plural noun, since no
 * infinitive ends in the third-person -s; so is one right after a past-tense verb ("rejected calls for a truce").
 */
import type { Sentence, Token } from '../domain/types.js';
import { wink } from './wink.js';
import { lemmaUnder } from './winkraw.js';

const CLAUSE_END = new Set(['that', 'which', 'who', 'whom', 'whose', 'while', 'after', 'before', 'because', 'when', 'as', 'but']);
const lemmaCache = new Map<string, string>();

/** wink's lemma of `lower` read as a past-tense verb (cached per word). */
export function verbLemma(lower: string): string {
  let l = lemmaCache.get(lower);
  if (l === undefined) {
    l = lemmaUnder(wink(), lower, 'VERB') ?? lower;
    lemmaCache.set(lower, l);
  }
  return l;
}

function opensWithNames(tokens: Token[], start: number, i: number): boolean {
  let j = i - 1;
  if (j < start || tokens[j]!.pos !== 'PROPN') return false;
  while (j >= start) {
    const t = tokens[j]!;
    if (t.pos === 'PROPN' || (t.lower === 'and' && j > start) || (t.text === ',' && j > start)) { j--; continue; }
    break;
  }
  if (j < start) return true;
  // one determiner opening the sentence ("The United States")
  return j === start && tokens[j]!.pos === 'DET' && tokens[j]!.lower === 'the';
}

function verbFollows(tokens: Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.type === 'punctuation' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || CLAUSE_END.has(t.lower)) return false;
    // ("Qatar mediated the release of children held in Russia": a participle right after a noun modifies it)
    if (t.pos === 'VERB' && /(?:ed|en|eld|ept|ought|ound)$/.test(t.lower) && tokens[k - 1]!.pos === 'NOUN' && k > i + 2 && tokens[i + 1]!.pos === 'DET') continue;
    // ("The United States pressured Israel to accept the deal": an infinitive is no finite verb of the clause)
    if (t.pos === 'VERB' && tokens[k - 1]!.lower === 'to') continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/** "a truce mediated by Qatar", "talks in Doha mediated by Y": an -ed word between a noun or name and "by" is a passive participle with its agent. */
function agentParticiple(tokens: Token[], i: number, end: number): boolean {
  const prev = tokens[i - 1]!;
  // ("the talks are mediated by X": a passive after a form of "be")
  // ("the exchange, mediated by X,": set off by a comma after its noun)
  const aside = prev.text === ',' && i > 1 && tokens[i - 2]!.pos === 'NOUN';
  return i + 1 < end && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || aside || (prev.pos === 'AUX' && prev.lemma === 'be')) && tokens[i + 1]!.lower === 'by';
}

const OBJECT_OPENERS = new Set(['DET', 'NUM', 'PRON']);
/** Bare plurals of people that open an object ("shot protesters", "hit civilians"). */
const PEOPLE_PLURALS = new Set(['protesters', 'demonstrators', 'civilians', 'people', 'soldiers', 'troops', 'militants', 'fighters', 'rebels', 'police',
  'policemen', 'students', 'villagers', 'residents', 'migrants', 'refugees', 'journalists', 'worshippers', 'farmers', 'children', 'women', 'men']);
const PARTICLES = new Set(['dead', 'down']);
const SAYING = new Set(['said', 'says', 'say', 'told', 'reported', 'claimed', 'added', 'alleged', 'confirmed', 'stated']);

/** "Gunmen shot two officers", "Troops shot dead three militants": a past form tagged NOUN in verb position (see the module comment). */
function pastNounVerb(tokens: Token[], start: number, i: number, end: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || t.type !== 'word' || t.lower.endsWith('s') || t.lower.endsWith('ing')) return false;
  let prev = tokens[i - 1]!;
  // ("Mozambican troops, backed by Rwandan soldiers, retook the port": after a participle or relative
  // clause set off by commas, the verb follows the subject's closing comma)
  let before = i - 1;
  if (prev.text === ',') {
    let c = i - 2;
    while (c > start && tokens[c]!.text !== ',') c--;
    const open = tokens[c + 1];
    if (c <= start || tokens[c]!.text !== ',' || !open || !((open.pos === 'VERB' && /(?:ed|en)$/.test(open.lower)) || open.lower === 'who' || open.lower === 'which')) return false;
    before = c - 1;
    prev = tokens[before]!;
  }
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  let k = i + 1;
  if (k < end && PARTICLES.has(tokens[k]!.lower)) k++;
  // ("police shot dead at least 19 people": a count told roughly opens the object too)
  // ("Police shot protesters in Daraa": so does a bare plural of people)
  // ("The Houthis abducted several crew members": an indefinite quantifier opens it as a number does)
  if (k >= end || !(OBJECT_OPENERS.has(tokens[k]!.pos) || tokens[k]!.pos === 'PROPN' || approximateCount(tokens, k, end) || PEOPLE_PLURALS.has(tokens[k]!.lower)
    || QUANTIFIERS.has(tokens[k]!.lower))) return false;
  for (let j = before; j >= start; j--) {
    const w = tokens[j]!;
    if (w.type === 'punctuation' || w.pos === 'CCONJ' || w.pos === 'SCONJ' || CLAUSE_END.has(w.lower)) break;
    // ("Witnesses said police shot dead two protesters": a verb of saying opens the reported clause)
    if (w.pos === 'VERB' && SAYING.has(w.lower)) break;
    // ("Masked gunmen shot dead a journalist", "Two hooded men shot"): an -ed word opening the subject before its noun
    // modifies the noun; it is no verb of the clause
    if (w.pos === 'VERB' && w.lower.endsWith('ed') && j + 1 < i && tokens[j + 1]!.pos === 'NOUN' && (j === start || OBJECT_OPENERS.has(tokens[j - 1]!.pos))) continue;
    if (w.pos === 'VERB' || w.pos === 'AUX') return false;
  }
  return verbLemma(t.lower) !== t.lower;
}

/**
 * "Al-Shabaab claimed the bombing in Mandera and abducted three teachers": wink reads "Mandera and abducted" as one noun
 * phrase. An -ed form with a past-tense verb reading (or an irregular past form: "and shot three men"), tagged NOUN right after "and", before an object's opening, when a
 * past-tense verb comes before it in the sentence, is a second verb of that verb's subject.
 */
function andPastVerb(tokens: Token[], start: number, i: number, end: number): boolean {
  const t = tokens[i]!;
  const irregular = AND_IRREGULAR_PASTS.has(t.lower);
  if (t.type !== 'word' || !(irregular || (t.lower.length >= 5 && t.lower.endsWith('ed'))) || tokens[i - 1]!.lower !== 'and') return false;
  const k = i + 1;
  if (k >= end || !(OBJECT_OPENERS.has(tokens[k]!.pos) || tokens[k]!.pos === 'PROPN' || approximateCount(tokens, k, end) || PEOPLE_PLURALS.has(tokens[k]!.lower)
    || QUANTIFIERS.has(tokens[k]!.lower))) return false;
  let verb = false;
  for (let j = i - 2; j >= start && !verb; j--) verb = pastVerb(tokens[j]!);
  return verb && (irregular || verbLemma(t.lower) !== t.lower);
}

/** Irregular past forms wink also reads as nouns ("entered the village and shot three men", "and hit two trucks"). */
const AND_IRREGULAR_PASTS = new Set(['shot', 'hit', 'beat', 'held', 'led', 'sent', 'took', 'threw', 'burnt', 'struck', 'stole', 'fought']);

/** Indefinite quantifiers that open an object ("several crew members", "dozens of protesters"). */
const QUANTIFIERS = new Set(['several', 'many', 'dozens', 'hundreds', 'thousands', 'scores', 'numerous', 'some', 'more']);

/** "helped broker the deal": the bare infinitive after "help" (see the module comment). */
function helpedVerb(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  return prev.lemma === 'help' && prev.pos === 'VERB' && t.type === 'word' && !t.lower.endsWith('s')
    && i + 1 < end && OBJECT_OPENERS.has(tokens[i + 1]!.pos);
}

/** Verbs whose object may be a gerund with its own object ("denied firing missiles"). */
const GERUND_TAKERS = new Set(['deny', 'admit', 'avoid', 'stop', 'quit', 'cease', 'resume', 'continue', 'keep', 'risk', 'consider', 'finish', 'begin', 'start']);
const GERUND_OBJECT = new Set(['DET', 'NUM', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'ADP']);

/** "denied firing any missiles": a gerund tagged NOUN/ADJ as the object of a verb that takes one (see the module comment). */
function gerundObject(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  return t.lower.endsWith('ing') && t.type === 'word' && prev.pos === 'VERB' && GERUND_TAKERS.has(prev.lemma)
    && i + 1 < end && GERUND_OBJECT.has(tokens[i + 1]!.pos);
}

/** Prepositions an -ing form after them is a gerund of (not "of"/"for": "the demands of striking workers"). */
const GERUND_PREPS = new Set(['after', 'before', 'by', 'without', 'upon', 'while', 'since']);
const GERUND_OBJECT_START = new Set(['DET', 'NUM', 'PRON', 'PROPN', 'NOUN']);

/** "after striking dozens of targets", "by shelling the town": an -ing word tagged ADJ after such a preposition, before its object, is a gerund (a verb). */
function prepositionGerund(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  return t.lower.length > 5 && t.lower.endsWith('ing') && GERUND_PREPS.has(tokens[i - 1]!.lower) && i + 1 < end && GERUND_OBJECT_START.has(tokens[i + 1]!.pos);
}

const RELATIVE_PRONOUNS = new Set(['which', 'who']);
const RELATIVE_OBJECT = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADP']);

/** "Egypt and Qatar, which mediated the deal", "who brokered talks between": an -ed word tagged ADJ right after a
 * relative pronoun, before its object or preposition, is the relative clause's past verb. */
function relativeVerb(tokens: Token[], i: number, end: number): boolean {
  const prev = tokens[i - 1]!;
  return RELATIVE_PRONOUNS.has(prev.lower) && i + 1 < end && RELATIVE_OBJECT.has(tokens[i + 1]!.pos);
}

const HAVE_AUX = new Set(['has', 'have', 'had']);
const COMPARATIVES = new Set(['more', 'less', 'fewer']);
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** "had shot down": a past participle tagged NOUN after the auxiliary "have" (a word with a past verb reading, not an -s or -ing form). */
function perfectNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  let prev = tokens[i - 1]!;
  // (an adverb between: "has long accused", "had repeatedly warned")
  if ((prev.pos === 'ADV' || prev.lower === 'long') && i > 1) prev = tokens[i - 2]!;
  // (a participle spelled as its base — "had overrun the base", "had hit the town" — before its object too)
  const next = tokens[i + 1];
  return prev.pos === 'AUX' && HAVE_AUX.has(prev.lower) && t.type === 'word' && !t.lower.endsWith('s') && !t.lower.endsWith('ing')
    && (verbLemma(t.lower) !== t.lower || (!!next && (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NUM')));
}

/** "had mediated between": a perfect participle tagged ADJ (see the module comment). */
function perfectParticiple(tokens: Token[], i: number, end: number): boolean {
  const prev = tokens[i - 1]!;
  // ("has mediated more than a dozen exchanges": a comparative count is the object, not the participle's noun)
  const count = i + 2 < end && COMPARATIVES.has(tokens[i + 1]!.lower) && tokens[i + 2]!.lower === 'than';
  // (a name after it is its object: "had encircled Ukrainian troops", "had trained Malian soldiers")
  return prev.pos === 'AUX' && HAVE_AUX.has(prev.lower) && (i + 1 >= end || !MODIFIED.has(tokens[i + 1]!.pos) || count
    || (tokens[i + 1]!.pos === 'PROPN' && verbLemma(tokens[i]!.lower) !== tokens[i]!.lower));
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
const PROGRESSIVE_OBJECT = new Set(['PROPN', 'DET', 'NUM', 'PRON']);

/** "were tortured and killed": a passive participle in -ed tagged NOUN right after a form of "be", not before a noun it could modify. */
function passiveNoun(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  if (!t.lower.endsWith('ed') || t.type !== 'word' || !BE_FORMS.has(tokens[i - 1]!.lower)) return false;
  const next = i + 1 < end ? tokens[i + 1]! : null;
  return !(next && (next.pos === 'NOUN' || next.pos === 'PROPN')) && verbLemma(t.lower) !== t.lower;
}

/** Words between a plural subject and its verb: "X and Y both expressed", "the envoys all agreed". */
const FLOATED = new Set(['both', 'all', 'each', 'jointly', 'together']);

/**
 * "The African Union and the European Union both expressed concern": a past form after a floated quantifier that follows
 * a name or plural noun, before an object's opening, is the subject's verb.
 */
function floatedQuantifier(tokens: Token[], start: number, i: number, end: number): boolean {
  if (i - 2 < start || !FLOATED.has(tokens[i - 1]!.lower) || i + 1 >= end) return false;
  const subj = tokens[i - 2]!;
  return (subj.pos === 'PROPN' || (subj.pos === 'NOUN' && subj.lower.endsWith('s'))) && RELATIVE_OBJECT.has(tokens[i + 1]!.pos);
}

/** Tags of the words of a plain noun phrase ("the M23 rebels", "Sudanese paramilitary fighters"). */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "M23 rebels looted warehouses", "Gunmen torched a police station": an -ed word tagged ADJ right after a common noun
 * that closes a plain noun phrase opening the clause (or the clause a verb of saying opens), before its object, is the
 * clause's past verb when no other verb follows in the clause — English puts an attributive adjective before its noun,
 * so "<noun> <-ed word> <object>" reads as subject, verb and object ("Iran backed militias attacked": the verb follows).
 */
function nounSubjectVerb(tokens: Token[], start: number, i: number, end: number): boolean {
  if (i + 1 >= end || tokens[i - 1]!.pos !== 'NOUN' || !RELATIVE_OBJECT.has(tokens[i + 1]!.pos) || tokens[i + 1]!.pos === 'ADP') return false;
  for (let j = i - 2; j >= start; j--) {
    const w = tokens[j]!;
    if ((w.pos === 'VERB' && SAYING.has(w.lower)) || w.lower === 'that') break;
    if (!NOUN_PHRASE.has(w.pos)) return false;
  }
  return !verbFollows(tokens, i, end);
}

/** -ing forms of verbs of saying, asking, hurting and force that open a participle clause after a comma ("..., warning Tehran not to"). */
const COMMA_PARTICIPLES = new Set(['warning', 'urging', 'saying', 'accusing', 'demanding', 'telling', 'asking', 'blaming', 'threatening', 'calling',
  'insisting', 'claiming', 'vowing', 'pledging', 'promising', 'pressing', 'appealing',
  // (and of hurting: "hit a hospital on Thursday, wounding dozens of people")
  'wounding', 'injuring', 'killing', 'maiming',
  // (and of force: "advanced, firing artillery at the positions", "..., shelling the town")
  'firing', 'shelling', 'launching', 'bombing', 'pounding', 'targeting', 'hitting', 'striking', 'attacking', 'seizing', 'detaining', 'arresting',
  'capturing', 'abducting', 'kidnapping']);

/** "Rubio spoke on Thursday, warning Tehran not to target US forces", "..., wounding dozens": such a verb's
 * -ing form after a comma, before an object. */
function commaParticiple(tokens: Token[], i: number, end: number): boolean {
  // (or before its "that" clause: ", warning that any retaliation would be a mistake")
  return COMMA_PARTICIPLES.has(tokens[i]!.lower) && tokens[i - 1]?.text === ',' && i + 1 < end && (RELATIVE_OBJECT.has(tokens[i + 1]!.pos) || tokens[i + 1]!.lower === 'that');
}

/** Nouns a gerund after "is" names, not a progressive: "the aim is ending the war". */
const PREDICATE_NOUNS = new Set(['aim', 'goal', 'plan', 'priority', 'problem', 'idea', 'objective', 'purpose', 'task', 'focus', 'solution', 'answer', 'option']);

/** "Israel was bombing Iran", "are pounding Tehran": an -ing form after a form of "be", before an object's opening. */
function progressive(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  return t.lower.endsWith('ing') && BE_FORMS.has(tokens[i - 1]!.lower) && i + 1 < end && PROGRESSIVE_OBJECT.has(tokens[i + 1]!.pos);
}

/**
 * "attacked the village, killing 12 people and abducting 30 others": an -ing word tagged NOUN or ADJ right after
 * "and", continuing a participle clause opened after the last comma, before its object, is a participle too.
 */
function coordinatedParticiple(tokens: Token[], start: number, i: number, end: number): boolean {
  const t = tokens[i]!;
  if (!t.lower.endsWith('ing') || t.type !== 'word' || tokens[i - 1]!.lower !== 'and' || i + 1 >= end || !GERUND_OBJECT.has(tokens[i + 1]!.pos)) return false;
  for (let k = i - 2; k > start; k--) {
    if (tokens[k]!.text !== ',') continue;
    const v = tokens[k + 1]!;
    return v.pos === 'VERB' && v.lower.endsWith('ing') && k + 1 < i - 1;
  }
  return false;
}

/** "since fighting broke out": an -ing form tagged VERB right before a finite verb in the past (see the module comment). */
function gerundSubject(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  if (!t.lower.endsWith('ing') || i + 1 >= end || BE_FORMS.has(tokens[i - 1]!.lower)) return false;
  let k = i + 1;
  // ("after fighting in the Catatumbo region killed 80 people": a place phrase may come between, after a preposition)
  if (PLACE_PREPS.has(tokens[k]!.lower) && i > 0 && tokens[i - 1]!.pos === 'ADP') {
    k++;
    while (k < end && k < i + 8 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NOUN')) k++;
    if (k === i + 2 || k >= end) return false;
  }
  const v = tokens[k]!;
  return v.pos === 'VERB' && !v.lower.endsWith('ing') && !v.lower.endsWith('s') && v.lower !== v.lemma;
}

const PLACE_PREPS = new Set(['in', 'on', 'near', 'around', 'across', 'along', 'outside', 'inside', 'at']);

const MODALS = new Set(['will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', "'ll", 'wo', 'ca']);

/**
 * The bare infinitive right after a modal (and "not" or an adverb), tagged ADJ or NOUN before its object
 * ("Poland will close the Russian consulate", "could free all the hostages", "will free about 2,000
 * prisoners"): a plain word (no -s, -ed,
 * -ing, -ly ending) followed by an object's opening is the verb.
 */
function afterModal(tokens: Token[], i: number, end: number): boolean {
  if (i + 1 >= end || i === 0) return false;
  let j = i - 1;
  if (tokens[j]!.pos !== 'AUX') {
    if (j === 0 || !(tokens[j]!.lower === 'not' || tokens[j]!.lower === "n't" || tokens[j]!.pos === 'ADV')) return false;
    j--;
  }
  const m = tokens[j]!;
  if (m.pos !== 'AUX' || !MODALS.has(m.lower) || !(OBJECT_OPENERS.has(tokens[i + 1]!.pos) || tokens[i + 1]!.pos === 'PROPN' || approximateCount(tokens, i + 1, end))) return false;
  const w = tokens[i]!.lower;
  return w.length >= 3 && !/(?:s|ed|ing|ly)$/.test(w);
}

/** "about 2,000", "nearly 90", "at least 20", "more than 1,000": a count told roughly opens an object at `k`. */
function approximateCount(tokens: Token[], k: number, end: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  if (!a || !b || k + 1 >= end) return false;
  if (a.pos === 'ADV' && b.pos === 'NUM') return true;
  const c = tokens[k + 2];
  return !!c && k + 2 < end && c.pos === 'NUM' && /^(?:at least|more than|up to|as many|fewer than|less than)$/.test(`${a.lower} ${b.lower}`);
}

/** Token `k` is a word with a past-tense verb reading ("accused", "shot"; not an -s or -ing form), tagged NOUN, ADJ or VERB. */
function pastFormAt(tokens: Token[], k: number, end: number): boolean {
  const t = tokens[k];
  if (!t || k >= end || t.type !== 'word' || !(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB')) return false;
  return !t.lower.endsWith('s') && !t.lower.endsWith('ing') && verbLemma(t.lower) !== t.lower;
}

/** Words that own or determine a noun phrase "military" heads ("the military", "Pakistan's military"). */
const MILITARY_OWNERS = new Set(['the', "'s", '’s', 'its', 'their', 'his', 'her', 'our', 'whose']);

/**
 * A past form at `k` that is the verb of a clause whose subject ends right before it: followed by what can open its
 * object or complement (a determiner, number, pronoun, name, noun, adjective or preposition), not by a verb ("the military
 * wounded were flown out" keeps its noun phrase).
 */
function militaryVerb(tokens: Token[], k: number, end: number): boolean {
  if (!pastFormAt(tokens, k, end)) return false;
  const n = tokens[k + 1];
  if (!n || k + 1 >= end) return false;
  return n.pos === 'DET' || n.pos === 'NUM' || n.pos === 'PRON' || n.pos === 'PROPN' || n.pos === 'NOUN' || n.pos === 'ADJ' || n.pos === 'ADP' || n.pos === 'ADV';
}

/** A past-tense form tagged VERB ("rejected", "ignored", "took"): not an -s or -ing form, its lemma another word. */
function pastVerb(t: Token): boolean {
  return t.pos === 'VERB' && t.lemma !== t.lower && !t.lower.endsWith('s') && !t.lower.endsWith('ing');
}

const PRESENT_OBJECT = new Set(['DET', 'NUM', 'PRON', 'NOUN', 'PROPN']);

/**
 * "Iran fires missiles at US base", "Russia strikes Kyiv", "Israel bombs Gaza": in the present tense of
 * headlines and leads, an -s word tagged NOUN right after the clause's opening names, with a verb reading
 * ("fires" → "fire"), followed by its object and no verb after it in the clause, is the clause's verb
 * ("Iran talks collapse" keeps its noun: a verb follows).
 */
function presentNameVerb(tokens: Token[], start: number, i: number, end: number): boolean {
  const t = tokens[i]!;
  if (t.type !== 'word' || t.lower.length < 4 || !t.lower.endsWith('s') || t.lower.endsWith('ss') || !opensWithNames(tokens, start, i)) return false;
  // ("Cameroonian soldiers shot protesters", "Malian troops killed ...": a plural of people after the names is the subject's head)
  if (PEOPLE_PLURALS.has(t.lower)) return false;
  const next = tokens[i + 1];
  if (!next || !PRESENT_OBJECT.has(next.pos) || verbFollows(tokens, i, end)) return false;
  // (a singular common noun after it may be the verb itself: "Border guards shot a smuggler")
  // (unless it modifies a noun after it, the object's head: "Georgia jails opposition leader", "Serbia arrests opposition activists")
  if (next.pos === 'NOUN' && !(next.lower.endsWith('s') && !next.lower.endsWith('ss')) && tokens[i + 2]?.pos !== 'NOUN') return false;
  return verbLemma(t.lower) !== t.lower;
}

/**
 * Headlines in sentence case ("Turkish jets pound PKK hideouts in Iraq", "Syria, Kurdish-led SDF clash in Aleppo", "Iraq's
 * Kurds welcome PKK arms ceremony"): in a line with no verb and no final full stop, a base form tagged NOUN or ADJ right
 * after a plural noun or a name that ends the subject's phrase, before its object or a preposition, is the present-tense
 * verb — when the word has a verb reading ("pounds" is a form of "pound").
 */
function headlineBaseVerb(tokens: Token[], start: number, i: number, end: number): boolean {
  const t = tokens[i]!;
  if (t.type !== 'word' || t.lower.length < 3 || t.lower !== t.text || /(s|ing|ed)$/.test(t.lower) || i + 1 >= end) return false;
  // ("Tanzanian police arrest protesters": "police", a plural of people, is the subject's head; the verb follows it)
  if (PEOPLE_PLURALS.has(t.lower)) return false;
  const prev = tokens[i - 1]!;
  // ("Tanzanian police arrest protesters": "police" is a plural without -s)
  if (!(prev.pos === 'PROPN' || (prev.pos === 'NOUN' && ((prev.lower.endsWith('s') && !prev.lower.endsWith('ss')) || prev.lower === 'police')))) return false;
  const next = tokens[i + 1]!;
  if (!HEADLINE_OBJECT.has(next.pos)) return false;
  if (tokens[end - 1]!.text === '.') return false;
  for (let k = start; k < end; k++) {
    const w = tokens[k]!;
    if (k < i && !SUBJECT_TAGS.has(w.pos) && !(w.type === 'punctuation' && (w.text === ',' || w.text === '-'))) return false;
    // (a participle inside a compound adjective, "Kurdish-led", is no verb)
    if ((w.pos === 'VERB' || w.pos === 'AUX') && !(tokens[k - 1]?.text === '-' && w.lower.endsWith('ed'))) return false;
  }
  return verbLemma(/(sh|ch|x|z)$/.test(t.lower) ? t.lower + 'es' : t.lower + 's') === t.lower;
}

/** What may follow a headline's verb: its object or a preposition. */
const HEADLINE_OBJECT = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'ADP', 'PRON']);
/** Tags of the words of a headline's subject phrase (and compound participles, checked apart). */
const SUBJECT_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PART', 'NUM', 'VERB']);

/**
 * Participles that open a sentence as a modifier of its subject ("Suspected Boko Haram militants killed ...",
 * "Unidentified gunmen opened fire"), which wink tags VERB there.
 */
const OPENING_MODIFIERS = new Set(['suspected', 'alleged', 'purported', 'presumed', 'armed', 'masked', 'unidentified', 'hooded', 'disguised', 'wanted', 'detained', 'displaced', 'uniformed']);

const NO_FLAGS: ArrayLike<number> = [];

const ARTICLES = new Set(['a', 'an', 'the']);

/** Possessive determiners: a word right after one is a noun ("its block", "their return"). */
const OWNERS = new Set(['its', 'their', 'his', 'our', 'my', 'your']);

/**
 * Retags, in place, the words the module comment lists (past forms, participles and gerunds wink mistags) with their
 * verb or noun reading. `titleCase`: per sentence, 1 for a headline in title case (headline.ts `titleCaseSentences`),
 * where every word is capitalised and a capital says nothing of names.
 */
const SINGULAR_DET = new Set(['a', 'an', 'another', 'each', 'every']);
const COMBAT_ING = new Set(['fighting', 'shelling', 'bombing', 'firing', 'shooting']);
const IN_COMBAT = new Set(['in', 'during', 'amid']);
const IN_COMBAT_NEXT = new Set(['with', 'by', 'between']);
const HAVE_FORMS = new Set(['have', 'has', 'had', "'ve", '’ve', 'having']);
/** Verbs whose past form is spelled as their base ("a shell hit near the school"): never a compound's head. */
const PAST_AS_BASE = new Set(['hit', 'cut', 'put', 'set', 'shut', 'let', 'cast', 'burst', 'spread', 'quit', 'cost', 'hurt', 'beat', 'bet', 'bid',
  'broadcast', 'read', 'split', 'upset', 'shed', 'thrust', 'rid', 'forecast', 'come', 'run', 'become', 'overcome']);

/** A base-form verb right after the singular noun of an indefinite phrase ("an apartment block in"), before a preposition or punctuation. */
function compoundHead(tokens: Token[], start: number, i: number, end: number): boolean {
  const t = tokens[i]!;
  if (t.lemma !== t.lower || t.lower.endsWith('s') || t.lower.endsWith('ing') || t.lower.endsWith('ed') || PAST_AS_BASE.has(t.lower)) return false;
  const next = tokens[i + 1];
  if (i + 1 < end && next && ((next.pos !== 'ADP' && next.type !== 'punctuation' && next.pos !== 'CCONJ') || next.lower === 'by')) return false;
  const prev = tokens[i - 1]!;
  if (prev.pos !== 'NOUN' || prev.lower.endsWith('s')) return false;
  let j = i - 2;
  while (j >= start && (tokens[j]!.pos === 'ADJ' || (tokens[j]!.pos === 'NOUN' && !tokens[j]!.lower.endsWith('s')))) j--;
  return j >= start && SINGULAR_DET.has(tokens[j]!.lower) && (j === start || tokens[j - 1]!.lower !== 'that');
}

/**
 * "a letter to Trump offering direct talks", "a statement accusing Kyiv of ...": an -ing word tagged NOUN right after a
 * noun or name, before its object's opening (a determiner, adjective, number, name or pronoun), is a participle modifying
 * what comes before it — when the word has a verb reading ("offering" → "offer").
 */
function nounParticiple(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  if (!t.lower.endsWith('ing') || t.lower.length < 6 || i + 1 >= end) return false;
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1]!;
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  if (!(next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NUM' || next.pos === 'PROPN' || next.pos === 'PRON')) return false;
  // (an adjective must open a noun phrase, not be the predicate: "a ruling favourable to" stays a noun)
  if (next.pos === 'ADJ' && tokens[i + 2]?.pos !== 'NOUN') return false;
  return verbLemma(t.lower) !== t.lower;
}

/**
 * "President Trump branded Petro a drug leader", "Trump on Sunday branded Petro": an -ed word tagged ADJ between two
 * names, with no verb before it in the sentence, is the verb of the first name's clause — an adjective does not stand
 * between a name and another name; when the word has a verb reading ("branded" → "brand").
 */
function betweenNames(tokens: Token[], start: number, i: number, end: number): boolean {
  if (i + 1 >= end || tokens[i - 1]!.pos !== 'PROPN' || tokens[i + 1]!.pos !== 'PROPN') return false;
  for (let k = start; k < i; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
  return verbLemma(tokens[i]!.lower) !== tokens[i]!.lower;
}

const DO_FORMS = new Set(['do', 'does', 'did']);
const QUESTION_WORDS = new Set(['why', 'when', 'where', 'how', 'what']);
const SUBJECT_POS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PART', 'NUM']);

/**
 * "Did the RSF attack El Fasher?", "Why did Israel bomb the hospital?": in a question with "do" support, the base form
 * right after the subject (determiners, names, nouns, possessives), before an object's opening, is the verb — wink tags
 * a word like "attack" or "bomb" there as a noun.
 */
function doQuestionVerb(tokens: Token[], start: number, i: number, end: number): boolean {
  if (tokens[end - 1]!.text !== '?') return false;
  let q = start;
  if (QUESTION_WORDS.has(tokens[q]!.lower)) q++;
  if (!DO_FORMS.has(tokens[q]!.lower)) return false;
  q++;
  if (tokens[q]?.lower === "n't" || tokens[q]?.lower === 'not') q++;
  if (i - q < 1) return false;
  let named = false;
  for (let k = q; k < i; k++) { const p = tokens[k]!.pos; if (!SUBJECT_POS.has(p)) return false; if (p === 'PROPN' || p === 'NOUN') named = true; }
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return named && t.type === 'word' && t.lemma === t.lower && !/(?:s|ed|ing)$/.test(t.lower) && !!next && i + 1 < end
    && (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON' || next.pos === 'NUM');
}

export function retagNameVerbs(tokens: Token[], sentences: Sentence[], titleCase: ArrayLike<number> = NO_FLAGS): void {
  for (const s of sentences) {
    // (the first word: a participle modifying the subject's noun, when a finite verb follows)
    const first = tokens[s.tokenStart];
    if (first && first.pos === 'VERB' && OPENING_MODIFIERS.has(first.lower) && s.tokenStart + 1 < s.tokenEnd) {
      const next = tokens[s.tokenStart + 1]!;
      if ((next.pos === 'PROPN' || next.pos === 'NOUN' || next.pos === 'ADJ') && verbFollows(tokens, s.tokenStart + 1, s.tokenEnd)) {
        first.pos = 'ADJ';
        first.lemma = first.lower;
      }
    }
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      const pos = t.pos;
      // (one test of the tag first: most tokens are none of these)
      if (pos === 'NOUN') {
        // ("the man, who tortured detainees in 2011": a past form tagged NOUN right after a relative pronoun, before its object)
        if (!(pastNounVerb(tokens, s.tokenStart, i, s.tokenEnd) || (t.lower.endsWith('ed') && t.lower.length >= 5 && relativeVerb(tokens, i, s.tokenEnd)) || helpedVerb(tokens, i, s.tokenEnd) || perfectNoun(tokens, i) || gerundObject(tokens, i, s.tokenEnd)
          || passiveNoun(tokens, i, s.tokenEnd) || afterModal(tokens, i, s.tokenEnd) || presentNameVerb(tokens, s.tokenStart, i, s.tokenEnd)
          || coordinatedParticiple(tokens, s.tokenStart, i, s.tokenEnd) || prepositionGerund(tokens, i, s.tokenEnd)
          || (progressive(tokens, i, s.tokenEnd) && !PREDICATE_NOUNS.has(tokens[i - 2]?.lower ?? '')) || commaParticiple(tokens, i, s.tokenEnd)
          || nounParticiple(tokens, i, s.tokenEnd) || doQuestionVerb(tokens, s.tokenStart, i, s.tokenEnd)
          || (t.lower.endsWith('ed') && t.lower.length >= 5 && floatedQuantifier(tokens, s.tokenStart, i, s.tokenEnd))
          || andPastVerb(tokens, s.tokenStart, i, s.tokenEnd) || headlineBaseVerb(tokens, s.tokenStart, i, s.tokenEnd))) continue;
      } else if (pos === 'ADJ') {
        // ("Human Rights Watch said police killed 11": "said" is an adjective only after a determiner, "the said property")
        if (t.lower === 'said' && tokens[i - 1]!.pos !== 'DET') {
          t.pos = 'VERB';
          t.lemma = 'say';
          continue;
        }
        // ("Kinshasa has long accused Kigali", "had long sought": "long" between "have" and a participle is an adverb of time)
        if (t.lower === 'long' && HAVE_FORMS.has(tokens[i - 1]!.lower) && i + 1 < s.tokenEnd && (tokens[i + 1]!.pos === 'VERB' || (tokens[i + 1]!.pos === 'NOUN' && tokens[i + 1]!.lower.endsWith('ed')))) {
          t.pos = 'ADV';
          continue;
        }
        // ("Pakistan's army chief accused India", "The police chief ordered ...": "chief" after a noun is the head of that noun
        // phrase, not an adjective, when a past form follows it — wink reads "chief accused" as the legal noun phrase)
        if (t.lower === 'chief' && (tokens[i - 1]!.pos === 'NOUN' || tokens[i - 1]!.pos === 'PROPN') && pastFormAt(tokens, i + 1, s.tokenEnd)) {
          t.pos = 'NOUN';
          t.lemma = t.lower;
          continue;
        }
        // ("The military attacked Taliban positions", "Pakistan's military accused militants of ..."): "military" after a
        // determiner or possessor, before a past form that opens a predicate, is the subject noun and the form its verb
        if (t.lower === 'military' && MILITARY_OWNERS.has(tokens[i - 1]!.lower) && militaryVerb(tokens, i + 1, s.tokenEnd)) {
          t.pos = 'NOUN';
          t.lemma = t.lower;
          const v = tokens[i + 1]!;
          if (v.pos !== 'VERB') { v.pos = 'VERB'; v.lemma = verbLemma(v.lower); }
          i++;
          continue;
        }
        const ed = t.lower.length >= 5 && t.lower.endsWith('ed');
        if (!(gerundObject(tokens, i, s.tokenEnd) || progressive(tokens, i, s.tokenEnd) || afterModal(tokens, i, s.tokenEnd) || coordinatedParticiple(tokens, s.tokenStart, i, s.tokenEnd)
          || prepositionGerund(tokens, i, s.tokenEnd)
          || (ed && (agentParticiple(tokens, i, s.tokenEnd) || perfectParticiple(tokens, i, s.tokenEnd) || relativeVerb(tokens, i, s.tokenEnd) || (opensWithNames(tokens, s.tokenStart, i) && !verbFollows(tokens, i, s.tokenEnd))
            || nounSubjectVerb(tokens, s.tokenStart, i, s.tokenEnd) || floatedQuantifier(tokens, s.tokenStart, i, s.tokenEnd) || betweenNames(tokens, s.tokenStart, i, s.tokenEnd)))
          || headlineBaseVerb(tokens, s.tokenStart, i, s.tokenEnd))) continue;
      } else if (pos === 'AUX') {
        // ("Hindu monk Chinmoy Krishna Das in Bangladesh": a capitalised auxiliary's form inside a run of names, before no
        // verb, is a name — not in a title-case line, where every word is capitalised)
        const prev = tokens[i - 1]!;
        const next = tokens[i + 1];
        if (t.text.length > 1 && t.text[0] !== t.text[0]!.toLowerCase() && t.text.slice(1) === t.text.slice(1).toLowerCase() && prev.pos === 'PROPN' && prev.lower !== prev.text
          && (!next || (next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'PART' && next.pos !== 'ADV' && next.text !== "n't")) && titleCase[s.index] !== 1) {
          t.pos = 'PROPN';
          t.lemma = t.lower;
        }
        continue;
      } else if (pos === 'VERB') {
        // ("co-hosted", "co-sponsored": wink leaves the form as its lemma; the verb's lemma is the base verb's)
        if (t.lemma === t.lower && t.lower.startsWith('co-') && t.lower.length > 5) t.lemma = verbLemma(t.lower.slice(3));
        // ("were killed in fighting with M23 rebels", "died during shelling by the army": a gerund of combat after "in", "during"
        // or "amid" with its "with"/"by"/"between" phrase names the combat — a noun)
        if (COMBAT_ING.has(t.lower) && IN_COMBAT.has(tokens[i - 1]!.lower) && i + 1 < s.tokenEnd && IN_COMBAT_NEXT.has(tokens[i + 1]!.lower)) {
          t.pos = 'NOUN';
          t.lemma = t.lower;
        } else if (gerundSubject(tokens, i, s.tokenEnd)) {
          t.pos = 'NOUN';
          t.lemma = t.lower;
        }
        // ("loyal to ousted president Bashar al-Assad", "returned to occupied territory": a past form after "to", before the noun
        // it modifies, is no infinitive — infinitives are base forms — but a participle adjective, and "to" a preposition)
        else if (t.lower.endsWith('ed') && t.lemma !== t.lower && tokens[i - 1]!.lower === 'to' && tokens[i - 1]!.pos === 'PART' && i + 1 < s.tokenEnd
          && (tokens[i + 1]!.pos === 'NOUN' || tokens[i + 1]!.pos === 'PROPN' || tokens[i + 1]!.pos === 'ADJ')) {
          t.pos = 'ADJ';
          tokens[i - 1]!.pos = 'ADP';
        }
        // ("condemned the jailing of opposition leaders": an -ing form between an article and "of" is a noun, the act named)
        else if (t.lower.endsWith('ing') && ARTICLES.has(tokens[i - 1]!.lower) && i + 1 < s.tokenEnd && tokens[i + 1]!.lower === 'of') t.pos = 'NOUN';
        // ("responding to attacks by the rebels": an -s form after "to" is no infinitive but a plural noun)
        // ("rejected calls for a ceasefire", "ignored demands to withdraw": so is one right after a past-tense verb, its
        // object — two finite verbs do not follow each other)
        else if (t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && t.lemma !== t.lower
          && (tokens[i - 1]!.lower === 'to' || (i > s.tokenStart && pastVerb(tokens[i - 1]!)))) t.pos = 'NOUN';
        // ("protested against North Korea's launch of a missile": a verb's base or -s form after a possessive "'s" is a noun)
        else if (!t.lower.endsWith('ing') && !t.lower.endsWith('ed') && tokens[i - 1]!.pos === 'PART' && (tokens[i - 1]!.lower === "'s" || tokens[i - 1]!.lower === '’s')) t.pos = 'NOUN';
        // ("loosening its block on supplies", "their return home": so is one right after a possessive determiner)
        else if (!t.lower.endsWith('ing') && !t.lower.endsWith('ed') && OWNERS.has(tokens[i - 1]!.lower)) { t.pos = 'NOUN'; t.lemma = t.lower; }
        // ("in a televised address", "an address", "the strike"): a base or -s form right after an article, or after an
        // article and a participle, is a noun — a finite verb never follows an article; the participle is its adjective
        else if (!t.lower.endsWith('ing') && !t.lower.endsWith('ed') && (ARTICLES.has(tokens[i - 1]!.lower)
          || (i - 2 >= s.tokenStart && tokens[i - 1]!.pos === 'VERB' && tokens[i - 1]!.lower.endsWith('ed') && ARTICLES.has(tokens[i - 2]!.lower)))) {
          if (tokens[i - 1]!.pos === 'VERB') tokens[i - 1]!.pos = 'ADJ';
          t.pos = 'NOUN';
          t.lemma = t.lower;
        }
        // ("struck an apartment block in Kharkiv", "a border post near the town": a base form right after the noun of a
        // singular indefinite phrase agrees with no subject — a finite present verb there would take -s — so it is that
        // phrase's head noun; not a past form spelled like its base, "a rocket hit near the port")
        else if (compoundHead(tokens, s.tokenStart, i, s.tokenEnd)) { t.pos = 'NOUN'; t.lemma = t.lower; }
        continue;
      } else continue;
      t.pos = 'VERB';
      t.lemma = verbLemma(t.lower);
    }
  }
}
