import { describe, expect, test } from 'vitest';
import { spec } from '../../generated/spec.js';
import { deriveSchemaRules } from './schema-rules.js';
import { listNodes, readSchemaTree } from './schema-tree.js';

const root = readSchemaTree();

describe('the rules of the request schema, derived from its keywords', () => {
  test('every keyword of every request schema is one generation knows, so none goes untested', () => {
    const known = new Set([
      'type',
      'properties',
      'required',
      'additionalProperties',
      'enum',
      'minLength',
      'maxLength',
      'pattern',
      'format',
      'minimum',
      'maximum',
      '$ref',
    ]);
    const annotations = /^(description|example|x-.*)$/;
    for (const node of listNodes(root)) {
      const raw = node.pointer
        .replace('#/', '')
        .split('/')
        .reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], spec) as Record<string, unknown>;
      for (const keyword of Object.keys(raw))
        if (!annotations.test(keyword)) expect(known, `${node.pointer} ${keyword}`).toContain(keyword);
    }
  });

  test("one rule per keyword that can fail, at the spec's pointers", () => {
    const rules = deriveSchemaRules(root);
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        ':type',
        ':required:participant_unique_id1',
        ':required:recipient_information',
        ':additionalProperties',
        '/participant_unique_id1:minLength',
        '/participant_unique_id1:maxLength',
        '/participant_unique_id2:maxLength',
        '/host_uri:maxLength',
        '/host_uri:pattern',
        '/host_uri:format',
        '/language_locale_code:enum',
        '/recipient_information:type',
        '/recipient_information/city:type',
        '/recipient_information/open_banking/mobus_customer_id:type',
      ]),
    );
    // The locale's enum already refuses every other type, so it has no separate type rule.
    expect(ids).not.toContain('/language_locale_code:type');
    // participant_unique_id2 has no minLength, so no rule for it.
    expect(ids).not.toContain('/participant_unique_id2:minLength');
    const locale = rules.find((r) => r.id === '/language_locale_code:enum')!;
    expect(locale.node.pointer).toBe('#/components/schemas/LocaleCode');
    expect(locale.error).toEqual({ instancePath: '/language_locale_code', keyword: 'enum' });
  });
});
