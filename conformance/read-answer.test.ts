import { expect, test } from 'vitest';
import { answerLimits, readAnswer } from './read-answer.js';
import { startSuiteHostileServer } from './test-helpers/suite-hostile-server.js';

const where = { method: 'POST', url: 'http://127.0.0.1:9/api' };
const answer = (body: BodyInit | null, headers: Record<string, string> = {}, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } });

test('the caps are the spec’s: x-ingo-limits.maxAnswerBytes and maxAnswerDepth', () => {
  expect(answerLimits).toEqual({ maxBytes: 16384, maxDepth: 32 });
});

test('an answer within the caps is read whole, exactly at the byte cap too', async () => {
  expect(await readAnswer(answer('{"status":100}'), where)).toBe('{"status":100}');
  const full = `"${'x'.repeat(answerLimits.maxBytes - 2)}"`;
  expect(await readAnswer(answer(full), where)).toBe(full);
  expect(await readAnswer(answer(`${'['.repeat(32)}${']'.repeat(32)}`), where)).toHaveLength(64);
});

test('one byte past the cap, declared or streamed, is refused naming the cap', async () => {
  const over = 'x'.repeat(answerLimits.maxBytes + 1);
  await expect(readAnswer(answer(over), where)).rejects.toThrow(
    /^answer larger than 16384 bytes \(HTTP 200, more bytes than that arrived; x-ingo-limits\.maxAnswerBytes\)/,
  );
  await expect(readAnswer(answer('{}', { 'content-length': '16385' }), where)).rejects.toThrow(
    /^answer larger than 16384 bytes \(HTTP 200, Content-Length 16385;/,
  );
});

test('JSON nested one level past the cap is refused; braces in a page that is not JSON are not nesting', async () => {
  await expect(readAnswer(answer(`${'['.repeat(33)}${']'.repeat(33)}`, {}, 401), where)).rejects.toThrow(
    /^answer nested deeper than 32 levels \(HTTP 401, 66 characters; x-ingo-limits\.maxAnswerDepth\)/,
  );
  const page = `<html><script>${'{'.repeat(40)}${'}'.repeat(40)}</script></html>`;
  expect(await readAnswer(answer(page, { 'content-type': 'text/html' }, 502), where)).toBe(page);
});

test('an abort of the fetch that brought the answer ends reading, rethrown as it is for the caller to name', async () => {
  const server = await startSuiteHostileServer('trickle-body');
  try {
    const controller = new AbortController();
    const response = await fetch(server.url, { method: 'POST', body: '{}', signal: controller.signal });
    const reading = readAnswer(response, { ...where, signal: controller.signal });
    controller.abort(new Error('the test aborted'));
    await expect(reading).rejects.toThrow('the test aborted');
  } finally {
    await server.close();
  }
});
