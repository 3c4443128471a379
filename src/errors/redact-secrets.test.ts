import { describe, expect, test } from 'vitest';
import { minimumRedactableSecretLength, redactSecrets } from './ingo-session-error.js';

describe('redactSecrets', () => {
  test('a real-length secret is removed wherever it occurs', () => {
    const secret = 'c2VjcmV0LWlzc3VlZC1ieS1pbmdv';
    expect(redactSecrets(`key=${secret}; again ${secret}.`, [secret])).toBe('key=[REDACTED]; again [REDACTED].');
  });

  test('a secret shorter than the minimum never garbles text (INGO_SECRET=x left every "x" as [REDACTED])', () => {
    const text = 'expected 0x10 exchanges; max 6 boxes';
    expect(redactSecrets(text, ['x'])).toBe(text);
    expect(redactSecrets(text, ['x'.repeat(minimumRedactableSecretLength - 1)])).toBe(text);
    expect(redactSecrets('xxxxxxxx', ['x'.repeat(minimumRedactableSecretLength)])).toBe('[REDACTED]');
  });

  test('signatures and Authorization values are removed whatever the secrets', () => {
    expect(redactSecrets('Authorization: hmac username="u", signature="abc"', [''])).not.toContain('abc');
  });
});
