/**
 * The ingo-session client, speaking the certification protocol: one Create Session call with the
 * body in INGO_BODY_FILE, the final answer's JSON on stdout, exit 0 on success and 1 on failure.
 *
 *   ingo-session certify --strict -- npx tsx examples/typescript/certify-client.ts
 *
 * In your own project, import from 'ingo-session' instead of the source tree.
 */
import { readFile } from 'node:fs/promises';
import { createSessionClient, type CreateSessionBody } from '../../src/index.js';

const env = (name: string) => process.env[name] ?? '';
const ingo = createSessionClient({
  username: env('INGO_USERNAME'),
  secret: env('INGO_SECRET'),
  baseUrl: env('INGO_BASE_URL'),
  // Ingo answers in under a second: an attempt stalled for 5 s is abandoned and retried.
  timeoutMs: 5_000,
  // Six retries with full jitter, ceilings from 400 ms up to 2 s; Retry-After is honoured up to 10 s.
  // The ceilings start above the 200 ms the client's own 5-per-second pacing waits anyway, so the
  // jitter is not swallowed by it (waits of 200 ms each would look like a fixed schedule).
  retries: { retries: 6, baseDelayMs: 400, maxDelayMs: 2_000 },
});

const body = JSON.parse(await readFile(env('INGO_BODY_FILE'), 'utf8')) as CreateSessionBody;
try {
  const result = await ingo.createSession(body);
  if (result.data) {
    console.log(JSON.stringify(result.data));
  } else {
    console.log(
      JSON.stringify({
        httpStatus: result.error.httpStatus,
        status: result.error.status,
        message: result.error.message,
      }),
    );
    process.exitCode = 1;
  }
} catch (error) {
  // Not an answer the spec declares (a network failure, a timeout after every retry, a redirect).
  console.log(JSON.stringify({ error: String(error) }));
  process.exitCode = 1;
}
