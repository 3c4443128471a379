import { IngoSessionError } from './ingo-session-error.js';

/**
 * Options or environment that cannot work: a missing credential, a base URL that is not a URL, a
 * negative timeout. The message names the option and what is wrong with it (never its secret value).
 */
export class ConfigurationError extends IngoSessionError {
  override name = 'ConfigurationError';
}

/** Whether `value` is a ConfigurationError. */
export function isConfigurationError(value: unknown): value is ConfigurationError {
  return value instanceof ConfigurationError;
}
