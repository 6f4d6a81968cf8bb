import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, json, PASSWORD, type Fixture } from './testing.js';
import { hashPassword, verifyPassword } from './auth/password.js';

async function login(f: Fixture, name: string, password = PASSWORD, base = 'http://localhost') {
  const res = await f.app.request(`${base}/api/auth/login`, json('POST', { name, password }));
  const cookie = res.headers.get('set-cookie') ?? '';
  const sid = /brink_session=([^;]+)/.exec(cookie)?.[1] ?? '';
  return { res, cookie, sid, body: res.status === 200 ? ((await res.json()) as { user: { name: string; role: string }; csrfToken: string }) : null };
}

describe('passwords', () => {
  test('scrypt$N$r$p$salt$hash with N=2^15, r=8, p=1, 16-byte salt; verify in constant time', async () => {
    const h = await hashPassword('s3cret passphrase');
    const [alg, n, r, p, salt] = h.split('$');
    assert.deepEqual([alg, n, r, p], ['scrypt', '32768', '8', '1']);
    assert.equal(Buffer.from(salt!, 'base64').length, 16);
    assert.ok(await verifyPassword('s3cret passphrase', h));
    assert.ok(!(await verifyPassword('s3cret passphrasE', h)));
    assert.ok(!(await verifyPassword('x', 'garbage')));
    assert.notEqual(await hashPassword('same'), await hashPassword('same'), 'salted');
  });
});

describe('sessions, CSRF and rate limits', () => {
  let f: Fixture;
  before(async () => (f = await fixture({ rateLimit: { loginPerMinute: 10 } })));
  after(() => f.dispose());

  test('login sets an HttpOnly, SameSite=Strict session cookie (not Secure on plain http to localhost) and returns the CSRF token', async () => {
    const { res, cookie, body } = await login(f, 'analyst');
    assert.equal(res.status, 200);
    assert.match(cookie, /brink_session=[A-Za-z0-9_-]{40,}/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Strict/);
    assert.match(cookie, /Path=\//);
    assert.doesNotMatch(cookie, /Secure/);
    assert.equal(body?.user.role, 'analyst');
    assert.ok((body?.csrfToken.length ?? 0) > 20);
    const remote = await login(f, 'analyst', PASSWORD, 'http://brink.example');
    assert.match(remote.cookie, /Secure/, 'Secure beyond localhost');
  });

  test('the session id is stored hashed, never as is', async () => {
    const { sid } = await login(f, 'viewer');
    const rows = await f.store.db.selectFrom('sessions').select('token_hash').execute();
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => r.token_hash !== sid && /^[0-9a-f]{64}$/.test(r.token_hash)));
  });

  test('cookie-authenticated changes need X-CSRF-Token; bearer tokens do not', async () => {
    const { sid, body } = await login(f, 'analyst');
    const cookie = `brink_session=${sid}`;
    const entry = { mediator: 'QATGOV', party: 'PAKGOV', date: '2026-05-10', confidentiality: 'restricted' };
    const me = await f.app.request('/api/auth/me', { headers: { cookie } });
    assert.equal(me.status, 200);
    assert.equal((await me.json()).csrfToken, body!.csrfToken);
    const without = await f.app.request('/api/engagements', json('POST', entry, { cookie }));
    assert.equal(without.status, 403);
    const wrong = await f.app.request('/api/engagements', json('POST', entry, { cookie, 'x-csrf-token': 'x'.repeat(43) }));
    assert.equal(wrong.status, 403);
    const withToken = await f.app.request('/api/engagements', json('POST', entry, { cookie, 'x-csrf-token': body!.csrfToken }));
    assert.equal(withToken.status, 200);
    const bearer = await f.req('/api/engagements', 'analyst', json('POST', entry));
    assert.equal(bearer.status, 200);
    // GETs need no CSRF token
    assert.equal((await f.app.request('/api/events', { headers: { cookie } })).status, 200);
  });

  test('logout ends the session', async () => {
    const { sid, body } = await login(f, 'viewer');
    const cookie = `brink_session=${sid}`;
    const out = await f.app.request('/api/auth/logout', { method: 'POST', headers: { cookie, 'x-csrf-token': body!.csrfToken } });
    assert.equal(out.status, 200);
    assert.match(out.headers.get('set-cookie') ?? '', /brink_session=;/);
    assert.equal((await f.app.request('/api/auth/me', { headers: { cookie } })).status, 401);
  });

  test('a JSON body needs Content-Type application/json (no form-posted logins)', async () => {
    const res = await f.app.request('/api/auth/login', { method: 'POST', body: JSON.stringify({ name: 'admin', password: PASSWORD }), headers: { 'content-type': 'text/plain' } });
    assert.equal(res.status, 400);
  });

  test('a wrong password and an unknown user are 401 alike; the 11th attempt in a minute is 429 with Retry-After', async () => {
    const g = await fixture({ rateLimit: { loginPerMinute: 10 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 9; i++) codes.push((await login(g, i % 2 ? 'admin' : 'nobody', 'wrong password')).res.status);
      assert.deepEqual(codes, Array(9).fill(401));
      const tenth = await login(g, 'admin');
      assert.equal(tenth.res.status, 200, 'the right password within the allowance works');
      const limited = await login(g, 'admin');
      assert.equal(limited.res.status, 429);
      assert.ok(Number(limited.res.headers.get('retry-after')) >= 1);
      const failures = (await g.store.auth.auditLog({ limit: 50 })).filter((a) => a.action === 'auth.login-failed');
      assert.equal(failures.length, 9);
    } finally {
      await g.dispose();
    }
  });

  test('guessing one account from many addresses is limited per user name too', async () => {
    const g = await fixture({ rateLimit: { loginPerMinute: 3 }, trustProxy: true });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await g.app.request('/api/auth/login', json('POST', { name: 'Admin', password: 'guess ' + i }, { 'x-forwarded-for': `192.0.2.${i + 1}` }));
        codes.push(res.status);
        if (res.status === 429) assert.ok(Number(res.headers.get('retry-after')) >= 1);
      }
      assert.deepEqual(codes, [401, 401, 401, 429, 429]);
      const other = await g.app.request('/api/auth/login', json('POST', { name: 'viewer', password: PASSWORD }, { 'x-forwarded-for': '192.0.2.9' }));
      assert.equal(other.status, 200);
    } finally {
      await g.dispose();
    }
  });

  test('other routes have their own, larger allowance', async () => {
    const g = await fixture({ rateLimit: { perMinute: 5 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) codes.push((await g.req('/api/events', 'viewer')).status);
      assert.deepEqual(codes, [200, 200, 200, 200, 200, 429]);
      assert.equal((await g.req('/api/documents', 'viewer')).status, 200, 'per-route bucket');
    } finally {
      await g.dispose();
    }
  });

  test('bodies over the cap are 413', async () => {
    const g = await fixture({ maxBodyBytes: 1000 });
    try {
      const res = await g.req('/api/engagements', 'analyst', json('POST', { mediator: 'QATGOV', party: 'PAKGOV', date: '2026-05-10', confidentiality: 'public', notes: 'x'.repeat(2000) }));
      assert.equal(res.status, 413);
      assert.equal((await res.json()).error.code, 'TOO_LARGE');
    } finally {
      await g.dispose();
    }
  });

  test('admins create users; the new user can sign in; hashes never leave the server', async () => {
    const res = await f.req('/api/users', 'admin', json('POST', { name: 'newbie', password: 'long enough pw', role: 'viewer' }));
    assert.equal(res.status, 200);
    const list = await (await f.req('/api/users', 'admin')).text();
    assert.match(list, /newbie/);
    assert.doesNotMatch(list, /scrypt|passwordHash/);
    assert.equal((await login(f, 'newbie', 'long enough pw')).res.status, 200);
    assert.equal((await f.req('/api/users', 'admin', json('POST', { name: 'short', password: 'short', role: 'viewer' }))).status, 400);
    assert.equal((await f.req('/api/users', 'admin', json('POST', { name: 'x', password: 'long enough pw', role: 'root' }))).status, 400);
    const newbie = ((await (await f.req('/api/users', 'admin')).json()) as Array<{ id: string; name: string }>).find((u) => u.name === 'newbie')!;
    const tokenLogin = await login(f, 'newbie', 'long enough pw');
    const cookie = `brink_session=${tokenLogin.sid}`;
    assert.equal((await f.req(`/api/users/${newbie.id}`, 'admin', json('PATCH', { disabled: true }))).status, 200);
    assert.equal((await f.app.request('/api/auth/me', { headers: { cookie } })).status, 401, 'a disabled user loses the session');
    assert.equal((await login(f, 'newbie', 'long enough pw')).res.status, 401);
    const me = ((await (await f.req('/api/auth/me', 'admin')).json()) as { user: { id: string } }).user;
    assert.equal((await f.req(`/api/users/${me.id}`, 'admin', json('PATCH', { role: 'viewer' }))).status, 400);
  });
});
