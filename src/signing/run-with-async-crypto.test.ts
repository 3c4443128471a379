import { expect, test } from 'vitest';
import { runWithAsyncCrypto } from './run-with-async-crypto.js';
import { nodeSigningCrypto, type SigningCrypto } from './signing-crypto.js';
import { SigningError } from './signing-error.js';
import { webSigningCrypto, type AsyncSigningCrypto } from './web-signing-crypto.js';

/** A digest, then an HMAC over a string that depends on it: the shape of signing. */
const chained = (crypto: SigningCrypto) => crypto.hmac('sha512', 'key', `digest: ${crypto.digest('sha512', 'body')}`);
const expected = chained(nodeSigningCrypto);

/** webSigningCrypto, counting its calls. */
function counting(): AsyncSigningCrypto & { calls: string[] } {
  const calls: string[] = [];
  return {
    async: true,
    calls,
    digest: (hash, data) => (calls.push('digest'), webSigningCrypto.digest(hash, data)),
    hmac: (hash, key, message) => (calls.push('hmac'), webSigningCrypto.hmac(hash, key, message)),
    equal: webSigningCrypto.equal,
  };
}

test('an asynchronous crypto gives what the synchronous one gives, each question asked once', async () => {
  const crypto = counting();
  expect(await runWithAsyncCrypto(chained, crypto)).toBe(expected);
  expect(crypto.calls).toEqual(['digest', 'hmac']);
});

test('a synchronous crypto settles in one round', async () => {
  let rounds = 0;
  expect(await runWithAsyncCrypto((crypto) => (rounds++, chained(crypto)), nodeSigningCrypto)).toBe(expected);
  expect(rounds).toBe(1);
});

test('an error raised while an answer was a placeholder is not reported; a real one is', async () => {
  const strict = (crypto: SigningCrypto) => {
    const digest = crypto.digest('sha512', 'body');
    if (digest.length !== 88) throw new Error('not a SHA-512 digest');
    throw new SigningError(`real failure after ${digest.length} characters`);
  };
  await expect(runWithAsyncCrypto(strict, webSigningCrypto)).rejects.toThrow('real failure after 88 characters');
});

test('a computation that keeps asking new questions is stopped', async () => {
  let n = 0;
  await expect(
    runWithAsyncCrypto((crypto) => crypto.digest('sha512', `impure ${n++}`), webSigningCrypto),
  ).rejects.toThrow(SigningError);
});
