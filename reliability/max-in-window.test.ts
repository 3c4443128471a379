import { expect, test } from 'vitest';
import { maxInWindow } from './max-in-window.js';

test('counts the busiest half-open window, whatever the order', () => {
  expect(maxInWindow([])).toBe(0);
  expect(maxInWindow([0, 200, 400, 600, 800, 1000])).toBe(5);
  expect(maxInWindow([1000, 0, 999, 1])).toBe(3);
  expect(maxInWindow([0, 0, 0, 5000])).toBe(3);
  expect(maxInWindow([0, 10, 20], 10)).toBe(1);
});
