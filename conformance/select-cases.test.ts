import { expect, test } from 'vitest';
import type { ConformanceCase } from './conformance-case.js';
import { isConformanceError } from './conformance-error.js';
import { selectCases } from './select-cases.js';

const make = (id: string, tags: string[]): ConformanceCase => ({
  id,
  title: id,
  tags,
  build: () => ({ method: 'POST', path: '/', headers: {}, body: new Uint8Array() }),
  expect: { outcome: 'created' },
});
const catalog = [
  make('a', ['positive']),
  make('b', ['auth', 'signature']),
  make('c', ['legacy', 'auth']),
  make('d', ['idempotency', 'stateful']),
];
const ids = (selection: Parameters<typeof selectCases>[1]) => selectCases(catalog, selection).selected.map((c) => c.id);

test('by default everything but opt-in tags runs; opt-in cases run only when their tag is named', () => {
  expect(ids({ optIn: ['legacy'] })).toEqual(['a', 'b', 'd']);
  expect(ids({ tags: ['auth'], optIn: ['legacy'] })).toEqual(['b']);
  expect(ids({ tags: ['legacy'], optIn: ['legacy'] })).toEqual(['c']);
  expect(selectCases(catalog, { optIn: ['legacy'] }).skipped).toEqual([
    { conformanceCase: catalog[2], reason: 'opt-in tag legacy (select it with tags: legacy)' },
  ]);
});

test('exclusion wins over inclusion, and every skipped case says why', () => {
  expect(ids({ tags: ['auth', 'positive'], exclude: ['signature'] })).toEqual(['a', 'c']);
  expect(selectCases(catalog, { tags: ['positive'] }).skipped.map((s) => s.reason)).toEqual([
    'has none of the tags positive',
    'has none of the tags positive',
    'has none of the tags positive',
  ]);
  expect(selectCases(catalog, { exclude: ['stateful'] }).skipped.map((s) => s.reason)).toEqual([
    'excluded by tag stateful',
  ]);
});

test('an unknown tag, or a selection of nothing, is an error naming the problem', () => {
  expect(() => selectCases(catalog, { tags: ['atuh'] })).toThrow(
    'unknown tag atuh: known tags are auth, idempotency, legacy, positive, signature, stateful',
  );
  expect(() => selectCases(catalog, { exclude: ['x', 'y'] })).toThrow(/^unknown tags x, y/);
  let error: unknown;
  try {
    selectCases(catalog, { tags: ['legacy'], exclude: ['auth'] });
  } catch (caught) {
    error = caught;
  }
  expect(isConformanceError(error) && error.message).toBe('no conformance case matches the selected tags');
});
