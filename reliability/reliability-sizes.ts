import type { ChaosOptions } from './run-chaos.js';
import { hostileModes } from '../test-support/hostile-server.js';
import type { HostileClientOptions } from './run-hostile-client.js';
import type { HttpFuzzOptions } from './run-http-fuzz.js';
import type { LoadOptions } from './run-load.js';
import type { MockFloodOptions } from './run-mock-flood.js';
import type { SigningFuzzOptions } from './run-signing-fuzz.js';

/**
 * The two sizes every check runs at: `ci` for vitest (seconds, fixed seeds), `full` for
 * `npm run reliability` (the figures). Same code, different numbers.
 */
export interface ReliabilitySize {
  chaos: ChaosOptions;
  load: LoadOptions;
  httpFuzz: HttpFuzzOptions;
  signingFuzz: SigningFuzzOptions;
  hostileClient: HostileClientOptions;
  /** Run twice: JSON limits lifted (bodies stored) and at their defaults (bodies refused). */
  mockFlood: Omit<MockFloodOptions, 'liftLimits'>;
}

const chaosFaults: ChaosOptions['faults'] = {
  failRate: 0.05,
  dropAfterCommitRate: 0.05,
  latencyMs: 2,
  rateLimitPerSecond: 30,
};
const chaosBase = {
  concurrency: 50,
  faults: chaosFaults,
  speed: 50,
  retries: 6,
  explicitKeyEvery: 3,
  twinEvery: 10,
  conflictEvery: 25,
  timeoutMs: 5_000,
  minSuccessRate: 0.97,
};

export const reliabilitySizes: Record<'ci' | 'full', ReliabilitySize> = {
  ci: {
    chaos: { ...chaosBase, calls: 250, seed: 7 },
    load: { durationSeconds: 2, connections: 10, maxKeys: 100, maxHeapGrowthMb: 32 },
    httpFuzz: { rawInputs: 150, fetchInputs: 150, seed: 7, concurrency: 50, waitMs: 2_500 },
    signingFuzz: { inputs: 500, seed: 7 },
    // Every mode in process; through the CLI process, one of each kind of failure.
    hostileClient: {
      cliModes: [
        'reset-after-headers',
        'gzip-bomb',
        'endless-chunked',
        'redirect-307',
        'stale-date-9999',
        'status-999',
      ],
      timeoutMs: 300,
      maxCliRssMb: 400,
    },
    mockFlood: { requests: 150, concurrency: 8, maxRssMb: 512 },
  },
  full: {
    chaos: { ...chaosBase, calls: 2_000, seed: 2026 },
    load: {
      durationSeconds: 10,
      connections: 10,
      maxKeys: 1_000,
      maxHeapGrowthMb: 32,
    },
    httpFuzz: { rawInputs: 3_000, fetchInputs: 3_000, seed: 2026, concurrency: 50, waitMs: 2_500 },
    signingFuzz: { inputs: 5_000, seed: 2026 },
    hostileClient: { cliModes: hostileModes, timeoutMs: 300, maxCliRssMb: 400 },
    mockFlood: { requests: 6_000, concurrency: 16, maxRssMb: 512 },
  },
};
