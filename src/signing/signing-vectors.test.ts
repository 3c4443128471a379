import { describe, expect, test } from 'vitest';
import { digestHeaderFor, headerSpelling, isSigningAlgorithm } from '../spec/signing-config.js';
import { parseHttpDate } from './http-date.js';
import { signRequest } from './sign-request.js';
import { listSigningVectorFiles, readSigningVectors } from '../../test-support/read-signing-vectors.js';
import { verifyRequest } from './verify-request.js';
import { webSigningCrypto } from './web-signing-crypto.js';

const files = listSigningVectorFiles();

test('the vector directory holds the shared file and our own', () => {
  expect(files).toEqual(
    expect.arrayContaining(['hmac-sha512.json', 'hmac-sha512-edge-cases.json', 'hmac-sha256-legacy.json']),
  );
});

describe.each(files)('%s', (file) => {
  test.each(readSigningVectors(file).map((vector) => [vector.name, vector] as const))('%s', async (_name, vector) => {
    if (!isSigningAlgorithm(vector.algorithm)) throw new Error(`unknown algorithm ${vector.algorithm}`);
    const digestHeader = digestHeaderFor(vector.algorithm);
    const digest = vector[digestHeader.replace('-', '_')];
    const now = new Date(parseHttpDate(vector.x_date)!);
    const headerOrder = vector.headers.split(' ');

    const signed = await signRequest(
      { method: vector.method, path: vector.path, body: vector.body, contentType: vector.content_type },
      { username: vector.username, secret: vector.secret },
      { now, algorithm: vector.algorithm, headerOrder },
    );

    expect(signed).toEqual({
      'X-Date': vector.x_date,
      'Content-Type': vector.content_type,
      'Content-Length': String(vector.content_length),
      [headerSpelling[digestHeader]!]: digest,
      Authorization: `hmac username="${vector.username}", algorithm="${vector.algorithm}", headers="${vector.headers}", signature="${vector.signature}"`,
    });
    expect(Buffer.byteLength(vector.body)).toBe(vector.content_length);

    const received = new Headers(signed);
    expect(
      await verifyRequest(
        { method: vector.method, path: vector.path, headers: received, body: Buffer.from(vector.body) },
        () => vector.secret,
        { now },
      ),
    ).toEqual({
      ok: true,
      username: vector.username,
      algorithm: vector.algorithm,
    });

    // The WebCrypto path gives the same headers and verdict.
    const options = { now, algorithm: vector.algorithm, headerOrder, crypto: webSigningCrypto };
    expect(
      await signRequest(
        { method: vector.method, path: vector.path, body: vector.body, contentType: vector.content_type },
        { username: vector.username, secret: vector.secret },
        options,
      ),
    ).toEqual(signed);
    expect(
      await verifyRequest(
        { method: vector.method, path: vector.path, headers: received, body: vector.body },
        () => vector.secret,
        { now, crypto: webSigningCrypto },
      ),
    ).toEqual({
      ok: true,
      username: vector.username,
      algorithm: vector.algorithm,
    });
  });
});
