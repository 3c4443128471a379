/**
 * The spec's worked signing example ("Signing requests" in the info description) is the first
 * golden vector, and the signer reproduces every line of it: the digest, the signing string and
 * the whole Authorization line a reader copies.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { spec } from '../generated/spec.js';
import { buildSigningString, signRequest } from '../src/index.js';
import { parseHttpDate } from '../src/signing/http-date.js';

const vector = JSON.parse(readFileSync(new URL('../src/signing/vectors/hmac-sha512.json', import.meta.url), 'utf8'))
  .vectors[0];
const section = spec.info.description.slice(
  spec.info.description.indexOf('## Signing requests'),
  spec.info.description.indexOf('## Sources and severities'),
);
const codeBlocks = [...section.matchAll(/```[a-z]*\n([\s\S]*?)\n```/g)].map((match) => match[1]!);

test('the worked example shows the golden vector: body, digest, signing string, whole Authorization line', async () => {
  expect(section.length).toBeGreaterThan(0);
  expect(codeBlocks[0]).toBe(vector.body);
  expect(section).toContain(`Content-sha512: ${vector.content_sha512}`);
  const signed = await signRequest(
    { method: vector.method, path: vector.path, body: vector.body },
    { username: vector.username, secret: vector.secret },
    { now: new Date(parseHttpDate(vector.x_date)!) },
  );
  expect(signed['Content-sha512']).toBe(vector.content_sha512);
  const signingString = buildSigningString(
    {
      method: vector.method,
      path: vector.path,
      headers: {
        'x-date': vector.x_date,
        'content-type': vector.content_type,
        'content-length': String(vector.content_length),
        'content-sha512': vector.content_sha512,
      },
    },
    vector.headers.split(' '),
  );
  expect(codeBlocks[1]).toBe(signingString);
  expect(codeBlocks[2]).toBe(`Authorization: ${signed.Authorization}`);
  expect(signed.Authorization).toContain(`signature="${vector.signature}"`);
});
