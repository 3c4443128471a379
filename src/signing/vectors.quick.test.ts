import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { signRequest } from './sign-request.js';
import { verifyRequest } from './verify-request.js';
import { parseHttpDate } from './http-date.js';

const { vectors } = JSON.parse(readFileSync(new URL('../../../shared/vectors/hmac-sha512.json', import.meta.url), 'utf8'));
for (const v of vectors) test(v.name, () => {
  const now = new Date(parseHttpDate(v.x_date)!);
  const h = signRequest({ method: v.method, path: v.path, body: v.body, contentType: v.content_type }, { username: v.username, secret: v.secret }, { now, headerOrder: v.headers.split(' ') });
  expect(h['Content-sha512']).toBe(v.content_sha512);
  expect(h['Content-Length']).toBe(String(v.content_length));
  expect(h.Authorization).toContain(`signature="${v.signature}"`);
  const r = verifyRequest({ method: 'POST', path: v.path, body: v.body, headers: Object.fromEntries(Object.entries(h).map(([k, x]) => [k.toLowerCase(), x])) }, () => v.secret, { now });
  expect(r).toEqual({ ok: true, username: v.username, algorithm: 'hmac-sha512' });
});
