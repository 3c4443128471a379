import { ConfigurationError } from '../errors/configuration-error.js';
import type { SpecValidators } from './create-spec-validators.js';

/**
 * Compiles the request checks when the client is made, not on its first call: compiling costs
 * milliseconds, and a Worker lets code be compiled (ajv generates functions) only while it starts.
 * There a client made while a request is being handled gets a ConfigurationError saying what to
 * do, instead of an EvalError from inside its first createSession.
 */
export function compileValidatorsNow(validators: SpecValidators): void {
  try {
    validators.checkBody({});
    validators.checkIdempotencyKey('');
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
    throw new ConfigurationError(
      "createSessionClient: this runtime forbids compiling the spec's validators now (EvalError): make the client when the Worker starts (at module scope), or pass validate: false",
      { cause: error },
    );
  }
}
