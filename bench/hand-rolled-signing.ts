/**
 * The hand-rolled floor's own signing for bench/client.bench.ts: what a careful user writes by hand (stringify, SHA-512 digest,
 * HMAC-SHA512 of the signing string, the headers), with none of this library's code.
 */
import { createHash, createHmac } from 'node:crypto';
import { spec } from '../generated/spec.js';
import type { CreateSessionBody } from '../src/client/session-client-types.js';
import { createSessionPath } from '../src/spec/create-session-operation.js';

/** The bench's account on the bare server. */
export const benchCredentials = { username: 'bench', secret: 'bench-secret-0123456789abcdef' };
/** The body every client bench sends. */
export const benchBody = spec.components.examples.MinimalRequest.value as CreateSessionBody;

/** The body's JSON text and the signed headers, freshly dated. */
export function signByHand(): { text: string; headers: Record<string, string> } {
  const text = JSON.stringify(benchBody);
  const date = new Date().toUTCString();
  const length = String(Buffer.byteLength(text));
  const digest = createHash('sha512').update(text).digest('base64');
  const signingString = `POST ${createSessionPath} HTTP/1.1\nx-date: ${date}\ncontent-type: application/json\ncontent-length: ${length}\ncontent-sha512: ${digest}`;
  const signature = createHmac('sha512', benchCredentials.secret).update(signingString).digest('base64');
  return {
    text,
    headers: {
      'X-Date': date,
      'Content-Type': 'application/json',
      'Content-sha512': digest,
      'Content-Length': length,
      Authorization: `hmac username="${benchCredentials.username}", algorithm="hmac-sha512", headers="request-line x-date content-type content-length content-sha512", signature="${signature}"`,
    },
  };
}
