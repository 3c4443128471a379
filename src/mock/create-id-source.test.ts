import { describe, expect, test } from 'vitest';
import { createIdSource } from './create-id-source.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createIdSource', () => {
  test('a seed gives reproducible UUIDs and tokens', () => {
    const take = (seed: number) => {
      const ids = createIdSource(seed);
      return [ids.uuid(), ids.token(), ids.uuid()];
    };
    expect(take(1)).toEqual(take(1));
    expect(take(1)).not.toEqual(take(2));
  });

  test.each([
    ['seeded', 9],
    ['crypto', undefined],
  ] as const)('%s ids are v4 UUIDs and tokens are 32 bytes', (_name, seed) => {
    const ids = createIdSource(seed);
    const uuids = Array.from({ length: 200 }, () => ids.uuid());
    for (const uuid of uuids) expect(uuid).toMatch(UUID_V4);
    expect(new Set(uuids).size).toBe(uuids.length);
    expect(Buffer.from(ids.token(), 'base64')).toHaveLength(32);
  });
});
