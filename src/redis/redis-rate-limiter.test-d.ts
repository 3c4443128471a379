import { expectTypeOf, test } from 'vitest';
import type { SessionClientOptions } from '../client/session-client-types.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import type { createRedisRateLimiter, RedisRateLimiter } from './create-redis-rate-limiter.js';

test('a Redis limiter is a RateLimiter, and the client takes it as rateLimit', () => {
  expectTypeOf<RedisRateLimiter>().toExtend<RateLimiter>();
  expectTypeOf<RedisRateLimiter>().toExtend<NonNullable<SessionClientOptions['rateLimit']>>();
  expectTypeOf<ReturnType<typeof createRedisRateLimiter>>().toEqualTypeOf<Promise<RedisRateLimiter>>();
  // Numbers and false still work; anything else does not.
  expectTypeOf<{ requestsPerSecond: 2 }>().toExtend<NonNullable<SessionClientOptions['rateLimit']>>();
  expectTypeOf<{ take: string }>().not.toExtend<NonNullable<SessionClientOptions['rateLimit']>>();
});
