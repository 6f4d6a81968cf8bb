/**
 * Refiner 3b — statements of intent. Runs after modality. CAMEO codes a stated future action as a
 * statement that happened: "X will send aid to Y" is X expressing intent to provide aid (033), and
 * "X will cut ties unless Y ..." is a threat (131x). The future-intent event itself is kept, marked
 * `future-intent`, with its own code; this refiner ADDS the asserted intent event derived from it:
 * - cooperative codes (roots 04–09) → the matching 03x "express intent" code;
 * - conflictual codes (roots 14–20) → the matching 13x "threaten" code;
 * - statements, appeals, intents, investigations, demands, disapproval, rejections (01–03, 09–13)
 *   are not converted (CAMEO has no "intent to investigate").
 * A conditional ("unless", "if") around a conflictual action is a threat as well; a cooperative
 * action stated as "will not" ("X will not lift the embargo") or refused ("X refused to lift it",
 * "declined to resign") is a rejection (12x).
 */
import type { Modality } from '../domain/types.js';

const EXACT: Record<string, string> = {
  '040': '036', '041': '036', '042': '036', '043': '036', '044': '036', '045': '039', '046': '036',
  '050': '032', '051': '032', '052': '032', '053': '032', '054': '032', '055': '032', '056': '032', '057': '030',
  '060': '031', '061': '0311', '062': '0312', '063': '0313', '064': '0314',
  '070': '033', '071': '0331', '072': '0332', '073': '0333', '074': '0334', '075': '033',
  '080': '035', '081': '0351', '0811': '0351', '0812': '0351', '0813': '0351', '0814': '0351', '082': '0352',
  '083': '034', '0831': '0341', '0832': '0342', '0833': '0343', '0834': '0344',
  '084': '0353', '0841': '0353', '0842': '0353', '085': '0354', '086': '0355', '0861': '0355', '0862': '0355', '0863': '0355',
  '087': '0356', '0871': '0356', '0872': '0356', '0873': '0356', '0874': '0356',
  '160': '131', '161': '1313', '162': '1311', '1621': '1311', '1622': '1311', '1623': '1311', '163': '1312',
  '164': '134', '165': '135', '166': '136', '1661': '136', '1662': '136', '1663': '136',
  '172': '132', '1721': '1321', '1722': '1322', '1723': '1323', '1724': '1324', '175': '137',
  '191': '1381', '192': '1382', '193': '1384', '194': '1384', '195': '1384', '190': '138',
};

/** Cues that make a future action a statement of the source's intent ("will", "plans to", ...);
 * "an effort to engage", "a way to step back" are not statements of intent. */
const STATED = /^(will|'ll|shall|would|(plan|plans|planned|planning|intend|intends|intended|vow|vows|vowed|pledge|pledges|pledged|promise|promises|promised|agree|agrees|agreed|offer|offers|offered|decide|decides|decided|prepare|prepares|prepared|ready|willing|set|threaten|threatens|threatened|swear|swears|swore|sworn|determined|resolved|going|propose|proposes|proposed|proposing|not hesitate|never hesitate) to)$/;

/** "X will not lift the embargo": a refused cooperative action is a CAMEO rejection (12x). */
const REFUSAL: Record<string, string> = {
  '04': '125', '045': '126', '046': '125', '05': '120', '06': '121', '061': '1211', '062': '1212',
  '07': '122', '071': '1221', '072': '1222', '073': '1223', '074': '1224', '075': '122',
  '08': '124', '081': '1241', '0811': '1241', '0812': '1241', '0813': '1241', '0814': '1241', '082': '1242', '083': '123',
  '0831': '1231', '0832': '1232', '0833': '1233', '0834': '1234', '084': '1243', '0841': '1243', '0842': '1243',
  '085': '1244', '086': '1245', '0861': '1245', '0862': '1245', '0863': '1245', '087': '1246', '0871': '1246',
  '0872': '1246', '0873': '1246', '0874': '1246',
};

/** An intent (03x) stated as "will not": the matching rejection (12x). */
const REFUSED_INTENT: Record<string, string> = {
  '031': '121', '032': '120', '033': '122', '034': '123', '035': '124', '036': '125', '037': '127', '038': '126', '039': '126',
};

/** Verbs of accepting: not accepting a state, a plan or a demand (roots 05, 08) is refusing it ("did not recognise the
 * court's jurisdiction", "has never accepted the plan"); not taking in refugees stays a negated act. */
const ACCEPTING = new Set(['accept', 'recognize', 'recognise', 'approve', 'endorse', 'allow', 'permit', 'acknowledge', 'accede']);

export function refusalCode(code: string, modality: Modality, cue?: string, lemma?: string): string | null {
  // "X will not lift the embargo", "lifting it is out of the question", and the same refusal said outright: "X refused / declined to lift it"
  const willNot = modality === 'negated' && !!cue && (/^((will|'ll|shall|would) not|cannot|out of the question)$/i.test(cue)
    || (lemma !== undefined && ACCEPTING.has(lemma) && /^(not|never|n't)$/i.test(cue) && (code.startsWith('05') || code.startsWith('08'))));
  const refused = modality === 'future-intent' && !!cue && /^(refuse|refuses|refused|refusing|decline|declines|declined|declining) to$/i.test(cue);
  if (!willNot && !refused) return null;
  const r = Number(code.slice(0, 2));
  // "would not accept third-party mediation": an intent refused is the rejection of what it intends
  if (r === 3) return REFUSED_INTENT[code.slice(0, 3)] ?? '120';
  if (r < 4 || r > 8) return null;
  return REFUSAL[code] ?? REFUSAL[code.slice(0, 3)] ?? REFUSAL[code.slice(0, 2)] ?? null;
}

/** The intent/threat code a future action becomes, or null when it stays as it is. */
export function intentCode(code: string, modality: Modality, cue?: string, lemma?: string): string | null {
  const refusal = refusalCode(code, modality, cue, lemma);
  if (refusal) return refusal;
  // ("did not rule out military action": force kept open is a threat, like one on a condition)
  const conditional = modality === 'hypothetical' && (cue === 'unless' || cue === 'if' || cue === 'not rule out');
  if (modality !== 'future-intent' && !conditional) return null;
  // "X will withdraw its troops unless Y ...": whatever the action, stating it on a condition is a threat
  const unless = modality === 'future-intent' && !!cue && / unless$/i.test(cue);
  const stated = unless ? (cue as string).slice(0, -' unless'.length) : cue;
  if (modality === 'future-intent' && !(stated && STATED.test(stated.toLowerCase()))) return null;
  const r = Number(code.slice(0, 2));
  if (unless && r >= 4 && r <= 9) return '130';
  // ("threatened to withdraw from the treaty", "threatened to pull out its troops"): a step back threatened is a threat
  // (coded by the verb of threatening), no intent to cooperate
  if (modality === 'future-intent' && r >= 4 && r <= 9 && !!stated && /^threaten/i.test(stated)) return null;
  if (conditional && r < 14) return null;
  const exact = EXACT[code] ?? EXACT[code.slice(0, 3)];
  if (exact) return exact;
  // "said it will refuse to comply", "will reject any deal": a refusal announced is made now
  if (r === 12 && modality === 'future-intent' && !!stated && /^(will|'ll|shall)$/i.test(stated)) return code;
  if (r === 14) return '133';
  if (r === 15) return '138';
  if (r === 16) return '131';
  if (r === 17) return '130';
  if (r === 18) return '1383';
  if (r === 19) return '138';
  if (r === 20) return '1385';
  return null;
}
