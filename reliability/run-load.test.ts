import { describe, expect, test } from 'vitest';
import { judgeLoad, type LoadReport } from './run-load.js';

const stats = { rss: 90 * 2 ** 20, heapUsed: 8 * 2 ** 20, idempotencyEntries: 0, sessions: 0, statuses: {} };
const clean: Omit<LoadReport, 'failures' | 'childOutput'> = {
  requests: 400,
  requestsPerSecond: 200,
  statusesByKind: {
    valid: { 200: 100 },
    schemaInvalid: { 400: 100 },
    badSignature: { 401: 100 },
    malformedJson: { 400: 100 },
  },
  fiveXx: 0,
  errors: 0,
  timeouts: 0,
  uniqueKeysSent: 100,
  start: stats,
  end: { ...stats, idempotencyEntries: 50, sessions: 50, statuses: { 200: 100, 400: 200, 401: 100 } },
  aliveAfter: true,
  statusAfter: 200,
};
const limits = { maxKeys: 50, maxHeapGrowthMb: 16 };

describe('judgeLoad', () => {
  test('a clean run passes', () => {
    expect(judgeLoad(clean, limits)).toEqual([]);
  });

  test.each([
    ['a 5xx', { fiveXx: 1 }, /5xx/],
    ['a 5xx logged by the mock', { end: { ...clean.end, statuses: { 500: 1 } } }, /logged 5xx/],
    ['a dead process', { aliveAfter: false }, /died/],
    ['no answer after the run', { statusAfter: undefined }, /after the run/],
    [
      'a kind answered with another status',
      { statusesByKind: { ...clean.statusesByKind, badSignature: { 401: 99, 200: 1 } } },
      /badSignature requests got 200/,
    ],
    ['a store over its cap', { end: { ...clean.end, idempotencyEntries: 51 } }, /over its cap/],
    ['too few keys to reach the cap', { uniqueKeysSent: 50 }, /not more than the store's cap/],
    ['a growing heap', { end: { ...clean.end, heapUsed: 30 * 2 ** 20 } }, /heap grew/],
    ['connection errors', { errors: 3 }, /connection errors/],
  ])('%s fails', (_name, change, message) => {
    expect(judgeLoad({ ...clean, ...change }, limits).join('\n')).toMatch(message);
  });
});
