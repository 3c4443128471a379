/**
 * `ingo-session/redis`: what lets several processes act as one account. Needs the optional peer
 * dependency `ioredis`; the main entry never imports this one.
 */
export {
  createRedisRateLimiter,
  type RedisRateLimiter,
  type RedisRateLimiterOptions,
  type RedisUnavailablePolicy,
} from './create-redis-rate-limiter.js';
export { RateLimiterUnavailableError, isRateLimiterUnavailableError } from './rate-limiter-unavailable-error.js';
export type { RedisTarget } from './connect-redis.js';
