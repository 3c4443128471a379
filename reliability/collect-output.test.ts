import { describe, expect, test } from 'vitest';
import { createOutputCollector } from './collect-output.js';

describe('createOutputCollector', () => {
  test('an error is collected in every printed form, down its cause chain, hidden fields included', () => {
    const collector = createOutputCollector();
    const root = new Error('root cause with token-in-cause');
    const error = Object.assign(new Error('outer', { cause: root }), { hiddenField: 'token-in-field' });
    Object.defineProperty(error, 'secretish', { value: 'token-not-enumerable', enumerable: false });
    collector.addError('call', error);
    const all = collector.texts.map((text) => text.text).join('\n');
    expect(all).toContain('token-in-cause');
    expect(all).toContain('token-in-field');
    expect(all).toContain('token-not-enumerable');
    expect(collector.texts.map((text) => text.source)).toContain('call (cause 1) (stack)');
  });

  test('a custom inspect does not hide what the hidden-field view shows', () => {
    const collector = createOutputCollector();
    const error = Object.assign(new Error('safe'), {
      leaked: 'token-behind-custom-inspect',
      [Symbol.for('nodejs.util.inspect.custom')]: () => 'safe view',
    });
    collector.addError('e', error);
    expect(collector.texts.find((text) => text.source === 'e (inspect)')!.text).toBe('safe view');
    expect(collector.texts.find((text) => text.source === 'e (inspect, hidden)')!.text).toContain(
      'token-behind-custom-inspect',
    );
  });

  test('values that cannot be stringified are recorded, not thrown', () => {
    const collector = createOutputCollector();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    collector.addValue('v', cyclic);
    expect(collector.texts[0]!.text).toMatch(/^unprintable: /);
  });
});
