/**
 * The mock under load, in a process of its own so that its RSS is the mock's alone and autocannon
 * does not share its event loop. Started by startMockChild with `--expose-gc` and an IPC channel;
 * its options come as JSON in argv[2]. It answers `{ type: 'stats' }` with its memory, store sizes
 * and the statuses it answered, and exits on `{ type: 'stop' }` or when the parent goes away.
 */
import { startMock } from '../src/mock/start-mock.js';
import type { MockChildOptions, MockChildReply, MockChildRequest } from './start-mock-child.js';
import { reliabilityCredentials } from './reliability-fixtures.js';

const options = JSON.parse(process.argv[2] ?? '{}') as MockChildOptions;
const statuses: Record<string, number> = {};
const mock = await startMock({
  credentials: reliabilityCredentials,
  now: () => options.nowMs,
  seed: 1,
  maxKeys: options.maxKeys,
  log: (event) => {
    if (event.type === 'response') statuses[event.httpStatus] = (statuses[event.httpStatus] ?? 0) + 1;
  },
});

const send = (reply: MockChildReply) => process.send!(reply);
process.on('message', (message: MockChildRequest) => {
  if (message.type === 'stop') return void mock.close().finally(() => process.exit(0));
  // Collected first, so that RSS and heap show what the mock keeps, not garbage not yet collected.
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  send({
    type: 'stats',
    id: message.id,
    rss,
    heapUsed,
    idempotencyEntries: mock.sessions.idempotencyEntries,
    sessions: mock.sessions.size,
    statuses: { ...statuses },
  });
});
process.on('disconnect', () => void mock.close().finally(() => process.exit(0)));
send({ type: 'ready', url: mock.url });
