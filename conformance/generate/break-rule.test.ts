import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createSchemaCache } from '../../src/spec/create-schema-cache.js';
import { bodyBreaking, isOnly } from './break-rule.js';
import { deriveSchemaRules } from './schema-rules.js';
import { readSchemaTree, requestSchemaPointer } from './schema-tree.js';

const validators = createSchemaCache();
const root = readSchemaTree();
const validate = createSchemaCache()(requestSchemaPointer);

describe('invalid bodies break exactly one rule', () => {
  test.each(deriveSchemaRules(root).map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const bodies = fc.sample(bodyBreaking(rule, root, { validators }), { numRuns: 25, seed: 7 });
    for (const body of bodies) {
      expect(validate(body)).toBe(false);
      expect(isOnly(validate.errors, rule), JSON.stringify(validate.errors)).toBe(true);
    }
    // Drawn, not one fixed example.
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBeGreaterThan(5);
  });
});
