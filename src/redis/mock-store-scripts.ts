import { defineScript } from './eval-script.js';

/*
 * The Redis mock store's atomic steps. Every key name starts with the store's prefix (ARGV[1]):
 *   k:<scoped>       hash of one Idempotency-Key: state (in_flight | committed), digest, at (the
 *                    mock clock at the first claim), owner (the claim's token, while in flight),
 *                    session (JSON, once committed); its Redis TTL is the lease while in flight
 *                    (renewed by the process holding it) and the rest of the window once committed
 *   inflight         hash scoped -> estimated bytes of each reservation (never evicted; an entry
 *                    whose reservation lapsed is dropped by the next stats call)
 *   keys             sorted set of committed keys by `at`: the eviction order, oldest first
 *   keysizes, keybytes      estimated bytes per committed key, and their sum
 *   s:<id>           one session (JSON)
 *   sessions         sorted set of session ids by arrival; sessionsizes, sessionbytes as for keys
 *   bykey:<key>      the scoped name of the last key entry for a raw key (findSessionByKey)
 * The names are built inside the scripts, so the store needs one Redis, not a cluster.
 */

// Shared Lua: forget a committed key and its bookkeeping; drop committed keys that the mock's
// clock has expired (a bounded batch per call) and the oldest beyond the byte or count cap.
const helpers = `
local function forgetKey(p, scoped)
  redis.call('DEL', p .. 'k:' .. scoped)
  redis.call('ZREM', p .. 'keys', scoped)
  local bytes = redis.call('HGET', p .. 'keysizes', scoped)
  if bytes then
    redis.call('HDEL', p .. 'keysizes', scoped)
    redis.call('DECRBY', p .. 'keybytes', bytes)
  end
end
local function pruneKeys(p, now, window, maxBytes, maxCount)
  for _, scoped in ipairs(redis.call('ZRANGEBYSCORE', p .. 'keys', '-inf', now - window, 'LIMIT', 0, 100)) do forgetKey(p, scoped) end
  while redis.call('ZCARD', p .. 'keys') > 0 and (tonumber(redis.call('GET', p .. 'keybytes') or '0') > maxBytes or (maxCount > 0 and redis.call('ZCARD', p .. 'keys') > maxCount)) do
    forgetKey(p, redis.call('ZRANGE', p .. 'keys', 0, 0)[1])
  end
end
`;

/**
 * ARGV: prefix, scoped, digest, now, windowMs, reservationBytes, owner (this claim's token), stale
 * (the token of an earlier claim of this process that may have reserved the key but could not
 * release it, '' if none), leaseMs. Returns {state, digest?, session?}. A reservation held by
 * `stale` is taken over: its request already failed, so the key must not stay in flight until the
 * window ends. A new reservation lives for the lease: renewScript keeps it while its process runs.
 */
export const claimKeyScript = defineScript(`${helpers}
local p, scoped, now, window = ARGV[1], ARGV[2], tonumber(ARGV[4]), tonumber(ARGV[5])
local k = p .. 'k:' .. scoped
local entry = redis.call('HMGET', k, 'state', 'digest', 'at', 'session', 'owner')
if entry[1] == 'in_flight' and (ARGV[8] == '' or entry[5] ~= ARGV[8]) then return {'in_flight', entry[2]} end
if entry[1] == 'committed' then
  if now - tonumber(entry[3]) < window then return {'committed', entry[2], entry[4]} end
  forgetKey(p, scoped)
end
redis.call('DEL', k)
redis.call('HSET', k, 'state', 'in_flight', 'digest', ARGV[3], 'at', ARGV[4], 'owner', ARGV[7])
redis.call('PEXPIRE', k, math.min(tonumber(ARGV[9]), window))
redis.call('HSET', p .. 'inflight', scoped, ARGV[6])
return {'reserved'}
`);

/**
 * ARGV: prefix, session JSON, session id, session bytes, max session bytes, max sessions (0: no
 * cap), scoped key ('' without one), raw key, key bytes, digest, now, windowMs, max key bytes,
 * max keys (0: no cap), owner (the reservation's token). Returns 1 (committed with its key), 0
 * (no key) or -1, saving nothing, when the key's reservation lapsed and another claim holds or
 * committed the key since: the session would otherwise replace that claim's.
 */
export const saveSessionScript = defineScript(`${helpers}
local p, json, id = ARGV[1], ARGV[2], ARGV[3]
local maxSessionBytes, maxSessions = tonumber(ARGV[5]), tonumber(ARGV[6])
if ARGV[7] ~= '' then
  local held = redis.call('HMGET', p .. 'k:' .. ARGV[7], 'state', 'owner')
  if held[1] and not (held[1] == 'in_flight' and held[2] == ARGV[15]) then return -1 end
end
redis.call('SET', p .. 's:' .. id, json)
redis.call('ZADD', p .. 'sessions', redis.call('INCR', p .. 'seq'), id)
redis.call('HSET', p .. 'sessionsizes', id, ARGV[4])
redis.call('INCRBY', p .. 'sessionbytes', ARGV[4])
while redis.call('ZCARD', p .. 'sessions') > 0 and (tonumber(redis.call('GET', p .. 'sessionbytes')) > maxSessionBytes or (maxSessions > 0 and redis.call('ZCARD', p .. 'sessions') > maxSessions)) do
  local oldest = redis.call('ZRANGE', p .. 'sessions', 0, 0)[1]
  redis.call('ZREM', p .. 'sessions', oldest)
  redis.call('DEL', p .. 's:' .. oldest)
  redis.call('DECRBY', p .. 'sessionbytes', redis.call('HGET', p .. 'sessionsizes', oldest))
  redis.call('HDEL', p .. 'sessionsizes', oldest)
end
local scoped = ARGV[7]
if scoped == '' then return 0 end
local now, window = tonumber(ARGV[11]), tonumber(ARGV[12])
local k = p .. 'k:' .. scoped
-- The window runs from the first request's claim, not from the commit.
local at = tonumber(redis.call('HGET', k, 'at') or ARGV[11])
redis.call('HDEL', p .. 'inflight', scoped)
forgetKey(p, scoped)
redis.call('HSET', k, 'state', 'committed', 'digest', ARGV[10], 'at', at, 'session', json)
local remaining = math.max(1, math.ceil(window - (now - at)))
redis.call('PEXPIRE', k, remaining)
redis.call('ZADD', p .. 'keys', at, scoped)
redis.call('HSET', p .. 'keysizes', scoped, ARGV[9])
redis.call('INCRBY', p .. 'keybytes', ARGV[9])
redis.call('SET', p .. 'bykey:' .. ARGV[8], scoped, 'PX', remaining)
pruneKeys(p, now, window, tonumber(ARGV[13]), tonumber(ARGV[14]))
return 1
`);

/** ARGV: prefix, scoped, owner. Forgets the owner's reservation (not a committed key, nor another claim's). */
export const releaseKeyScript = defineScript(`
local p, scoped = ARGV[1], ARGV[2]
local entry = redis.call('HMGET', p .. 'k:' .. scoped, 'state', 'owner')
if entry[1] ~= 'in_flight' or entry[2] ~= ARGV[3] then return 0 end
redis.call('DEL', p .. 'k:' .. scoped)
redis.call('HDEL', p .. 'inflight', scoped)
return 1
`);

/**
 * ARGV: prefix, then pairs of scoped key and owner token: renews the lease (ARGV[2]) of each
 * reservation the pair still holds. Returns how many it renewed.
 */
export const renewScript = defineScript(`
local p, lease, renewed = ARGV[1], tonumber(ARGV[2]), 0
for i = 3, #ARGV, 2 do
  local k = p .. 'k:' .. ARGV[i]
  local held = redis.call('HMGET', k, 'state', 'owner')
  if held[1] == 'in_flight' and held[2] == ARGV[i + 1] then
    redis.call('PEXPIRE', k, lease)
    renewed = renewed + 1
  end
end
return renewed
`);

/** ARGV: prefix, now, windowMs, max key bytes, max keys. Returns {sessions, keys, inFlight, bytes}. */
export const statsScript = defineScript(`${helpers}
local p = ARGV[1]
pruneKeys(p, tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]))
local inFlight, inFlightBytes = 0, 0
local entries = redis.call('HGETALL', p .. 'inflight')
for i = 1, #entries, 2 do
  -- A reservation whose lease lapsed (its process died) is gone: so is its bookkeeping.
  if redis.call('HGET', p .. 'k:' .. entries[i], 'state') == 'in_flight' then
    inFlight = inFlight + 1
    inFlightBytes = inFlightBytes + tonumber(entries[i + 1])
  else
    redis.call('HDEL', p .. 'inflight', entries[i])
  end
end
local bytes = tonumber(redis.call('GET', p .. 'keybytes') or '0') + tonumber(redis.call('GET', p .. 'sessionbytes') or '0') + inFlightBytes
return {redis.call('ZCARD', p .. 'sessions'), redis.call('ZCARD', p .. 'keys'), inFlight, bytes}
`);
