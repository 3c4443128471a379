import { describe, expect, test } from 'vitest';
import {
  digestOf,
  fromVector,
  quickStart,
  toCaptured,
  withValues,
  type SenderRule,
  type WireRequest,
} from '../../test-support/mistaken-sender.js';
import { EXPLAIN_HEADER } from './check-signed-request.js';
import { createMockHandler, type MockLogEvent, type MockOptions } from './create-mock-handler.js';
import { startMock } from './start-mock.js';
import { createEnvelopeChecker } from '../../test-support/mock-test-kit.js';

const checkEnvelope = createEnvelopeChecker();
const credentials = { username: quickStart.username, secret: quickStart.secret };
const at = { now: () => Date.parse(quickStart.x_date) };
const mistaken = withValues(fromVector(quickStart), { 'content-sha512': digestOf(quickStart.body, 'sha512', 'hex') });
const crlf: SenderRule = { separator: '\r\n' };

function toRequest(request: WireRequest, rule: SenderRule = {}, base = 'http://mock.test'): Request {
  const captured = toCaptured(request, rule);
  return new Request(`${base}${captured.target}`, {
    method: captured.method,
    headers: captured.headers
      .filter(({ name }) => name !== 'Host')
      .map(({ name, value }): [string, string] => [name, value.trim()]),
    body: captured.body as string,
  });
}

async function answer(options: MockOptions, request: Request) {
  const response = await createMockHandler({ credentials, ...at, ...options })(request);
  const text = await response.text();
  return { response, text, envelope: checkEnvelope(response.status, text) };
}

describe('the mock explains rejected signatures only when asked', () => {
  test('off by default: a bare 401, no explanation header', async () => {
    const { response, envelope } = await answer({}, toRequest(mistaken, crlf));
    expect(response.status).toBe(401);
    expect(response.headers.get(EXPLAIN_HEADER)).toBeNull();
    expect(envelope.client_message).toBe('Unauthorized: signature does not match');
  });

  test('explain: the 401 carries every diagnosis in client_message and the codes in X-Ingo-Explain, and stays a valid envelope', async () => {
    const { response, envelope, text } = await answer({ explain: true }, toRequest(mistaken, crlf));
    expect(response.status).toBe(401);
    expect(response.headers.get(EXPLAIN_HEADER)).toBe('digest_hex, signing_string_crlf');
    expect(envelope.client_message).toMatch(
      /^Unauthorized: .* \(digest_mismatch\)\. Explained: digest_hex: .*; fix: Send the digest header as Base64.* \| signing_string_crlf: /,
    );
    expect(text).not.toContain(credentials.secret);
  });

  test('a stale X-Date keeps its envelope status and is explained as clock skew, with how much and which way', async () => {
    const stale = withValues(fromVector(quickStart), {
      'x-date': new Date(Date.parse(quickStart.x_date) - 600_000).toUTCString(),
    });
    const { response, envelope } = await answer({ explain: true }, toRequest(stale));
    expect(response.headers.get(EXPLAIN_HEADER)).toBe('clock_skew');
    expect(envelope.status).toBe(402);
    expect(envelope.client_message).toContain("X-Date is 10 min behind the server's time");
  });

  test('a request signed with a known secret under an unknown username names the right one', async () => {
    const { response, envelope } = await answer(
      { explain: true },
      toRequest({ ...fromVector(quickStart), username: 'tset' }),
    );
    expect(response.headers.get(EXPLAIN_HEADER)).toBe('username_mismatch');
    expect(envelope.client_message).toContain('the request names username "tset", but the secret belongs to "test"');
  });

  test('explain "log" (the CLI\'s --verbose): diagnoses and the reconstructed signing string in the log, not in the answer', async () => {
    const events: MockLogEvent[] = [];
    const { response } = await answer(
      { explain: 'log', log: (event) => events.push(event) },
      toRequest(mistaken, crlf),
    );
    expect(response.headers.get(EXPLAIN_HEADER)).toBeNull();
    const failure = events.find((event) => event.type === 'verification_failed') as Extract<
      MockLogEvent,
      { type: 'verification_failed' }
    >;
    expect(failure.diagnoses!.map((diagnosis) => diagnosis.code)).toEqual(['digest_hex', 'signing_string_crlf']);
    expect(failure.reconstructedSigningString).toContain('\r\n');
    expect(JSON.stringify(events)).not.toContain(credentials.secret);
  });

  test('behind listen (node:http headers) the same request gets the same explanation', async () => {
    const mock = await startMock({ credentials, ...at, explain: true });
    try {
      const response = await fetch(toRequest(mistaken, crlf, mock.url));
      expect(response.status).toBe(401);
      expect(response.headers.get(EXPLAIN_HEADER)).toBe('digest_hex, signing_string_crlf');
      expect(await response.text()).not.toContain(credentials.secret);
    } finally {
      await mock.close();
    }
  });
});
