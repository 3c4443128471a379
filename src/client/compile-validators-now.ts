import { ConfigurationError } from '../errors/configuration-error.js';
import { documentedStatuses } from '../spec/find-response-schema.js';
import type { SpecValidators } from './create-spec-validators.js';

/**
 * Compiles the request checks (and, with `responses`, the check of every documented answer) when
 * the client is made, not on its first call: compiling costs milliseconds, and a Worker lets code
 * be compiled (ajv generates functions) only while it starts. There a client made while a request
 * is being handled gets a ConfigurationError saying what to do, instead of an EvalError from
 * inside a later createSession.
 */
export function compileValidatorsNow(
  validators: SpecValidators,
  { requests = true, responses = false }: { requests?: boolean; responses?: boolean } = {},
): void {
  try {
    if (requests) validators.checkBody({});
    if (requests) validators.checkIdempotencyKey('');
    // `5XX` stands for its range: 500 finds it.
    if (responses)
      for (const status of documentedStatuses) validators.checkAnswer(Number(status.replace('XX', '00')), {});
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
    throw new ConfigurationError(
      "createSessionClient: this runtime forbids compiling the spec's validators now (EvalError): make the client when the Worker starts (at module scope), or pass validate: false",
      { cause: error },
    );
  }
}
