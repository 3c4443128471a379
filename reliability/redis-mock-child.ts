/**
 * One mock process of the shared-store chaos run (run-redis-chaos.ts): the mock with its faults,
 * keeping sessions and keys in Redis under `prefix`. Options come as JSON in argv[2]. It replies
 * `ready` with its URL; on `stop` it closes and replies `stopped` with its fault counts and the
 * sessions it created and replayed (so the parent can tell which replays crossed instances).
 */
import { createRedisMockStore } from '../src/redis/create-redis-mock-store.js';
import type { MockFaults, MockLogEvent } from '../src/mock/mock-options.js';
import { startMock } from '../src/mock/start-mock.js';
import { countMockFaults } from './count-mock-faults.js';
import { reliabilityCredentials } from './reliability-fixtures.js';

/** What the parent passes. */
export interface RedisMockChildOptions {
  redisUrl: string;
  prefix: string;
  seed: number;
  faults: Pick<MockFaults, 'failRate' | 'dropAfterCommitRate' | 'latencyMs'>;
}

/** Messages from the child. */
export type RedisMockChildReply =
  | { type: 'ready'; url: string }
  | {
      type: 'stopped';
      faults: ReturnType<typeof countMockFaults>;
      created: string[];
      replayed: string[];
      remoteWaits: number;
    };

const options = JSON.parse(process.argv[2] ?? '{}') as RedisMockChildOptions;
const events: MockLogEvent[] = [];
const created: string[] = [];
const replayed: string[] = [];
const store = await createRedisMockStore({ url: options.redisUrl, prefix: options.prefix });
const mock = await startMock({
  credentials: reliabilityCredentials,
  store,
  seed: options.seed,
  faults: options.faults,
  log: (event) => {
    if (event.type === 'fault' || event.type === 'response') events.push(event);
    if (event.type === 'session_created') created.push(event.sessionIdentifier);
    if (event.type === 'session_replayed') replayed.push(event.sessionIdentifier);
  },
});

process.once('message', async () => {
  await mock.close();
  process.send!(
    {
      type: 'stopped',
      faults: countMockFaults(events),
      created,
      replayed,
      remoteWaits: store.remoteWaits,
    } satisfies RedisMockChildReply,
    () => process.exit(0),
  );
});
process.on('disconnect', () => process.exit(1));
process.send!({ type: 'ready', url: mock.url } satisfies RedisMockChildReply);
