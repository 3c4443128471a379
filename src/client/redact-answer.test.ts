import { describe, expect, test } from 'vitest';
import { canonicalizeJson } from '../mock/canonicalize-json.js';
import { redactBody, redactResponse } from './redact-answer.js';

const SIGNATURE = 'c2lnbmF0dXJlLXNlbnQ=';

describe('redactBody', () => {
  test('redacts every string and member name, however deep, and leaves the rest as it was', () => {
    const body = {
      status: 401,
      [`k-${SIGNATURE}`]: [1, null, true, { deep: [`signature="${SIGNATURE}"`, `x ${SIGNATURE} y`] }],
    };
    const redacted = redactBody(body, [SIGNATURE]);
    expect(JSON.stringify(redacted)).not.toContain(SIGNATURE);
    expect(redacted).toEqual({
      status: 401,
      'k-[REDACTED]': [1, null, true, { deep: ['signature="[REDACTED]"', 'x [REDACTED] y'] }],
    });
    expect(JSON.stringify(body)).toContain(SIGNATURE);
  });

  test('a string body, and a body nested far deeper than the stack', () => {
    expect(redactBody(`echo ${SIGNATURE}`, [SIGNATURE])).toBe('echo [REDACTED]');
    const deep = JSON.parse(`${'['.repeat(50_000)}"${SIGNATURE}"${']'.repeat(50_000)}`) as unknown;
    // Printed with the iterative canonical serialiser: JSON.stringify itself would overflow.
    expect(canonicalizeJson(redactBody(deep, [SIGNATURE]))).toBe(
      `${'['.repeat(50_000)}"[REDACTED]"${']'.repeat(50_000)}`,
    );
  });

  test('an own __proto__ member stays data', () => {
    const body = JSON.parse(`{"__proto__":{"x":"${SIGNATURE}"}}`) as unknown;
    expect(JSON.stringify(redactBody(body, [SIGNATURE]))).toBe('{"__proto__":{"x":"[REDACTED]"}}');
  });
});

test('redactResponse keeps status and headers, redacted', () => {
  const response = new Response('body', {
    status: 401,
    headers: { 'x-echo': `hmac signature="${SIGNATURE}"`, 'content-type': 'application/json' },
  });
  const redacted = redactResponse(response, [SIGNATURE]);
  expect(redacted.status).toBe(401);
  expect(redacted.headers.get('x-echo')).toBe('hmac signature="[REDACTED]"');
  expect(redacted.headers.get('content-type')).toBe('application/json');
});
