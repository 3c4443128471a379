import { describe, expect, test } from 'vitest';
import { reliabilitySizes } from './reliability-sizes.js';
import { runMockFlood } from './run-mock-flood.js';

// The hostile-body flood at CI size (npm run reliability sends 6,000): `ingo-session mock` in its own process.
describe('hostile-body flood: ingo-session mock', () => {
  const options = reliabilitySizes.ci.mockFlood;

  test(`${options.requests} maximum-size nested-array bodies with the JSON limits lifted are stored, and the mock stays under ${options.maxRssMb} MB and answers`, async () => {
    const report = await runMockFlood({ ...options, liftLimits: true });
    expect(report.failures).toEqual([]);
    expect(report.statuses).toEqual({ 200: options.requests });
    expect(report.replayStatusAfter).toBe(101);
    expect(report.exitCode).toBe(0);
  }, 60_000);

  test(`at the default limits the same bodies are refused with 400 before they are parsed`, async () => {
    const report = await runMockFlood({ ...options, liftLimits: false });
    expect(report.failures).toEqual([]);
    expect(report.statuses).toEqual({ 400: options.requests });
  }, 60_000);
});
