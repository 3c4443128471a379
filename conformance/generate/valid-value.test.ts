import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createSchemaCache } from '../../src/spec/create-schema-cache.js';
import { localeCodes } from '../spec-facts.js';
import { readSchemaTree, requestSchemaPointer } from './schema-tree.js';
import { countCharacters } from './unicode-text.js';
import { validValue } from './valid-value.js';

const validators = createSchemaCache();
const root = readSchemaTree();
type Body = Record<string, unknown> & { recipient_information: Record<string, unknown> };
const bodies = fc.sample(validValue(root, { validators }), { numRuns: 1500, seed: 42 }) as Body[];

describe('valid bodies drawn from the request schema', () => {
  test('are all valid', () => {
    const validate = validators(requestSchemaPointer);
    for (const body of bodies) expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });

  test('have every optional member both present and absent', () => {
    for (const [name, holder] of [
      ...Object.keys(root.properties)
        .filter((n) => !root.required.includes(n))
        .map((n) => [n, (b: Body) => b] as const),
      ...Object.keys(root.properties.recipient_information!.properties).map(
        (n) => [n, (b: Body) => b.recipient_information] as const,
      ),
    ]) {
      expect(
        bodies.some((b) => Object.hasOwn(holder(b), name)),
        `${name} present`,
      ).toBe(true);
      expect(
        bodies.some((b) => !Object.hasOwn(holder(b), name)),
        `${name} absent`,
      ).toBe(true);
    }
  });

  test('use every enum value, and lengths from the minimum to the maximum, counted in code points', () => {
    const locales = new Set(bodies.map((b) => b.language_locale_code));
    for (const code of localeCodes) expect(locales, code).toContain(code);
    const ids = bodies.map((b) => b.participant_unique_id1 as string);
    expect(ids.some((id) => countCharacters(id) === 100 && id.length > 100)).toBe(true);
    expect(ids.some((id) => countCharacters(id) === 1)).toBe(true);
    expect(bodies.some((b) => b.participant_unique_id2 === '')).toBe(true);
    expect(bodies.some((b) => typeof b.host_uri === 'string' && b.host_uri.length === 200)).toBe(true);
  });

  test('carry text across Unicode and extra members in open objects', () => {
    const text = bodies
      .flatMap((b) => [b.participant_unique_id1, b.participant_unique_id2, ...Object.values(b.recipient_information)])
      .filter((t): t is string => typeof t === 'string')
      .join('');
    expect(text).toMatch(/[\u{10000}-\u{10FFFF}]/u);
    expect(text).toMatch(/[\u0300-\u036f]/);
    expect(text).toMatch(/[\u0800-\uffff]/);
    expect(text).toMatch(/["\\\u0000-\u001f\u2028]/);
    const declared = Object.keys(root.properties.recipient_information!.properties);
    expect(bodies.some((b) => Object.keys(b.recipient_information).some((k) => !declared.includes(k)))).toBe(true);
    expect(
      bodies.some((b) =>
        Object.keys((b.recipient_information.open_banking as object | undefined) ?? {}).some(
          (k) => k !== 'mobus_customer_id',
        ),
      ),
    ).toBe(true);
  });
});
