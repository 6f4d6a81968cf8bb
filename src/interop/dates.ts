/** Date parsing for imports: strict, calendar-checked, null when invalid. */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** `YYYY-MM-DD` when y/m/d form a real calendar day, else null. */
export function isoDay(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1 || y > 9999) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** GDELT SQLDATE `YYYYMMDD`. */
export function fromSqlDate(s: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s.trim());
  return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** GDELT DATEADDED `YYYYMMDDHHMMSS` → ISO instant, or undefined. */
export function fromDateAdded(s: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day || Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) return undefined;
  return `${day}T${m[4]}:${m[5]}:${m[6]}Z`;
}

function month(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((x) => x === n || (n.length >= 3 && x.startsWith(n)));
  return i + 1;
}

/** ACLED event_date: `YYYY-MM-DD`, `DD Month YYYY` or `Month DD, YYYY`. */
export function fromAcledDate(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[ -]([A-Za-z]+\.?)[ -](\d{4})$/.exec(t);
  if (m) return isoDay(Number(m[3]), month(m[2] ?? ''), Number(m[1]));
  m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(t);
  if (m) return isoDay(Number(m[3]), month(m[1] ?? ''), Number(m[2]));
  return null;
}
