import { expect, test } from 'vitest';
import { IngoSessionError } from '../errors/ingo-session-error.js';
import { SigningError, isSigningError } from './signing-error.js';

test('SigningError is a flat IngoSessionError with its own name and guard', () => {
  const error = new SigningError('cannot sign');
  expect(error).toBeInstanceOf(IngoSessionError);
  expect(error.name).toBe('SigningError');
  expect(isSigningError(error)).toBe(true);
  expect(isSigningError(new IngoSessionError('other'))).toBe(false);
  expect(isSigningError(new Error('cannot sign'))).toBe(false);
  expect(isSigningError('cannot sign')).toBe(false);
});

test('a SigningError message never carries a signature', () => {
  expect(new SigningError('bad header hmac signature="abc"').message).not.toContain('abc');
});
