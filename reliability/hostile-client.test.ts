import { describe, expect, test } from 'vitest';
import { hostileModes } from '../test-support/hostile-server.js';
import { reliabilitySizes } from './reliability-sizes.js';
import { runHostileClient } from './run-hostile-client.js';

// The hostile-server matrix at CI size: every mode in process, one of each kind through the CLI process.
describe('hostile servers: createSession and ingo-session create', () => {
  const options = reliabilitySizes.ci.hostileClient;

  test(`${hostileModes.length} modes end typed; ${options.cliModes.length} through the CLI end with exit 1, one line, under ${options.maxCliRssMb} MB`, async () => {
    const report = await runHostileClient(options);
    expect(report.failures).toEqual([]);
    expect(report.rows.map((row) => row.mode)).toEqual([...hostileModes]);
    expect(report.rows.filter((row) => row.cli).map((row) => row.cli!.exitCode)).toEqual(options.cliModes.map(() => 1));
    // The failures that are worth another attempt were retried, the others were not.
    const retried = Object.fromEntries(report.rows.map((row) => [row.mode, row.requests > 1]));
    expect(retried).toMatchObject({
      'reset-after-headers': true,
      'bad-gzip': true,
      'no-answer': true,
      'endless-chunked': false,
      'redirect-307': false,
      'stale-date-9999': false,
    });
  }, 90_000);
});
