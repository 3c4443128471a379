// Node's documented registry symbol for util.inspect: the same as `inspect.custom`, without
// importing node:util, so that the errors load in runtimes that have no node:util (Workers).
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

/** Options every ingo-session error accepts. */
export interface IngoSessionErrorOptions {
  /** HTTP method of the request the error is about. */
  method?: string;
  /** URL of the request the error is about. */
  url?: string;
  /** The underlying error, kept for debugging. */
  cause?: unknown;
  /**
   * Values to remove from the message besides signatures and Authorization values (the caller's
   * secret, for example). Used for redaction only; never stored.
   */
  secrets?: readonly string[];
}

/**
 * Base class of every error ingo-session throws. Subclasses are flat (one level) and set `name`.
 * Messages carry the method and URL when known; they never carry a secret or an Authorization
 * value: `redactSecrets` is applied to every message, and `toJSON`/`util.inspect` show only the
 * safe fields.
 */
export class IngoSessionError extends Error {
  override name = 'IngoSessionError';
  /** HTTP method of the request, when the error is about one. */
  readonly method: string | undefined;
  /** URL of the request, when the error is about one. */
  readonly url: string | undefined;

  constructor(message: string, { method, url, cause, secrets }: IngoSessionErrorOptions = {}) {
    const where = method && url ? ` (${method} ${redactUrl(url)})` : '';
    super(redactSecrets(message, secrets) + where, cause === undefined ? undefined : { cause });
    this.method = method;
    this.url = url === undefined ? undefined : redactUrl(url);
  }

  /** The safe, serialisable view of the error: no cause, no headers, no secrets. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, method: this.method, url: this.url };
  }

  /** What `console.log` and `util.inspect` print: the safe view, not the cause chain. */
  [inspectCustom](): string {
    return `${this.name}: ${this.message}`;
  }
}

/** Whether `value` is any ingo-session error. */
export function isIngoSessionError(value: unknown): value is IngoSessionError {
  return value instanceof IngoSessionError;
}

const SIGNATURE = /(signature\s*=\s*")[^"]*(")/gi;
const AUTHORIZATION = /(authorization\s*[:=]\s*)(hmac|bearer|basic)\s+[^\n]*/gi;

/**
 * The shortest secret that redaction replaces. A shorter one (`INGO_SECRET=x`) cannot be told
 * apart from ordinary text: replacing it would garble every message and report (each "x" becoming
 * [REDACTED]) while protecting nothing. Such secrets are left alone by `redactSecrets`, and the
 * CLI refuses them as a usage error; Ingo-issued secrets are far longer.
 */
export const minimumRedactableSecretLength = 8;

/**
 * Why a secret cannot be used where output must never show it (`name` says where it came from), or
 * undefined: one shorter than `minimumRedactableSecretLength` cannot be redacted without garbling
 * every message. The one check every command makes.
 */
export function shortSecretProblem(secret: string, name: string): string | undefined {
  if (secret.length >= minimumRedactableSecretLength) return undefined;
  return `${name} is shorter than ${minimumRedactableSecretLength} characters, too short to keep out of output`;
}

/**
 * Removes HMAC signatures and Authorization values from text, and every given secret of at least
 * `minimumRedactableSecretLength` characters. Used on every message, log line and report this
 * project writes.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(SIGNATURE, '$1[REDACTED]$2').replace(AUTHORIZATION, '$1$2 [REDACTED]');
  for (const secret of secrets)
    if (secret.length >= minimumRedactableSecretLength) out = out.split(secret).join('[REDACTED]');
  return out;
}

/** Drops user info (`user:password@`) from a URL, which would otherwise leak into messages. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}
