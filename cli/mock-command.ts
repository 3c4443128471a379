import { createSessionPath, specLimits } from '../src/index.js';
import { defaultMaxKeys, defaultMockCredentials, startMock } from '../src/mock/index.js';
import { writeCliError } from './cli-exit-codes.js';
import type { CliIo } from './cli-io.js';
import { defineCommand } from './define-command.js';
import { boolean, number, secret, text } from './flags.js';
import { readOptionalCredentials } from './read-credentials.js';

/** The process-like IO; tests pass `untilStopped` to stop the mock instead of SIGINT or SIGTERM. */
export type MockCliIo = CliIo & { untilStopped?: Promise<unknown> };

// Every numeric flag of the mock is ≥ 0; checked by the table so that an error names the flag, not the option it feeds.
const count = { integer: true, min: 0, aboveMin: true };
const probability = { min: 0, max: 1 };

/**
 * `ingo-session mock`: starts the mock, prints the URL it listens on (never the secret) and runs
 * until stopped. Exit code 0 after a clean stop, 1 when it cannot listen, 2 for a usage error.
 */
export const runMockCommand = defineCommand({
  name: 'mock',
  about: `Runs the embedded Create Session mock until SIGINT or SIGTERM. It verifies HMAC signatures, body
digests, clock skew, the request schema and Idempotency-Keys, and answers with spec-valid envelopes.`,
  flags: {
    port: number(
      'N',
      'port to listen on (default 4010; 0 picks a free one)',
      { integer: true, min: 0, max: 65_535 },
      4010,
    ),
    host: text('H', 'address to listen on (default 127.0.0.1)'),
    seed: number('N', 'reproducible session ids, URL tokens and fault draws', { integer: true, min: 0 }),
    username: text('U', 'accepted username (default INGO_USERNAME)'),
    secret: secret(text('S', 'accepted secret (default INGO_SECRET)')),
    'latency-ms': number('N', 'add N ms of latency to every request', { min: 0 }),
    'fail-rate': number('P', 'answer 503 to a fraction P (0-1) of valid requests', probability),
    'drop-rate': number('P', 'commit, then drop the connection, for a fraction P of sessions', probability),
    'rate-limit': number(
      'N',
      `allow N requests per second per username, then 429 (Ingo asks for ${specLimits.requestsPerSecond})`,
      { min: 0, aboveMin: true },
    ),
    'max-connections': number('N', 'serve at most N connections at once, then 503 (default 512)', count),
    'max-keys': number(
      'N',
      `keep at most N sessions with their keys (default ${defaultMaxKeys}, each under 4 KiB);\nat the cap the oldest sixteenth is forgotten`,
      count,
    ),
    'max-json-depth': number('N', `refuse bodies nested deeper than N (default ${specLimits.mockMaxJsonDepth})`, count),
    'max-json-members': number(
      'N',
      `refuse bodies with more than N object members (default ${specLimits.mockMaxJsonMembers})`,
      count,
    ),
    verbose: boolean('log every request, and why each rejected signature failed, on stderr (never secrets)'),
    explain: boolean(
      'diagnose each rejected signature (see ingo-session explain) and put the\nreason and the diagnosis into the 401 answer (client_message and an\nX-Ingo-Explain header); with --verbose, log it too. For local debugging',
    ),
  },
  notes: `Without credentials the mock accepts the public test credentials: username "${defaultMockCredentials.username}",
secret "${defaultMockCredentials.secret}".`,
  exitCodes: {
    success: 'stopped cleanly by SIGINT or SIGTERM',
    refused: 'cannot listen (port taken, address not available)',
  },
  run: async (options, io: MockCliIo) => {
    const credentials = readOptionalCredentials(io, {
      ...(options.username !== undefined && { username: options.username }),
      ...(options.secret !== undefined && { secret: options.secret }),
    });
    // Flags not given are undefined, which the mock's own defaults replace.
    const mockOptions: Parameters<typeof startMock>[0] & object = {
      port: options.port,
      host: options.host,
      credentials,
      seed: options.seed,
      faults: {
        latencyMs: options.latencyMs,
        failRate: options.failRate,
        dropAfterCommitRate: options.dropRate,
        rateLimitPerSecond: options.rateLimit,
      },
      maxConnections: options.maxConnections,
      maxKeys: options.maxKeys,
      maxJsonDepth: options.maxJsonDepth,
      maxJsonMembers: options.maxJsonMembers,
      explain: options.explain,
      log: options.verbose ? (event) => io.stderr(`${JSON.stringify(event)}\n`) : undefined,
    };
    if (!credentials)
      io.stderr(
        `ingo-session mock: no credentials given; accepting the public test credentials (username "${defaultMockCredentials.username}", see --help)\n`,
      );
    let running;
    try {
      running = await startMock(mockOptions);
    } catch (error) {
      return writeCliError(io, 'mock', `cannot listen: ${(error as Error).message}`);
    }
    io.stdout(`ingo-session mock listening on ${running.url}\n`);
    io.stderr(`Create Session: POST ${running.url}${createSessionPath}\n`);
    await (io.untilStopped ?? waitForSignal());
    await running.close();
    io.stderr('ingo-session mock: stopped\n');
    return 0;
  },
});

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
