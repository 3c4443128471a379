import { ConfigurationError, type Credentials } from '../src/index.js';
import { shortSecretProblem } from '../src/errors/ingo-session-error.js';
import { credentialVariables, type CliIo } from './cli-io.js';

/**
 * Reads the HMAC credentials from INGO_USERNAME and INGO_SECRET (explicit values, such as the mock's
 * `--username`/`--secret`, win). Throws a ConfigurationError naming the missing variable, or a
 * secret shorter than `minimumRedactableSecretLength`: one that short cannot be kept out of output
 * without garbling it (see redactSecrets). The secret itself is never part of a message.
 */
export function readCredentials(io: CliIo, explicit: Partial<Credentials> = {}): Credentials {
  const username = explicit.username ?? io.env[credentialVariables.username];
  const secret = explicit.secret ?? io.env[credentialVariables.secret];
  for (const [name, value] of [
    [credentialVariables.username, username],
    [credentialVariables.secret, secret],
  ] as const) {
    if (!value)
      throw new ConfigurationError(
        `${name} is not set: export the ${name === credentialVariables.secret ? 'HMAC secret' : 'HMAC username'} issued by Ingo`,
      );
  }
  const short = shortSecretProblem(secret!, explicit.secret === undefined ? credentialVariables.secret : '--secret');
  if (short)
    throw new ConfigurationError(
      `${short}; use the secret Ingo issued (for a server that checks no signature, such as Prism, any longer placeholder)`,
    );
  return { username: username!, secret: secret! };
}

/** Like readCredentials, but undefined when neither is given: for commands with default credentials. */
export function readOptionalCredentials(io: CliIo, explicit: Partial<Credentials> = {}): Credentials | undefined {
  const given =
    explicit.username ?? explicit.secret ?? io.env[credentialVariables.username] ?? io.env[credentialVariables.secret];
  return given ? readCredentials(io, explicit) : undefined;
}
