import { expect, test } from 'vitest';
import { baseUrlProblem } from './base-url-problem.js';

test.each([
  ['https://ingo.example', undefined],
  ['http://127.0.0.1:8080/prefix/', undefined],
  ['nowhere', /absolute http\(s\) URL .*not "nowhere"/],
  [42, /absolute http\(s\) URL/],
  ['ftp://x', /must use http or https, not ftp/],
  ['https://user:hunter2-secret@ingo.example', /must not carry user info/],
  ['https://ingo.example/?a=1', /must not carry a query or fragment/],
  ['https://ingo.example/#x', /must not carry a query or fragment/],
])('%s', (value, problem) => {
  const found = baseUrlProblem(value);
  if (problem === undefined) expect(found).toBeUndefined();
  else expect(found).toMatch(problem);
});

test('a URL that does not parse is quoted without its user info', () => {
  expect(baseUrlProblem('https://user:hunter2-secret@ingo example')).not.toContain('hunter2');
});
