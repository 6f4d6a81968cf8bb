import { isIPv4, isIPv6 } from 'node:net';

/**
 * IPv4 in any legacy spelling inet_aton accepts: dotted with 1–4 parts, each decimal, octal
 * (leading 0) or hex (0x): `127.0.0.1`, `2130706433`, `0177.0.0.1`, `0x7f.1`, `127.1`.
 * Returns the 32-bit value, or null when the host is not such a literal.
 */
export function parseIPv4Loose(host: string): number | null {
  const parts = host.replace(/\.$/, '').split('.');
  if (parts.length < 1 || parts.length > 4) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0x[0-9a-f]*$/i.test(p)) n = p.length > 2 ? parseInt(p.slice(2), 16) : 0;
    else if (/^0[0-7]+$/.test(p)) n = parseInt(p, 8);
    else if (/^(0|[1-9]\d*)$/.test(p)) n = Number(p);
    else return null;
    if (!Number.isFinite(n)) return null;
    nums.push(n);
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255) || last >= 256 ** (4 - nums.length)) return null;
  let v = 0;
  nums.forEach((n, i) => (v += n * 256 ** (3 - i)));
  return v + last;
}

export function ipv4ToString(v: number): string {
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

const V4_BLOCKED: Array<[string, number]> = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16],
  ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
];

function v4InBlock(v: number, base: string, bits: number): boolean {
  const b = parseIPv4Loose(base)!;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return ((v & mask) >>> 0) === ((b & mask) >>> 0);
}

/** True for private, loopback, link-local, unspecified, CGNAT, multicast, reserved and documentation IPv4. */
export function isBlockedIPv4(v: number): boolean {
  return V4_BLOCKED.some(([base, bits]) => v4InBlock(v, base, bits));
}

/** 128-bit value of an IPv6 literal (brackets and zone id allowed), or null. */
export function parseIPv6(host: string): bigint | null {
  let h = host.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIPv6(h)) return null;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(h);
  if (tail) {
    const v4 = parseIPv4Loose(tail[1]!)!;
    h = h.slice(0, -tail[1]!.length) + ((v4 >>> 16).toString(16) + ':' + (v4 & 0xffff).toString(16));
  }
  const [head, rest] = h.includes('::') ? h.split('::') : [h, undefined];
  const a = head ? head.split(':') : [];
  const b = rest !== undefined && rest !== '' ? rest.split(':') : [];
  const groups = rest === undefined ? a : [...a, ...new Array<string>(8 - a.length - b.length).fill('0'), ...b];
  if (groups.length !== 8) return null;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g || '0', 16)), 0n);
}

function v6Prefix(v: bigint, prefix: bigint, bits: number): boolean {
  const shift = BigInt(128 - bits);
  return v >> shift === prefix >> shift;
}

/** True for IPv6 loopback, unspecified, link-local, ULA, multicast, documentation, and for
 * IPv4-mapped / -compatible / NAT64 / 6to4 addresses whose embedded IPv4 is blocked. */
export function isBlockedIPv6(v: bigint): boolean {
  if (v === 0n || v === 1n) return true;
  if (v6Prefix(v, 0xfe80n << 112n, 10) || v6Prefix(v, 0xfc00n << 112n, 7) || v6Prefix(v, 0xff00n << 112n, 8)) return true;
  if (v6Prefix(v, 0xfec0n << 112n, 10) || v6Prefix(v, 0x20010db8n << 96n, 32)) return true;
  const low32 = Number(v & 0xffffffffn);
  if (v6Prefix(v, 0xffffn << 32n, 96) || v >> 32n === 0n) return isBlockedIPv4(low32);
  if (v6Prefix(v, 0x0064ff9bn << 96n, 96)) return isBlockedIPv4(low32);
  if (v6Prefix(v, 0x2002n << 112n, 16)) return isBlockedIPv4(Number((v >> 80n) & 0xffffffffn));
  return false;
}

/** Whether a host literal (or resolved address) must be refused; null when it isn't an IP literal. */
export function blockedLiteral(host: string): boolean | null {
  const h = host.replace(/^\[|\]$/g, '');
  const v6 = parseIPv6(h);
  if (v6 !== null) return isBlockedIPv6(v6);
  const v4 = parseIPv4Loose(h);
  if (v4 !== null) return isBlockedIPv4(v4);
  return null;
}

/** Normalized spelling of an IP literal host (`0x7f.1` → `127.0.0.1`), or null. */
export function literalAddress(host: string): { address: string; family: 4 | 6 } | null {
  const h = host.replace(/^\[|\]$/g, '');
  if (isIPv6(h.replace(/%.*$/, ''))) return { address: h, family: 6 };
  const v4 = parseIPv4Loose(h);
  if (v4 !== null) return { address: ipv4ToString(v4), family: 4 };
  return isIPv4(h) ? { address: h, family: 4 } : null;
}
