import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { BrinkError } from '../domain/errors.js';
import { blockedLiteral } from './address.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, type IngestOptions } from './options.js';

export interface Fetched {
  body: Buffer;
  contentType?: string;
  /** Final URL after redirects. */
  url: string;
}

/** Decides whether a resolved or literal address may be connected to. */
export type AddressPolicy = (address: string) => boolean;

/** The default policy: everything when `allowPrivate`, else only public addresses. */
export function defaultPolicy(allowPrivate: boolean | undefined): AddressPolicy {
  return allowPrivate ? () => true : (a) => blockedLiteral(a) === false;
}

interface Hop {
  redirect?: URL;
  fetched?: Fetched;
}

/** Parses and checks an http(s) URL; BAD_URL otherwise. */
export function checkUrl(raw: string, origin: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new BrinkError('BAD_URL', { detail: 'unparseable' }, origin);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new BrinkError('BAD_URL', { detail: `scheme ${u.protocol}` }, origin);
  if (!u.hostname) throw new BrinkError('BAD_URL', { detail: 'no host' }, origin);
  return u;
}

/**
 * A lookup that resolves every address, refuses the host if any is private (unless allowed) and
 * hands the socket only checked addresses, so a second (rebinding) answer is never used.
 */
export function guardedLookup(origin: string, allowed: AddressPolicy, base: LookupFunction = dnsLookup as LookupFunction): LookupFunction {
  return ((hostname: string, options: { all?: boolean; family?: number }, cb: (...a: unknown[]) => void) => {
    base(hostname, { ...options, all: true }, (err, result) => {
      if (err) return cb(err);
      const addrs = (Array.isArray(result) ? result : [{ address: String(result), family: 4 }]) as LookupAddress[];
      if (addrs.length === 0) return cb(new BrinkError('UNREACHABLE', { detail: `no address for ${hostname}` }, origin));
      const bad = addrs.find((a) => !allowed(a.address));
      if (bad) return cb(new BrinkError('PRIVATE_ADDRESS', { host: hostname, address: bad.address }, origin));
      if (options.all) return cb(null, addrs);
      return cb(null, addrs[0]!.address, addrs[0]!.family);
    });
  }) as LookupFunction;
}

function hop(u: URL, origin: string, opts: IngestOptions, deadline: number, allowed: AddressPolicy): Promise<Hop> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (blockedLiteral(host) !== null && !allowed(host)) return Promise.reject(new BrinkError('PRIVATE_ADDRESS', { host, address: host }, origin));
  const mod = u.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    let settled = false;
    const done = (e: unknown, v?: Hop): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (e) reject(e);
      else resolve(v!);
    };
    const req = mod.request(u, {
      method: 'GET',
      agent: false,
      lookup: guardedLookup(origin, allowed, opts.lookup),
      headers: { 'user-agent': 'Brink/0.1 (news ingestion)', accept: 'text/html,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5', 'accept-encoding': 'identity' },
    });
    const timer = setTimeout(() => {
      const err = new BrinkError('FETCH_TIMEOUT', { limit: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS }, origin);
      done(err);
      req.destroy(err);
    }, Math.max(0, deadline - Date.now()));
    req.on('error', (e) => done(e instanceof BrinkError ? e : new BrinkError('UNREACHABLE', { detail: (e as NodeJS.ErrnoException).code ?? e.message }, origin, { cause: e })));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.destroy();
        try {
          done(null, { redirect: new URL(location, u) });
        } catch {
          done(new BrinkError('BAD_URL', { detail: 'bad redirect location' }, origin));
        }
        return;
      }
      if (status < 200 || status >= 300) {
        res.destroy();
        return done(new BrinkError('HTTP_STATUS', { status }, origin));
      }
      const declared = Number(res.headers['content-length'] ?? NaN);
      if (declared > max) {
        res.destroy();
        return done(new BrinkError('TOO_LARGE', { limit: max }, origin));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > max) {
          done(new BrinkError('TOO_LARGE', { limit: max }, origin));
          res.destroy();
          req.destroy();
        } else chunks.push(c);
      });
      res.on('end', () => {
        const fetched: Fetched = { body: Buffer.concat(chunks), url: u.href };
        const ct = res.headers['content-type'];
        if (ct) fetched.contentType = ct;
        done(null, { fetched });
      });
      res.on('error', (e) => done(new BrinkError('UNREACHABLE', { detail: e.message }, origin, { cause: e })));
      res.on('aborted', () => done(new BrinkError('UNREACHABLE', { detail: 'connection closed mid-body' }, origin)));
    });
    req.end();
  });
}

/**
 * GET an http(s) URL with a size cap, an overall deadline (redirects and slow bodies included),
 * a redirect limit (each hop re-checked) and refusal of private targets, with the connection
 * pinned to the address that was checked.
 */
export async function fetchUrl(raw: string, opts: IngestOptions = {}, allowed: AddressPolicy = defaultPolicy(opts.allowPrivate)): Promise<Fetched> {
  const origin = raw;
  let u = checkUrl(raw, origin);
  const deadline = Date.now() + (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  for (let redirects = 0; ; redirects++) {
    const r = await hop(u, origin, opts, deadline, allowed);
    if (r.fetched) return r.fetched;
    if (redirects >= maxRedirects) throw new BrinkError('TOO_MANY_REDIRECTS', { limit: maxRedirects }, origin);
    u = checkUrl(r.redirect!.href, origin);
  }
}
