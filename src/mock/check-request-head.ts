import { createSessionMediaType, createSessionMethod, createSessionPath } from '../spec/create-session-operation.js';
import { signingConfig } from '../spec/signing-config.js';
import type { VerifiableRequest } from '../signing/verify-request.js';
import { envelopeCodes, rejectWith, type MockReply } from './mock-reply.js';

/** A received request before its body is read: what every adapter hands the mock. */
export interface MockExchange {
  method: string;
  /** The raw request target: path and query exactly as received (signed as the request line). */
  target: string;
  /** Received headers: a Headers object or values by lower-case name (node's `req.headers`). */
  headers: VerifiableRequest['headers'];
}

/** The one route of the spec, and its method and media type. */
export const mockRoute: { readonly path: string; readonly method: string; readonly mediaType: string } = {
  path: createSessionPath,
  method: createSessionMethod,
  mediaType: createSessionMediaType,
};

/** Reads one header by lower-case name from either form of MockExchange headers. */
export function readHeader(headers: MockExchange['headers'], name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Readonly<Record<string, string | string[] | undefined>>)[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The checks that need only the request line and headers, in the decision table's order:
 * route (404), method (405 with Allow), content type (415), declared body size (413). Returns the
 * rejection, or undefined when the body should be read.
 */
export function checkRequestHead(exchange: MockExchange, maxBodyBytes: number): MockReply | undefined {
  if (readPathname(exchange.target) !== mockRoute.path) {
    return rejectWith(404, `Not found: the only route is ${mockRoute.method} ${mockRoute.path}`);
  }
  if (exchange.method !== mockRoute.method) {
    return rejectWith(405, `Method ${exchange.method.slice(0, 16)} is not allowed; use ${mockRoute.method}`, {
      headers: { Allow: mockRoute.method },
    });
  }
  if (!isJsonMediaType(readHeader(exchange.headers, signingConfig.contentTypeHeader))) {
    return rejectWith(415, envelopeCodes.wrongContentType.client_message);
  }
  const declared = Number(readHeader(exchange.headers, signingConfig.contentLengthHeader));
  if (declared > maxBodyBytes) return rejectWith(413, `Request body exceeds ${maxBodyBytes} bytes`);
  return undefined;
}

function readPathname(target: string): string | undefined {
  if (target.startsWith('/')) {
    const query = target.indexOf('?');
    return query === -1 ? target : target.slice(0, query);
  }
  // absolute-form (`POST http://host/path HTTP/1.1`), allowed by HTTP/1.1 though rarely sent.
  return URL.canParse(target) ? new URL(target).pathname : undefined;
}

/** `application/json`, optionally with `charset=utf-8`; any other charset is refused, not guessed. */
function isJsonMediaType(value: string | undefined): boolean {
  if (value === mockRoute.mediaType) return true;
  if (value === undefined) return false;
  const [type, ...parameters] = value.split(';');
  if (type!.trim().toLowerCase() !== mockRoute.mediaType) return false;
  return parameters.every((parameter) => {
    const [name, raw = ''] = parameter.split('=');
    return name!.trim().toLowerCase() !== 'charset' || raw.trim().replaceAll('"', '').toLowerCase() === 'utf-8';
  });
}
