import { describe, expect, test } from 'vitest';
import { spec } from '../../generated/spec.js';
import { checkRequestHead, mockRoute, readHeader } from './check-request-head.js';

const json = { 'content-type': 'application/json' };

describe('checkRequestHead', () => {
  test('the route comes from the spec', () => {
    expect(Object.keys(spec.paths)).toEqual([mockRoute.path]);
    expect(Object.keys(spec.paths[mockRoute.path as keyof typeof spec.paths])).toEqual([
      mockRoute.method.toLowerCase(),
    ]);
  });

  test('passes a well-formed head, query string and absolute-form target included', () => {
    for (const target of [mockRoute.path, `${mockRoute.path}?a=1`, `http://mock${mockRoute.path}?a=1`]) {
      expect(checkRequestHead({ method: 'POST', target, headers: json }, 100)).toBeUndefined();
    }
  });

  test('checks route before method, method before content type, content type before size', () => {
    const huge = { 'content-length': '1000' };
    expect(checkRequestHead({ method: 'GET', target: '/other', headers: huge }, 100)?.status).toBe(404);
    expect(checkRequestHead({ method: 'GET', target: mockRoute.path, headers: huge }, 100)?.status).toBe(405);
    expect(checkRequestHead({ method: 'POST', target: mockRoute.path, headers: huge }, 100)?.status).toBe(415);
    expect(
      checkRequestHead({ method: 'POST', target: mockRoute.path, headers: { ...json, ...huge } }, 100)?.status,
    ).toBe(413);
  });

  test('an unparsable absolute-form target is not found', () => {
    expect(checkRequestHead({ method: 'POST', target: 'http://[', headers: json }, 100)?.status).toBe(404);
  });
});

describe('readHeader', () => {
  test('reads Headers objects and node header records alike', () => {
    expect(readHeader(new Headers({ 'X-Date': 'd' }), 'x-date')).toBe('d');
    expect(readHeader({ 'x-date': 'd' }, 'x-date')).toBe('d');
    expect(readHeader({ 'x-a': ['1', '2'] } as unknown as Record<string, string | undefined>, 'x-a')).toBe('1, 2');
    expect(readHeader({}, 'x-date')).toBeUndefined();
  });
});
