import { describe, expect, test } from 'vitest';
import { createTurnBatch } from './create-turn-batch.js';

describe('createTurnBatch', () => {
  test('runs the callbacks of one turn together, in order, after the turn and its microtasks', async () => {
    const batch = createTurnBatch();
    const ran: string[] = [];
    batch(() => ran.push('a'));
    batch(() => ran.push('b'));
    await Promise.resolve().then(() => ran.push('microtask'));
    expect(ran).toEqual(['microtask']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toEqual(['microtask', 'a', 'b']);
  });

  test('a callback queued while a batch runs goes to the next batch', async () => {
    const batch = createTurnBatch();
    const ran: string[] = [];
    batch(() => {
      ran.push('first');
      batch(() => ran.push('second'));
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toEqual(['first']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toEqual(['first', 'second']);
  });
});
