/**
 * ACLED actor names → CAMEO-style codes (country + sector). The country is the one the name states
 * ("Military Forces of Russia (2000-)" → RUS, "Protesters (India)" → IND), else the event's country.
 * The sector comes from the name's pattern, else from ACLED's inter code (actor category).
 */
import type { EventActor, Sector } from '../domain/types.js';
import { countryByName, knownActor } from './codes.js';

/** Name patterns, first match wins; `$c` is the captured country text. */
const PATTERNS: Array<[RegExp, Sector]> = [
  [/^(?:Military|Armed) Forces of (.+)$/i, 'MIL'],
  [/^Police Forces of (.+)$/i, 'COP'],
  [/^(?:Government|Ministry|Presidency) of (.+)$/i, 'GOV'],
  [/^(?:Unidentified Armed Group|Unidentified Military Forces) \((.+)\)$/i, 'UAF'],
  [/^(?:Protesters|Rioters|Civilians|Women|Farmers|Fishers|Prisoners|Settlers) \((.+)\)$/i, 'CVL'],
  [/^(?:Refugees\/IDPs|Migrants) \((.+)\)$/i, 'REF'],
  [/^(?:Journalists) \((.+)\)$/i, 'MED'],
  [/^(?:Students|Teachers) \((.+)\)$/i, 'EDU'],
  [/^(?:Health Workers) \((.+)\)$/i, 'HLH'],
  [/^(?:Labou?r Group) \((.+)\)$/i, 'LAB'],
  [/^(?:Lawyers|Judges) \((.+)\)$/i, 'JUD'],
  [/^(?:Muslim|Christian|Hindu|Buddhist|Jewish|Sikh) Group \((.+)\)$/i, 'REL'],
  [/^(?:.+ )?(?:Communal|Ethnic|Political|Clan) Militia \((.+)\)$/i, 'REB'],
];

/** Bare words that carry a sector even without a country ("Rioters", "Civilians"). */
const BARE: Array<[RegExp, Sector]> = [
  [/^(?:Protesters|Rioters|Civilians)\b/i, 'CVL'],
  [/\b(?:militia|rebels?|insurgents?|liberation (?:army|front)|jihadists?)\b/i, 'REB'],
  [/\b(?:police)\b/i, 'COP'],
  [/\b(?:military|army|armed forces|navy|air force)\b/i, 'MIL'],
  [/\bparty\b/i, 'PTY'],
];

/** ACLED inter codes (numeric and the 2024+ text labels) → sector. */
const INTER: Record<string, Sector | ''> = {
  '1': 'MIL',
  'state forces': 'MIL',
  '2': 'REB',
  'rebel group': 'REB',
  '3': 'REB',
  'political militia': 'REB',
  '4': 'REB',
  'identity militia': 'REB',
  '5': 'CVL',
  rioters: 'CVL',
  '6': 'CVL',
  protesters: 'CVL',
  '7': 'CVL',
  civilians: 'CVL',
  '8': '',
  'external/other forces': '',
};

const PERIOD = /\s*\(\d{4}\s*-\s*(?:\d{4})?\)/;

/**
 * The actor's name without ACLED's period suffix and the unit after it:
 * "Military Forces of Sudan (2019-2023)" and "Police Forces of Pakistan (2024-) Punjab Police"
 * → "Military Forces of Sudan", "Police Forces of Pakistan".
 */
export function stripPeriods(name: string): string {
  const m = PERIOD.exec(name);
  return (m ? name.slice(0, m.index) : name).trim();
}

function countryOf(text: string): string {
  const t = text.replace(/^the\s+/i, '');
  const inner = /\(([^()]+)\)\s*$/.exec(t)?.[1];
  return countryByName(t) || (inner ? countryByName(inner) : '');
}

/** "NATO: North Atlantic Treaty Organization", "Hamas", "Houthi Movement (Ansar Allah)" in the dictionary. */
function dictionaryActor(name: string): EventActor | null {
  const parts = [name, ...name.split(/\s*:\s*/), /\(([^()]+)\)\s*$/.exec(name)?.[1] ?? ''];
  for (const p of parts) {
    const k = p ? knownActor(p) : null;
    if (k) return { code: k.code, country: k.country, actorId: k.id };
  }
  return null;
}

/** The actor as Brink codes it, or null for an empty name. */
export function acledActor(name: string, inter: string, eventCountry: string): EventActor | null {
  const full = name.trim();
  if (!full) return null;
  const bare = stripPeriods(full);
  let sector: string = '';
  let country = '';
  for (const [re, s] of PATTERNS) {
    const m = re.exec(bare);
    if (m) {
      sector = s;
      country = countryOf(m[1] ?? '');
      break;
    }
  }
  if (!sector) {
    const known = dictionaryActor(bare);
    if (known) return { ...known, name: full };
    sector = BARE.find(([re]) => re.test(bare))?.[1] ?? INTER[inter.trim().toLowerCase()] ?? '';
    country = countryOf(bare);
  }
  if (!country) country = eventCountry;
  return { code: `${country}${sector}`, name: full, country };
}
