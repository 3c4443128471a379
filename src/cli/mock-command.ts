import { createSessionPath, defaultMockCredentials, specLimits, startMock, type MockFaults } from '../index.js';
import { describeExitCodes, exitCodes, reportCliError, writeCliError } from './cli-exit-codes.js';
import type { CliIo } from './cli-io.js';
import { parseFlags } from './parse-flags.js';
import { readFlagNumber } from './read-flag-number.js';
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
  --verbose              log every request and verification detail on stderr (never secrets)
  -h, --help             show this help

Without credentials the mock accepts the public test credentials: username "${defaultMockCredentials.username}",
secret "${defaultMockCredentials.secret}".
${describeExitCodes('stopped cleanly by SIGINT or SIGTERM', 'cannot listen (port taken, address not available)')}
`;

/** Stops the command: SIGINT or SIGTERM by default; tests pass their own promise. */
export interface MockCommandOptions {
  untilStopped?: Promise<unknown>;
}

/**
 * `ingo-session mock`: starts the mock, prints the URL it listens on (never the secret) and runs
 * until stopped. Exit code 0 after a clean stop, 1 when it cannot listen, 2 for a usage error.
 */
export async function runMockCommand(args: string[], io: CliIo, { untilStopped }: MockCommandOptions = {}): Promise<number> {
  let values;
  let options;
  let credentials;
  try {
    values = parseFlags(args, {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      username: { type: 'string' },
      secret: { type: 'string' },
      'latency-ms': { type: 'string' },
      'fail-rate': { type: 'string' },
      'drop-rate': { type: 'string' },
      'rate-limit': { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(usage);
      return exitCodes.success;
    }
    credentials = readOptionalCredentials(io, { ...(values.username !== undefined && { username: values.username }), ...(values.secret !== undefined && { secret: values.secret }) });
    // Every flag is checked here, so that an error names the flag, never the option it feeds.
    const faults: MockFaults = {};
    if (values['latency-ms'] !== undefined) faults.latencyMs = readFlagNumber('--latency-ms', values['latency-ms'], { min: 0 });
    if (values['fail-rate'] !== undefined) faults.failRate = readFlagNumber('--fail-rate', values['fail-rate'], { min: 0, max: 1 });
    if (values['drop-rate'] !== undefined) faults.dropAfterCommitRate = readFlagNumber('--drop-rate', values['drop-rate'], { min: 0, max: 1 });
    if (values['rate-limit'] !== undefined) faults.rateLimitPerSecond = readFlagNumber('--rate-limit', values['rate-limit'], { min: 0, aboveMin: true });
    const port = readFlagNumber('--port', values.port ?? '4010', { integer: true, min: 0, max: 65_535 });
    options = {
      port,
      host: values.host ?? '127.0.0.1',
      faults,
      ...(credentials ? { credentials } : {}),
      ...(values.seed === undefined ? {} : { seed: readFlagNumber('--seed', values.seed, { integer: true, min: 0 }) }),
      ...(values.verbose ? { log: (event: object) => io.stderr(`${JSON.stringify(event)}\n`) } : {}),
    };
  } catch (error) {
    return reportCliError(io, 'mock', error);
  }

  let running;
  try {
    if (!credentials) io.stderr(`ingo-session mock: no credentials given; accepting the public test credentials (username "${defaultMockCredentials.username}", see --help)\n`);
    running = await startMock(options);
  } catch (error) {
    writeCliError(io, 'mock', `cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`);
    return exitCodes.refused;
  }

  io.stdout(`ingo-session mock listening on ${running.url}\n`);
  io.stderr(`Create Session: POST ${running.url}${createSessionPath}\n`);
  await (untilStopped ?? waitForSignal());
  await running.close();
  io.stderr('ingo-session mock: stopped\n');
  return exitCodes.success;
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
