/**
 * Run with `node --expose-gc --import tsx`: fills an in-memory store with `argv[2]` keys and
 * sessions of realistic size (UUID keys, ids and participant id, a 43-character digest) and prints
 * `{ measured, estimated }`, the heap growth after GC and the store's own estimate, in bytes.
 */
import { randomUUID } from 'node:crypto';
import { createMemoryStore } from '../src/mock/create-memory-store.js';

const count = Number(process.argv[2] ?? 20_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const store = createMemoryStore({ windowMs: 7_200_000, maxBytes: 2 ** 40 });
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < count; i++) {
  const key = randomUUID();
  const bodyDigest = randomUUID().replaceAll('-', '').padEnd(43, 'x');
  store.claimKey('reliability-user', key, bodyDigest, i);
  store.saveSession({
    session_identifier: randomUUID(),
    participant_unique_id1: randomUUID(),
    participant_unique_id2: '',
    username: 'reliability-user',
    idempotencyKey: key,
    createdAt: i,
    bodyDigest,
  });
}
gc();
const measured = process.memoryUsage().heapUsed - before;
console.log(JSON.stringify({ measured, estimated: store.stats(count).bytes }));
