import { createSessionPath, isConfigurationError, specLimits } from '../index.js';
import { defaultMockCredentials, startMock, type MockFaults, type MockLogEvent } from '../mock/index.js';
import { describeExitCodes, reportCliError, withHelpHint, writeCliError } from './cli-exit-codes.js';
import type { CliIo } from './cli-io.js';
import { openMockStore } from './open-mock-store.js';
import { parseFlags } from './parse-flags.js';
import { readFlagNumber, type NumberRange } from './read-flag-number.js';
import { readOptionalCredentials } from './read-credentials.js';

const usage = `usage: ingo-session mock [options]

Runs the embedded Create Session mock until SIGINT or SIGTERM. It verifies HMAC signatures, body
digests, clock skew, the request schema and Idempotency-Keys, and answers with spec-valid envelopes.

  --port N               port to listen on (default 4010; 0 picks a free one)
  --host H               address to listen on (default 127.0.0.1)
  --seed N               reproducible session ids, URL tokens and fault draws
  --username U           accepted username (default INGO_USERNAME)
  --secret S             accepted secret (default INGO_SECRET)
  --latency-ms N         add N ms of latency to every request
  --fail-rate P          answer 503 to a fraction P (0-1) of valid requests
  --drop-rate P          commit, then drop the connection, for a fraction P of sessions
  --rate-limit N         allow N requests per second per username, then 429 (Ingo asks for ${specLimits.requestsPerSecond})
  --max-connections N    serve at most N connections at once, then 503 (default 512)
  --max-store-bytes N    keep at most N estimated bytes of keys and sessions (default ${specLimits.mockStoreBytes})
  --store URL            keep sessions and keys in Redis (redis://…), shared by every mock on that
                         Redis; needs the optional package ioredis (default: in memory)
  --max-json-depth N     refuse bodies nested deeper than N (default ${specLimits.mockMaxJsonDepth})
  --max-json-members N   refuse bodies with more than N object members (default ${specLimits.mockMaxJsonMembers})
  --verbose              log every request and verification detail on stderr (never secrets)
  --explain              diagnose each rejected signature (see ingo-session explain) and put the
                         diagnosis into the 401 answer (client_message and an X-Ingo-Explain
                         header); with --verbose, log it too. For local debugging, off by default
  -h, --help             show this help

Without credentials the mock accepts the public test credentials: username "${defaultMockCredentials.username}",
secret "${defaultMockCredentials.secret}".
${describeExitCodes('stopped cleanly by SIGINT or SIGTERM', 'cannot listen (port taken, address not available) or cannot reach the --store')}
`;

/** Stops the command: SIGINT or SIGTERM by default; tests pass their own promise. */
export interface MockCommandOptions {
  untilStopped?: Promise<unknown>;
}

/**
 * `ingo-session mock`: starts the mock, prints the URL it listens on (never the secret) and runs
 * until stopped. Exit code 0 after a clean stop, 1 when it cannot listen, 2 for a usage error.
 */
export async function runMockCommand(
  args: string[],
  io: CliIo,
  { untilStopped }: MockCommandOptions = {},
): Promise<number> {
  let values;
  try {
    ({ values } = parseFlags({
      args,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        username: { type: 'string' },
        secret: { type: 'string' },
        'latency-ms': { type: 'string' },
        'fail-rate': { type: 'string' },
        'drop-rate': { type: 'string' },
        'rate-limit': { type: 'string' },
        'max-connections': { type: 'string' },
        'max-store-bytes': { type: 'string' },
        store: { type: 'string' },
        'max-json-depth': { type: 'string' },
        'max-json-members': { type: 'string' },
        verbose: { type: 'boolean' },
        explain: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return reportCliError(io, 'mock', error);
  }
  if (values.help) {
    io.stdout(usage);
    return 0;
  }

  let running;
  let stopStore: (() => Promise<void>) | undefined;
  try {
    const credentials = readOptionalCredentials(io, {
      ...(values.username !== undefined && { username: values.username }),
      ...(values.secret !== undefined && { secret: values.secret }),
    });
    const faults: MockFaults = {};
    if (values['latency-ms'] !== undefined) faults.latencyMs = readNumber('--latency-ms', values['latency-ms']);
    if (values['fail-rate'] !== undefined) faults.failRate = readNumber('--fail-rate', values['fail-rate'], { max: 1 });
    if (values['drop-rate'] !== undefined)
      faults.dropAfterCommitRate = readNumber('--drop-rate', values['drop-rate'], { max: 1 });
    if (values['rate-limit'] !== undefined)
      faults.rateLimitPerSecond = readNumber('--rate-limit', values['rate-limit'], { aboveMin: true });
    const port = readNumber('--port', values.port ?? '4010', { integer: true, max: 65_535 });
    const options = {
      port,
      host: values.host ?? '127.0.0.1',
      faults,
      ...(credentials ? { credentials } : {}),
      ...(values.seed === undefined ? {} : { seed: readNumber('--seed', values.seed, { integer: true }) }),
      ...(values['max-connections'] === undefined
        ? {}
        : {
            maxConnections: readNumber('--max-connections', values['max-connections'], {
              integer: true,
              aboveMin: true,
            }),
          }),
      ...(values['max-store-bytes'] === undefined
        ? {}
        : {
            maxStoreBytes: readNumber('--max-store-bytes', values['max-store-bytes'], {
              integer: true,
              aboveMin: true,
            }),
          }),
      ...(values['max-json-depth'] === undefined
        ? {}
        : {
            maxJsonDepth: readNumber('--max-json-depth', values['max-json-depth'], { integer: true, aboveMin: true }),
          }),
      ...(values['max-json-members'] === undefined
        ? {}
        : {
            maxJsonMembers: readNumber('--max-json-members', values['max-json-members'], {
              integer: true,
              aboveMin: true,
            }),
          }),
      ...(values.verbose
        ? { log: (event: object) => io.stderr(`${JSON.stringify(event)}\n`) }
        : // A store outage is worth a line even when not verbose: it is why clients see 503.
          values.store !== undefined && {
            log: (event: MockLogEvent) =>
              event.type === 'store_failed' &&
              io.stderr(`ingo-session mock: the store failed (${event.operation}: ${event.message}); answered 503\n`),
          }),
      ...(values.explain ? { explain: true } : {}),
    };
    const store = values.store === undefined ? undefined : await openMockStore(values.store, options.maxStoreBytes, io);
    if (store === 'failed') return 1;
    stopStore = store?.close;
    if (!credentials)
      io.stderr(
        `ingo-session mock: no credentials given; accepting the public test credentials (username "${defaultMockCredentials.username}", see --help)\n`,
      );
    running = await startMock({ ...options, ...(store ? { store } : {}) });
  } catch (error) {
    if (error instanceof RangeError || isConfigurationError(error)) {
      writeCliError(io, 'mock', withHelpHint(error.message));
      return 2;
    }
    // startMock closes the store with the mock; one that never listened is closed here.
    await stopStore?.();
    io.stderr(`ingo-session mock: cannot listen: ${(error as Error).message}\n`);
    return 1;
  }

  io.stdout(`ingo-session mock listening on ${running.url}\n`);
  io.stderr(`Create Session: POST ${running.url}${createSessionPath}\n`);
  await (untilStopped ?? waitForSignal());
  await running.close();
  io.stderr('ingo-session mock: stopped\n');
  return 0;
}

/** Every numeric flag of the mock is ≥ 0; checked here so that an error names the flag, not the option it feeds. */
function readNumber(flag: string, value: string, range: NumberRange = {}): number {
  return readFlagNumber(flag, value, { min: 0, ...range });
}

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
