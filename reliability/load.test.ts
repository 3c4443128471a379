import { describe, expect, test } from 'vitest';
import { reliabilitySizes } from './reliability-sizes.js';
import { runLoad } from './run-load.js';

// The load check at CI size: the same runner `npm run reliability` uses for 10 s.
describe('load: autocannon against the mock in its own process', () => {
  const options = reliabilitySizes.ci.load;

  test(`a ${options.durationSeconds} s mix of valid, schema-invalid, bad-signature and malformed requests`, async () => {
    const report = await runLoad(options);
    expect(report.failures).toEqual([]);
    expect(report.fiveXx).toBe(0);
    expect(report.aliveAfter).toBe(true);
    expect(report.statusAfter).toBe(200);
    expect(report.statusesByKind).toMatchObject({
      valid: { 200: expect.any(Number) },
      schemaInvalid: { 400: expect.any(Number) },
      badSignature: { 401: expect.any(Number) },
      malformedJson: { 400: expect.any(Number) },
    });
    expect(report.uniqueKeysSent).toBeGreaterThan(options.maxKeys);
    // Full: every session counts against the one cap, keyed or not; at the cap the oldest sixteenth goes.
    expect(report.end.sessions).toBeGreaterThanOrEqual(options.maxKeys - Math.ceil(options.maxKeys / 16));
    expect(report.end.sessions).toBeLessThanOrEqual(options.maxKeys);
    expect(report.end.idempotencyEntries).toBeLessThanOrEqual(options.maxKeys);
    // The mock's store is capped, so its process stays small under load (the flood check's bound).
    expect(report.end.rss).toBeLessThan(512 * 2 ** 20);
  });
});
