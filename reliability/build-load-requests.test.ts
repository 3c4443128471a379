import { describe, expect, onTestFinished, test } from 'vitest';
import { startMock } from '../src/mock/start-mock.js';
import { buildLoadRequests, loadRequestKinds, type LoadRequestKind } from './build-load-requests.js';
import { minimalBodyText, reliabilityCredentials, reliabilityFixedNow } from './reliability-fixtures.js';

describe('buildLoadRequests', async () => {
  const load = await buildLoadRequests({
    credentials: reliabilityCredentials,
    nowMs: reliabilityFixedNow,
    validBody: minimalBodyText,
  });

  test('never carries a Content-Length (autocannon writes its own)', () => {
    for (const request of load.requests)
      expect(Object.keys(request.headers).map((name) => name.toLowerCase())).not.toContain('content-length');
  });

  // Over real HTTP: like autocannon, fetch writes the Content-Length that the requests leave out.
  test('each kind gets its expected status from the mock, and the valid ones carry fresh keys', async () => {
    const mock = await startMock({ credentials: reliabilityCredentials, now: () => reliabilityFixedNow });
    onTestFinished(() => mock.close());
    const kinds = Object.keys(loadRequestKinds) as LoadRequestKind[];
    for (let round = 0; round < 2; round++) {
      for (const [index, entry] of load.requests.entries()) {
        const request = entry.setupRequest ? entry.setupRequest(entry) : entry;
        const response = await fetch(`${mock.url}${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        });
        request.onResponse?.(response.status);
        expect(response.status, kinds[index]).toBe(loadRequestKinds[kinds[index]!]);
      }
    }
    expect(load.statuses).toEqual({
      valid: { 200: 2 },
      schemaInvalid: { 400: 2 },
      badSignature: { 401: 2 },
      malformedJson: { 400: 2 },
    });
    expect(load.keysSent()).toBe(2);
    expect(mock.sessions.size).toBe(2);
  });
});
