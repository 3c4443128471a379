import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { escapeXml, formatJunit } from './format-junit.js';
import { sampleReport } from './test-helpers/sample-report.js';

// fast-xml-parser comes with Prism (a dev dependency); used here only to prove the XML is well formed.
test('the JUnit XML is well formed, one testcase per case, with failure and skipped elements', () => {
  const xml = formatJunit(sampleReport());
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
  const suites = parsed.testsuites;
  expect(suites).toMatchObject({
    name: 'ingo-session conformance',
    tests: '5',
    failures: '1',
    errors: '0',
    skipped: '2',
    time: '1.234',
  });
  const cases = suites.testsuite.testcase as Record<string, unknown>[];
  expect(cases.map((c) => [c.classname, c.name, c.time])).toEqual([
    ['conformance.positive', 'minimal-body: title of minimal-body', '0.013'],
    ['conformance.auth', 'wrong-secret: title of wrong-secret', '0.013'],
    ['conformance.auth', 'stale-x-date: title of stale-x-date', '0.013'],
    ['conformance.validation', 'body-too-large: title of body-too-large', '0.013'],
    ['conformance.legacy', 'legacy-hmac-sha256: title of legacy-hmac-sha256', '0.000'],
  ]);
  expect(cases[1]!.failure).toMatchObject({
    type: 'expectation',
    message: 'expected a rejection <"&\'> got HTTP 200, status 100\uFFFD',
  });
  expect(String((cases[1]!.failure as Record<string, string>)['#text'])).toContain(
    'step 0: POST /api (10 bytes) -> HTTP 200 {"status":100}',
  );
  // A warning passes (no failure, no skipped) and carries its spec row.
  expect(cases[3]).not.toHaveProperty('failure');
  expect(cases[3]).not.toHaveProperty('skipped');
  expect(cases[3]!['system-out']).toBe(
    'WARNING [expectation step 0] expected a rejection, got HTTP 200, status 100 [spec: #/x-ingo-limits maxBodyBytes (assumption)]',
  );
  expect((cases[3]!.properties as { property: unknown }).property).toEqual({
    name: 'warning',
    value: expect.stringContaining('maxBodyBytes'),
  });
  expect(cases[2]!.skipped).toEqual({
    message: 'not enforced: not enforced by profile no-auth (tag auth); the server answered HTTP 200, status 100',
  });
  expect(cases[4]!.skipped).toEqual({ message: 'skipped: opt-in tag legacy (select it with tags: legacy)' });
  expect(suites.testsuite.properties.property).toEqual([
    { name: 'baseUrl', value: 'http://127.0.0.1:4010' },
    { name: 'embeddedMock', value: 'false' },
    { name: 'profile', value: 'no-auth' },
    { name: 'warnings', value: '1' },
    { name: 'strictAssumptions', value: 'false' },
  ]);
});

test('escapeXml escapes markup and replaces what XML 1.0 cannot hold', () => {
  expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  expect(escapeXml('a\u0000b\u001Fc\tok\n\uD800d\uFFFF😀')).toBe('a\uFFFDb\uFFFDc\tok\n\uFFFDd\uFFFD😀');
  expect(XMLValidator.validate(`<x a="${escapeXml('\u0007"<')}">${escapeXml(']]>\u0008')}</x>`)).toBe(true);
});
