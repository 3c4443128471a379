import type * as IngoSession from '../src/index.js';
import { assert } from './smoke-assert.js';
import type { SmokeInput } from './smoke-checks.js';

/** The smoke checks of the client against the mock: a session and its replay, the typed errors, redaction. */
export const clientChecks: Record<'create-session' | 'errors' | 'redaction', (input: SmokeInput) => Promise<string>> = {
  async 'create-session'({ lib, mockUrl, credentials, client }) {
    const sessions = client ?? lib.createSessionClient({ baseUrl: mockUrl, ...credentials, validateResponses: true });
    const idempotencyKey = crypto.randomUUID();
    const result = await sessions.createSession(minimalBody(lib), { idempotencyKey });
    assert(result.data !== undefined, `createSession answered ${JSON.stringify(result.error?.message)}`);
    const replay = await sessions.createSession(minimalBody(lib), { idempotencyKey });
    assert(
      replay.data?.status === 101 && replay.data.data.session_identifier === result.data.data.session_identifier,
      'the same Idempotency-Key did not replay the session',
    );
    return `status ${result.data.status}, replayed ${replay.data.status}`;
  },

  async errors({ lib, mockUrl, credentials, client }) {
    const sessions = client ?? lib.createSessionClient({ baseUrl: mockUrl, ...credentials, validateResponses: true });
    const invalid = await sessions.createSession({} as IngoSession.CreateSessionBody).catch((error: unknown) => error);
    assert(
      lib.isRequestValidationError(invalid) &&
        invalid instanceof lib.IngoSessionError &&
        invalid.name === 'RequestValidationError',
      `an empty body gave ${String(invalid)}`,
    );
    const wrong = lib.createSessionClient({
      baseUrl: mockUrl,
      username: credentials.username,
      secret: `${credentials.secret}-wrong`,
      retries: 0,
      validate: false,
    });
    const rejected = await wrong.createSession(minimalBody(lib));
    assert(lib.isAuthenticationError(rejected.error), `a wrong secret gave ${JSON.stringify(rejected.error?.name)}`);
    const signing = lib
      .signRequest({ method: 'POST', path: '/', body: '' }, credentials, {
        algorithm: 'hmac-md5' as IngoSession.SigningAlgorithm,
      })
      .catch((error: unknown) => error);
    assert(lib.isSigningError(await signing), 'an unknown algorithm was not a SigningError');
    // A validating client made while a request runs: fine where code may be compiled at any time;
    // in a Worker (compiling only at start-up) a ConfigurationError that says so.
    let late = 'a client made in a request works';
    try {
      lib.createSessionClient({ baseUrl: mockUrl, ...credentials });
    } catch (error) {
      assert(
        lib.isConfigurationError(error) && error.message.includes('module scope'),
        `a client made in a request threw ${String(error)}`,
      );
      late = 'a client made in a request: ConfigurationError';
    }
    return `RequestValidationError, AuthenticationError, SigningError; ${late}`;
  },

  async redaction({ lib, mockUrl, credentials }) {
    const secret = `${credentials.secret}-wrong`;
    const wrong = lib.createSessionClient({
      baseUrl: mockUrl,
      username: credentials.username,
      secret,
      retries: 0,
      validate: false,
    });
    const { error } = await wrong.createSession(minimalBody(lib));
    assert(error, 'a wrong secret was accepted');
    const shown = [error.message, String(error), JSON.stringify(error), JSON.stringify(wrong), String(wrong)];
    for (const text of shown) assert(!text.includes(secret), `the secret appears in: ${text.slice(0, 80)}`);
    const redacted = lib.redactSecrets(`authorization: hmac username="u", signature="c2lnbmF0dXJl" and ${secret}`, [
      secret,
    ]);
    assert(!redacted.includes('c2lnbmF0dXJl') && !redacted.includes(secret), `redactSecrets left: ${redacted}`);
    return 'messages, JSON and strings carry no secret';
  },
};

function minimalBody(lib: typeof IngoSession): IngoSession.CreateSessionBody {
  return lib.spec.components.examples.MinimalRequest.value as IngoSession.CreateSessionBody;
}
