import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headerValues } from './captured-request.js';
import { isExplainInputError } from './explain-input-error.js';
import { parseCapturedRequest } from './parse-captured-request.js';
import { parseHarEntry } from './parse-har-entry.js';
import { parseRawRequest } from './parse-raw-request.js';
import { quickStart } from '../../test-support/mistaken-sender.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const raw = fixture('quick-start.http');
const curl = fixture('quick-start.curl-v.txt').toString('utf8');
const body = fixture('quick-start.body.json');
const har = fixture('quick-start.har').toString('utf8');
const bodyText = (request: { body: Uint8Array | string }) => Buffer.from(request.body as Uint8Array).toString('utf8');

describe('raw HTTP/1.1', () => {
  test('a capture with CRLF: request line, headers as spelt with their values untrimmed, the exact body', () => {
    const request = parseRawRequest(raw);
    expect(request).toMatchObject({ method: 'POST', target: quickStart.path, httpVersion: 'HTTP/1.1' });
    expect(request.headers.map((header) => header.name)).toEqual([
      'Host',
      'User-Agent',
      'Accept',
      'X-Date',
      'Content-Type',
      'Content-sha512',
      'Authorization',
      'Content-Length',
    ]);
    expect(request.headers.find((header) => header.name === 'X-Date')!.value).toBe(` ${quickStart.x_date}`);
    expect(bodyText(request)).toBe(quickStart.body);
  });

  test("the same capture with bare LF (pasted into an editor), and an editor's final newline, reads the same", () => {
    const lf = `${raw.toString('utf8').replaceAll('\r\n', '\n')}\n`;
    const request = parseRawRequest(lf);
    expect(headerValues(request)).toEqual(headerValues(parseRawRequest(raw)));
    expect(bodyText({ body: Buffer.from(request.body as Uint8Array) })).toBe(quickStart.body);
  });

  test('a line break beyond Content-Length that is not final, or extra bytes, stay in the body', () => {
    const request = parseRawRequest(`${raw.toString('utf8')}xx`);
    expect(bodyText(request)).toBe(`${quickStart.body}xx`);
  });

  test('a folded header line joins the previous value; a request line without a version is kept as such', () => {
    const request = parseRawRequest('POST /p\nX-Long: a\n  b\n\n');
    expect(request.httpVersion).toBeUndefined();
    expect(request.headers).toEqual([{ name: 'X-Long', value: ' a b' }]);
  });

  test.each([
    ['no request line', '\n\n', /line 1 is not a request line/],
    ['a header line without a colon', 'POST / HTTP/1.1\r\nX-Date Fri\r\n\r\n', /line 2 is not a header line/],
  ])('%s is an ExplainInputError naming the line', (_, text, message) => {
    let caught: unknown;
    try {
      parseRawRequest(text);
    } catch (error) {
      caught = error;
    }
    expect(isExplainInputError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(message);
  });
});

describe('curl -v', () => {
  test('reads the "> " lines, and the body from the body file', () => {
    const request = parseCapturedRequest(curl, { body });
    expect(request.format).toBe('curl');
    expect(headerValues(request)).toEqual(headerValues(parseRawRequest(raw)));
    expect(bodyText(request)).toBe(quickStart.body);
  });

  test('a body pasted right after the request lines is read too', () => {
    const pasted = curl.replace('} [247 bytes data]\n', `${quickStart.body}\n`);
    expect(parseCapturedRequest(pasted).body).toBe(quickStart.body);
  });

  test('without a body where Content-Length promises one, asks for --body', () => {
    expect(() => parseCapturedRequest(curl)).toThrow(/pass the body file with --body FILE/);
  });
});

describe('HAR', () => {
  test("a whole HAR: the first entry with an hmac Authorization, pseudo-headers dropped, the URL's path and query", () => {
    const request = parseCapturedRequest(har);
    expect(request.format).toBe('har');
    expect(request).toMatchObject({
      method: 'POST',
      target: quickStart.path,
      httpVersion: 'HTTP/1.1',
      body: quickStart.body,
    });
    expect(headerValues(request)).toEqual(headerValues(parseRawRequest(raw)));
  });

  test('one entry, a bare request, HTTP/2 pseudo-headers and a Base64 postData', () => {
    const { request } = (JSON.parse(har) as { log: { entries: { request: Record<string, unknown> }[] } }).log
      .entries[1]!;
    expect(parseHarEntry(JSON.stringify({ request })).target).toBe(quickStart.path);
    const h2 = {
      ...request,
      url: `https://example.test${quickStart.path}?x=1`,
      httpVersion: 'h2',
      headers: [{ name: ':authority', value: 'example.test' }, ...(request.headers as object[])],
      postData: { text: Buffer.from(quickStart.body).toString('base64'), encoding: 'base64' },
    };
    const parsed = parseHarEntry(JSON.stringify(h2));
    expect(parsed).toMatchObject({ target: `${quickStart.path}?x=1`, httpVersion: 'h2' });
    expect(parsed.headers.some((header) => header.name.startsWith(':'))).toBe(false);
    expect(bodyText(parsed)).toBe(quickStart.body);
  });

  test.each([
    ['not JSON', '{ nope', /not JSON/],
    ['no signed entry', JSON.stringify({ log: { entries: [] } }), /none of the HAR's 0 entries/],
    ['no url', JSON.stringify({ request: { method: 'POST', headers: [] } }), /lacks method or url/],
    ['no headers', JSON.stringify({ request: { method: 'POST', url: 'http://x.test/' } }), /lacks its headers array/],
  ])('%s is an ExplainInputError', (_, text, message) => {
    expect(() => parseCapturedRequest(text)).toThrow(message);
  });
});
