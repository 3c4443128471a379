import { defineScript } from './eval-script.js';

/**
 * The token bucket of src/rate-limit/token-bucket.ts (GCRA: one number of state, the time the
 * next token is free) as one Lua script, so that Redis reserves the slot atomically: no
 * read-then-write race between processes, and every process reads the same clock (Redis's TIME),
 * so their own clocks may disagree. KEYS[1] is the bucket; ARGV[1] the interval in ms
 * (1000 / requestsPerSecond); ARGV[2] the burst. Returns how long the caller must wait, in ms, as
 * a string (Lua numbers would be truncated to integers on the way out). The key expires when the
 * bucket is full again, which is the same as having no key.
 */
export const gcraScript = defineScript(`
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local nextFreeAt = now
local stored = redis.call('GET', KEYS[1])
if stored then nextFreeAt = math.max(now, tonumber(stored)) end
local startAt = math.max(now, nextFreeAt - (burst - 1) * interval)
local newNextFreeAt = nextFreeAt + interval
redis.call('SET', KEYS[1], string.format('%.3f', newNextFreeAt), 'PX', math.ceil(newNextFreeAt - now))
return string.format('%.3f', startAt - now)
`);
