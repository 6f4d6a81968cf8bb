/**
 * The formats of the actor data files (data/README.md), as zod schemas. Unknown fields are ignored
 * so that data can grow ahead of the code; missing optional lists default to empty.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const list = z.array(z.string().min(1)).default([]);
const sector = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter sector');

export const envelopeSchema = z.object({
  version: z.string().min(1),
  description: z.string().optional(),
  sources: z.array(z.string()).optional(),
  entries: z.array(z.unknown()),
});

export const countrySchema = z.object({
  code: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO3 code'),
  name: z.string().min(1),
  aliases: list,
  adjectives: list,
  demonyms: list,
  /** Capitals and seats standing for a state's body; a dated one only for texts dated in [from, to] ("Sanaa" as Yemen's government until the Houthis took it). */
  metonyms: z.array(z.object({ text: z.string().min(1), sector, from: isoDate.optional(), to: isoDate.optional() })).default([]),
  /**
   * Names and adjectives that meant this state only for a time ("Congo" was the Republic of the Congo until the
   * DRC, then Zaire, took the name back on 1997-05-17): resolved to it only for texts dated in [from, to].
   */
  dated: z.array(z.object({
    text: z.string().min(1),
    as: z.enum(['alias', 'adjective', 'demonym']).default('alias'),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })).default([]),
  /**
   * Short names that stand for this state only in an article that names it or its pair state ("the North" for North
   * Korea, "the South" for South Korea, in Korean news): `with` is the pair's code.
   */
  paired: z.array(z.object({ text: z.string().min(1), with: z.string().regex(/^[A-Z]{3}$/) })).default([]),
  capital: z.string().optional(),
  nuclear: z.boolean().optional(),
  /** A federation (states or regions under a federal government): "the federal government" can only be one of these. */
  federal: z.boolean().optional(),
  /**
   * A region of several states under a CAMEO region code ("EUR" Europe, "WST" the West): its names stand for those
   * states taken together ("European powers", "the West"), never as the first word of another name ("West Bengal",
   * "Western Cambodia").
   */
  region: z.boolean().optional(),
});

export const igoSchema = z.object({
  id: z.string().min(1),
  code: z.string().regex(/^(IGO|NGO)[A-Z]{2,8}$/, 'expected IGO or NGO + letters'),
  name: z.string().min(1),
  aliases: list,
  kind: z.string().optional(),
});

export const groupSchema = z.object({
  id: z.string().min(1),
  code: z.string().regex(/^[A-Z]{3}(REB|INS|UAF|[A-Z]{3})$/, 'expected a country + sector code'),
  name: z.string().min(1),
  aliases: list,
  country: z.string().optional(),
  active: z.object({ from: isoDate.optional(), to: isoDate.optional() }).optional(),
  parent: z.string().optional(),
  // (a state it became the government of, or a region it runs — a region leaves the code as it is)
  governs: z.object({ country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code').optional(), region: z.string().optional(), from: isoDate, to: isoDate.optional() }).optional(),
});

export const mediaSchema = z.object({
  id: z.string().min(1),
  code: z.string().min(3),
  name: z.string().min(1),
  aliases: list,
  country: z.string().optional(),
});

export const titleSchema = z.object({
  title: z.string().min(1),
  sector: sector.optional(),
  aliases: list,
  contextAliases: list,
  countries: z.array(z.string()).optional(),
  many: z.boolean().optional(),
  capitalized: z.boolean().optional(),
  generic: z.boolean().optional(),
});

export const roleSchema = z.object({
  title: z.string().min(1),
  of: z.string().min(1),
  code: z.string().min(3),
  from: isoDate,
  to: isoDate.optional(),
});

export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: list,
  surname: z.string().optional(),
  gender: z.enum(['m', 'f']).optional(),
  country: z.string().optional(),
  roles: z.array(roleSchema).default([]),
});

export const agentFileEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agent'), sector, bare: z.boolean().optional(), anaphoric: z.boolean().optional(), singular: list, plural: list }),
  z.object({ kind: z.literal('group-noun'), determiners: list, heads: list }),
  z.object({ kind: z.literal('non-actor'), nouns: list }),
  z.object({ kind: z.literal('org-head'), sector, heads: list }),
  // a people with no one home state ("Kurdish", "Pashtuns"): its country is read from the article
  z.object({ kind: z.literal('shared-adjective'), adjectives: list, demonyms: list, countries: z.array(z.string().regex(/^[A-Z]{3}$/)).min(2) }),
  z.object({ kind: z.literal('homonym'), text: z.string().min(1), country: z.string().regex(/^[A-Z]{3}$/), note: z.string().optional() }),
]);

export type CountryData = z.infer<typeof countrySchema>;
export type IgoData = z.infer<typeof igoSchema>;
export type GroupData = z.infer<typeof groupSchema>;
export type MediaData = z.infer<typeof mediaSchema>;
export type TitleData = z.infer<typeof titleSchema>;
export type PersonData = z.infer<typeof personSchema>;
export type AgentFileEntry = z.infer<typeof agentFileEntrySchema>;

/** The parsed content of an actor data directory, before indexing. */
export interface DictionaryParts {
  countries?: CountryData[];
  igos?: IgoData[];
  groups?: GroupData[];
  media?: MediaData[];
  titles?: TitleData[];
  agents?: AgentFileEntry[];
  people?: PersonData[];
  /** Combined version string of the files the parts came from. */
  version?: string;
}

/** Input shape of the parts (optional lists may be omitted), for fixtures built in code. */
export type DictionaryPartsInput = { [K in keyof DictionaryParts]?: unknown };
