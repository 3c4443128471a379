import { expect, test } from 'vitest';
import { isConfigurationError } from '../errors/configuration-error.js';
import { compileValidatorsNow } from './compile-validators-now.js';
import { createSpecValidators, type SpecValidators } from './create-spec-validators.js';

test('compiles the body and Idempotency-Key checks at once', () => {
  const asked: string[] = [];
  const validators = createSpecValidators();
  compileValidatorsNow({
    ...validators,
    checkBody: (body) => (asked.push('body'), validators.checkBody(body)),
    checkIdempotencyKey: (key) => (asked.push('key'), validators.checkIdempotencyKey(key)),
  });
  expect(asked).toEqual(['body', 'key']);
});

test('with responses, compiles the check of every documented answer too', () => {
  const statuses: number[] = [];
  const validators = createSpecValidators();
  compileValidatorsNow(
    { ...validators, checkAnswer: (status, body) => (statuses.push(status), validators.checkAnswer(status, body)) },
    { responses: true },
  );
  expect(statuses).toContain(200);
  expect(statuses).toContain(500);
  expect(statuses.every((status) => Number.isInteger(status) && status >= 200 && status < 600)).toBe(true);
});

test("a runtime that forbids compiling code (a Worker's request) gets a ConfigurationError saying what to do", () => {
  const forbidding: SpecValidators = {
    checkBody: () => {
      throw new EvalError('Code generation from strings disallowed for this context');
    },
    checkIdempotencyKey: () => undefined,
    checkAnswer: () => undefined,
  };
  let thrown: unknown;
  try {
    compileValidatorsNow(forbidding);
  } catch (error) {
    thrown = error;
  }
  expect(isConfigurationError(thrown)).toBe(true);
  expect((thrown as Error).message).toContain(
    'make the client when the Worker starts (at module scope), or pass validate: false',
  );
  expect((thrown as Error).cause).toBeInstanceOf(EvalError);
});

test('other errors pass through unchanged', () => {
  const failing = new TypeError('not a compile problem');
  expect(() =>
    compileValidatorsNow({
      checkBody: () => {
        throw failing;
      },
      checkIdempotencyKey: () => undefined,
      checkAnswer: () => undefined,
    }),
  ).toThrow(failing);
});
