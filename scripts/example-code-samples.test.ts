import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { spec } from '../generated/spec.js';
import { exampleSampleSources, extractRegion, withCodeSamples } from './example-code-samples.js';

test('the generated spec carries the Python and Java samples exactly as the certified example files hold them', async () => {
  const samples = spec.paths['/api/v1/sessions/point-in-time/plugin'].post['x-codeSamples'] as readonly {
    lang: string;
    label: string;
    source: string;
  }[];
  for (const { lang, label, file } of exampleSampleSources) {
    const sample = samples.find((s) => s.label === label);
    expect(sample?.lang).toBe(lang);
    const text = await readFile(new URL(`../${file}`, import.meta.url), 'utf8');
    expect(sample!.source).toBe(extractRegion(text, 'signing'));
    // The whole signing function, not a fragment: HMAC-SHA512 over the signing string, Base64.
    expect(sample!.source).toMatch(/sha512|SHA-512/i);
    expect(sample!.source).toMatch(/hmac/i);
  }
});

test('extractRegion takes the lines between the markers, dedented, and names a file without them', () => {
  expect(extractRegion('a\n  # region signing\n  x = 1\n    y\n  # endregion signing\nb', 'signing')).toBe(
    'x = 1\n  y\n',
  );
  expect(() => extractRegion('no markers', 'signing', 'examples/x.py')).toThrow(/examples\/x\.py: no "region signing"/);
});

test('withCodeSamples appends to the operation and leaves its input untouched', () => {
  const document = {
    paths: {
      '/api/v1/sessions/point-in-time/plugin': {
        post: { 'x-codeSamples': [{ lang: 'Shell', label: 'curl', source: 'x' }] },
      },
    },
  };
  const out = withCodeSamples(document, [{ lang: 'Python', label: 'Py', source: 'y' }]) as typeof document;
  expect(out.paths['/api/v1/sessions/point-in-time/plugin'].post['x-codeSamples'].map((s) => s.lang)).toEqual([
    'Shell',
    'Python',
  ]);
  expect(document.paths['/api/v1/sessions/point-in-time/plugin'].post['x-codeSamples']).toHaveLength(1);
});
