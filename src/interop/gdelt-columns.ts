/** The 61 columns of a GDELT 2.0 event export file, in order. */
const actor = (n: 1 | 2): string[] =>
  [
    'Code',
    'Name',
    'CountryCode',
    'KnownGroupCode',
    'EthnicCode',
    'Religion1Code',
    'Religion2Code',
    'Type1Code',
    'Type2Code',
    'Type3Code',
  ].map((s) => `Actor${n}${s}`);
const geo = (p: string): string[] =>
  ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map(
    (s) => `${p}Geo_${s}`,
  );

export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...actor(1),
  ...actor(2),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...geo('Actor1'),
  ...geo('Actor2'),
  ...geo('Action'),
  'DATEADDED',
  'SOURCEURL',
];

/** Column index by name. */
export const G: Readonly<Record<string, number>> = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, i]));
