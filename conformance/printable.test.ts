import { expect, test } from 'vitest';
import { printable } from './printable.js';

test('control characters, escape sequences included, become U+FFFD; everything else stays', () => {
  expect(printable('ok \x1b[2Jcleared\r\n\u0085 é 😀')).toBe('ok \uFFFD[2Jcleared\uFFFD\uFFFD\uFFFD é 😀');
});
