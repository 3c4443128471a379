import { createHash, createHmac } from 'node:crypto';
import { readSigningVectors, type SigningVector } from './read-signing-vectors.js';
import type { CapturedRequest } from '../src/explain/captured-request.js';

/**
 * A sender written the way a team in another language writes one, independent of the project's
 * signer: it builds the signing string from its own rule, which each test bends to commit one
 * mistake. With the default rule it reproduces the golden vectors (a test checks that).
 */
export interface SenderRule {
  order?: readonly string[];
  version?: string;
  signedTarget?: string;
  spellName?: (lower: string) => string;
  colon?: string;
  separator?: string;
  trailingNewline?: boolean;
  encodeSignature?: (mac: Buffer) => string;
  secret?: string;
  /** Values signed instead of the ones sent (a library changed them after signing). */
  signedValues?: Record<string, string>;
}

/** What goes on the wire; every header the sender computes can be overridden to commit a mistake. */
export interface WireRequest {
  method: string;
  target: string;
  version: string;
  username: string;
  algorithm: string;
  names: string[];
  /** The vector's secret, and the instant of its X-Date (explain judges it then). */
  secret: string;
  at: number;
  /** Values by lower-case name of the signed headers (and Host). */
  values: Record<string, string>;
  body: string;
}

/** The secret of the golden vectors. */
export const SECRET = 'test-secret';

/** The Create Session quick-start vector, its non-ASCII twin and the one with a query string. */
export const quickStart = readSigningVectors('hmac-sha512.json')[0]!;
export const nonAscii = readSigningVectors('hmac-sha512-edge-cases.json').find((vector) =>
  vector.name.startsWith('non-ASCII'),
)!;
export const withQuery = readSigningVectors('hmac-sha512-edge-cases.json').find((vector) =>
  vector.name.startsWith('path with a query'),
)!;

/** The instant of the quick-start vector's X-Date: explain judges it at its own time. */
export const AT = Date.parse(quickStart.x_date);

/** Header names as a sender in another language may spell them: the spec's spelling. */
export const specSpelling = (name: string): string => SPELLING[name] ?? name;

/** The vector's request as a correct sender sends it. */
export function fromVector(vector: SigningVector): WireRequest {
  const digestName = vector.algorithm === 'hmac-sha256' ? 'content-sha256' : 'content-sha512';
  return {
    method: vector.method,
    target: vector.path,
    version: 'HTTP/1.1',
    username: vector.username,
    algorithm: vector.algorithm,
    names: vector.headers.split(' '),
    secret: vector.secret,
    at: Date.parse(vector.x_date),
    values: {
      host: 'iip-session-management-uat.ingo.money',
      'x-date': vector.x_date,
      'content-type': vector.content_type,
      'content-length': String(vector.content_length),
      [digestName]: String(vector[digestName.replace('-', '_')]),
    },
    body: vector.body,
  };
}

/** The request with some values replaced, as the sender would then send (and sign) them. */
export function withValues(request: WireRequest, values: Record<string, string>): WireRequest {
  return { ...request, values: { ...request.values, ...values } };
}

/** The signing string under the sender's rule. */
export function senderSigningString(request: WireRequest, rule: SenderRule = {}): string {
  const {
    order = request.names,
    version = 'HTTP/1.1',
    signedTarget = request.target,
    spellName = (name) => name,
    colon = ': ',
    separator = '\n',
    trailingNewline = false,
  } = rule;
  const values = { ...request.values, ...rule.signedValues };
  const lines = order.map((name) =>
    name === 'request-line'
      ? `${request.method} ${signedTarget}${version ? ` ${version}` : ''}`
      : `${spellName(name)}${colon}${values[name]}`,
  );
  return lines.join(separator) + (trailingNewline ? separator : '');
}

/** The Authorization value under the sender's rule. */
export function senderAuthorization(request: WireRequest, rule: SenderRule = {}): string {
  const hash = request.algorithm === 'hmac-sha256' ? 'sha256' : 'sha512';
  const mac = createHmac(hash, rule.secret ?? request.secret)
    .update(senderSigningString(request, rule))
    .digest();
  const signature = (rule.encodeSignature ?? ((bytes) => bytes.toString('base64')))(mac);
  return `hmac username="${request.username}", algorithm="${request.algorithm}", headers="${request.names.join(' ')}", signature="${signature}"`;
}

const SPELLING: Record<string, string> = {
  host: 'Host',
  'x-date': 'X-Date',
  'content-type': 'Content-Type',
  'content-length': 'Content-Length',
  'content-sha512': 'Content-sha512',
  'content-sha256': 'Content-sha256',
};

/** The request as raw HTTP/1.1 text (CRLF by default, LF for a capture pasted into an editor), signed under the rule. */
export function toRaw(request: WireRequest, rule: SenderRule = {}, eol = '\r\n'): string {
  const lines = [`${request.method} ${request.target}${request.version ? ` ${request.version}` : ''}`];
  for (const [name, value] of Object.entries(request.values)) lines.push(`${SPELLING[name] ?? name}: ${value}`);
  lines.push(`Authorization: ${senderAuthorization(request, rule)}`);
  return `${lines.join(eol)}${eol}${eol}${request.body}`;
}

/** The request as a CapturedRequest, signed under the rule. */
export function toCaptured(request: WireRequest, rule: SenderRule = {}): CapturedRequest {
  const headers = Object.entries(request.values).map(([name, value]) => ({
    name: SPELLING[name] ?? name,
    value: ` ${value}`,
  }));
  headers.push({ name: 'Authorization', value: ` ${senderAuthorization(request, rule)}` });
  return { method: request.method, target: request.target, httpVersion: request.version, headers, body: request.body };
}

/** Base64 and hex digests of some text, for committing digest mistakes. */
export function digestOf(
  text: string,
  hash: 'sha512' | 'sha256' = 'sha512',
  encoding: 'base64' | 'hex' = 'base64',
): string {
  return createHash(hash).update(text).digest(encoding);
}

/** The request as a one-entry HAR 1.2 file, signed under the rule. */
export function toHar(request: WireRequest, rule: SenderRule = {}): string {
  const { headers, method, target, httpVersion, body } = toCaptured(request, rule);
  const harRequest = {
    method,
    url: `https://${request.values.host}${target}`,
    httpVersion,
    headers: headers.map(({ name, value }) => ({ name, value: value.trim() })),
    queryString: [],
    cookies: [],
    headersSize: -1,
    bodySize: Buffer.byteLength(body as string),
    postData: { mimeType: 'application/json', text: body },
  };
  return JSON.stringify({
    log: { version: '1.2', creator: { name: 'test', version: '1' }, entries: [{ request: harRequest }] },
  });
}
