import { franc } from 'franc-min';
import { words } from './text.js';

/** ISO 639-3 (franc) → ISO 639-1 for the languages franc-min knows that have a 2-letter code. */
const ISO1: Record<string, string> = {
  eng: 'en', spa: 'es', fra: 'fr', deu: 'de', por: 'pt', ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk',
  bel: 'be', pol: 'pl', ces: 'cs', slk: 'sk', hun: 'hu', ron: 'ro', bul: 'bg', srp: 'sr', hrv: 'hr',
  bos: 'bs', swe: 'sv', tur: 'tr', azj: 'az', uzn: 'uz', kaz: 'kk', arb: 'ar', pes: 'fa', urd: 'ur',
  pbu: 'ps', hin: 'hi', mar: 'mr', ben: 'bn', npi: 'ne', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn',
  mal: 'ml', pan: 'pa', sin: 'si', mya: 'my', tha: 'th', vie: 'vi', ind: 'id', zlm: 'ms', jav: 'jv',
  sun: 'su', tgl: 'tl', cmn: 'zh', jpn: 'ja', kor: 'ko', ell: 'el', amh: 'am', som: 'so', hau: 'ha',
  yor: 'yo', ibo: 'ig', swh: 'sw', zul: 'zu', kin: 'rw', run: 'rn', nya: 'ny', lin: 'ln', plt: 'mg',
  ckb: 'ku', heb: 'he',
};

const EN_STOP = new Set(
  ('the of and to in a is that for on was with said as by at from his her it be has have had were are ' +
    'will would not this an but they their its after over about who which been also he she we more than ' +
    'i you our new into up out when what there two one against told')
    .split(' '),
);

/** Share of words that are common English function words (0..1). */
export function englishStopwordRatio(text: string): number {
  const ws = words(text);
  if (ws.length === 0) return 0;
  return ws.filter((w) => EN_STOP.has(w)).length / ws.length;
}

/** Below this many letters the trigram guess is not trusted. */
const MIN_LETTERS = 40;

/**
 * ISO 639-1 language of a text (`und` when too short or unknown to tell). Short texts are left
 * `und`; a text whose function words are plainly English is `en` even when the trigram model
 * hesitates (names-heavy news copy fools it).
 */
export function detectLanguage(text: string): string {
  const sample = text.length > 1200 ? text.slice(0, 1200) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  // Scripts such as Han, Hangul or Cyrillic carry more information per letter than Latin.
  const min = latin * 2 >= letters ? MIN_LETTERS : 10;
  if (letters < min) return 'und';
  // Plainly English function-word density decides at once (and spares the trigram model).
  if (englishStopwordRatio(sample) >= 0.2) return 'en';
  const code = franc(sample, { minLength: min });
  if (code === 'eng') return 'en';
  return ISO1[code] ?? 'und';
}

/** Brink codes English only; short undetermined texts with English function words count. */
export function isSupported(language: string, text: string): boolean {
  if (language === 'en') return true;
  return language === 'und' && englishStopwordRatio(text) >= 0.15;
}
