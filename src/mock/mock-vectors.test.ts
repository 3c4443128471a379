import { describe, expect, test } from 'vitest';
import { compileSpecSchema, createSpecAjv } from '../spec/create-spec-ajv.js';
import { digestHeaderFor, headerSpelling, isSigningAlgorithm, signingConfig } from '../spec/signing-config.js';
import { formatAuthorization } from '../signing/authorization-header.js';
import { parseHttpDate } from '../signing/http-date.js';
import {
  listSigningVectorFiles,
  readSigningVectors,
  type SigningVector,
} from '../../test-support/read-signing-vectors.js';
import { createMockHandler } from './create-mock-handler.js';
import { startMock } from './start-mock.js';
import { createEnvelopeChecker } from '../../test-support/mock-test-kit.js';

const files = listSigningVectorFiles();
const vectors = files.flatMap((file) => readSigningVectors(file).map((vector) => ({ file, ...vector })));
const checkEnvelope = createEnvelopeChecker();
const validateBody = compileSpecSchema(createSpecAjv(), '#/components/schemas/CreateSessionRequest');

/** The headers exactly as the vector signed them (its own signature, not one re-computed here). */
function vectorHeaders(vector: SigningVector): Record<string, string> {
  if (!isSigningAlgorithm(vector.algorithm)) throw new Error(`${vector.name}: unknown algorithm ${vector.algorithm}`);
  const digestHeader = digestHeaderFor(vector.algorithm);
  const digest = vector[digestHeader.replace('-', '_')];
  if (typeof digest !== 'string') throw new Error(`${vector.name}: no ${digestHeader} value`);
  const spell = (name: string) => headerSpelling[name] ?? name;
  return {
    [spell(signingConfig.dateHeader)]: vector.x_date,
    [spell(signingConfig.contentTypeHeader)]: vector.content_type,
    [spell(signingConfig.contentLengthHeader)]: String(vector.content_length),
    [spell(digestHeader)]: digest,
    [spell('authorization')]: formatAuthorization({
      username: vector.username,
      algorithm: vector.algorithm,
      headers: vector.headers.split(' '),
      signature: vector.signature,
    }),
  };
}

/** A vector whose body is a valid Create Session body must stage a session; any other (the empty body) gets past the signature to a 400. */
function expectedStatus(body: string): number {
  try {
    return validateBody(JSON.parse(body)) ? 200 : 400;
  } catch {
    return 400;
  }
}

describe('the signing vectors of src/signing/vectors, through the mock', () => {
  test('the folder holds vectors', () => {
    expect(files).toContain('hmac-sha512.json');
    expect(vectors.length).toBeGreaterThanOrEqual(2);
  });

  test.each(vectors.map((vector) => [`${vector.file}: ${vector.name}`, vector] as const))(
    '%s is accepted in process',
    async (_name, vector) => {
      const mock = createMockHandler({
        credentials: { username: vector.username, secret: vector.secret },
        now: () => parseHttpDate(vector.x_date)!,
      });
      const response = await mock(
        new Request(`http://mock.test${vector.path}`, {
          method: vector.method,
          headers: vectorHeaders(vector),
          body: vector.body,
        }),
      );
      const envelope = checkEnvelope(response.status, await response.text());
      expect(response.status, String(envelope.client_message)).toBe(expectedStatus(vector.body));
      if (response.status === 200) expect(envelope.status).toBe(100);
    },
  );

  test('every vector is accepted over node:http with the raw request target', async () => {
    // One mock per credential pair: two vectors may share a username with different secrets.
    const groups = new Map<string, typeof vectors>();
    for (const vector of vectors) {
      const pair = JSON.stringify([vector.username, vector.secret]);
      groups.set(pair, [...(groups.get(pair) ?? []), vector]);
    }
    for (const group of groups.values()) {
      const clock = { now: 0 };
      const mock = await startMock({
        credentials: { username: group[0]!.username, secret: group[0]!.secret },
        now: () => clock.now,
      });
      try {
        for (const vector of group) {
          clock.now = parseHttpDate(vector.x_date)!;
          const response = await fetch(`${mock.url}${vector.path}`, {
            method: vector.method,
            headers: vectorHeaders(vector),
            body: vector.body,
            signal: AbortSignal.timeout(5000),
          });
          const envelope = checkEnvelope(response.status, await response.text());
          expect(response.status, `${vector.name}: ${String(envelope.client_message)}`).toBe(
            expectedStatus(vector.body),
          );
        }
      } finally {
        await mock.close();
      }
    }
  });
});
