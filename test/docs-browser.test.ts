/**
 * Opens the rendered docs in headless Chromium (see find-chromium.ts), offline, and checks that a reader sees the
 * operation's fields, the locale enum and the signing rule, and that the page tries to load nothing
 * from any other origin. Saves a screenshot to docs/screenshots/.
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spec } from '../generated/spec.js';
import { buildDocs } from '../scripts/build-docs.js';
import { findExternalReferences } from '../scripts/offline-html.js';
import { findChromium } from './find-chromium.js';

const screenshots = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

describe('offline HTML docs', () => {
  let file: string;
  let browser: Browser;

  beforeAll(async () => {
    const { executablePath, args } = await findChromium();
    file = await buildDocs(join(await mkdtemp(join(tmpdir(), 'ingo-docs-test-')), 'index.html'));
    browser = await chromium.launch({ executablePath, args, headless: true });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('the file references no external origin and carries a no-network CSP', async () => {
    const html = await readFile(file, 'utf8');
    expect(findExternalReferences(html)).toEqual([]);
    expect(html).toContain("connect-src 'none'");
  });

  test('a reader can navigate to Create Session and see fields, locales and the signing rule', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    await page.goto(pathToFileURL(file).href);
    // Redoc collapses tag sections: expand "Sessions" in the sidebar, then open the operation.
    await page.getByText('Sessions', { exact: true }).first().click();
    await page.getByText('Create Session', { exact: true }).first().click();
    await expect.poll(() => page.url()).toMatch(/createsession/i);

    for (const field of [
      'participant_unique_id1',
      'recipient_information',
      'language_locale_code',
      'Idempotency-Key',
      'Content-sha512',
    ]) {
      await expect
        .poll(() => page.getByText(field, { exact: true }).first().isVisible(), { message: field })
        .toBe(true);
    }
    // The whole locale enum, read from the spec; Redoc shows ten and folds the rest behind "+N more".
    const locales = spec.components.schemas.LocaleCode.enum;
    await page
      .getByText(`+${locales.length - 10} more`)
      .first()
      .click();
    for (const locale of locales) {
      await expect
        .poll(() => page.getByText(`"${locale}"`, { exact: true }).first().isVisible(), { message: locale })
        .toBe(true);
    }

    await page.getByText('View security details').first().click();
    const rule = page.getByText(/The lines are joined with a single LF/).first();
    await expect.poll(() => rule.isVisible()).toBe(true);
    await rule.scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        page
          .getByText(/request-line x-date content-type content-length content-sha512/)
          .first()
          .isVisible(),
      )
      .toBe(true);

    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'create-session.png') });

    const external = requests.filter((url) => !/^(file|data|blob|about):/.test(url));
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('the signing rule is its own sidebar section, with the worked example, the whole Authorization line and code samples', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(pathToFileURL(file).href);
    const sidebar = page.locator('.menu-content');
    // Its own entry in the sidebar, not only behind "View security details".
    await sidebar.getByText('Signing requests', { exact: true }).first().click();
    await expect.poll(() => page.url()).toMatch(/section\/signing-requests/i);
    const vector = JSON.parse(
      await readFile(new URL('../src/signing/vectors/hmac-sha512.json', import.meta.url), 'utf8'),
    ).vectors[0];
    const authorization = `Authorization: hmac username="${vector.username}", algorithm="${vector.algorithm}", headers="${vector.headers}", signature="${vector.signature}"`;
    for (const text of [
      `content-sha512: ${vector.content_sha512}`,
      `${vector.method} ${vector.path} HTTP/1.1`,
      authorization,
    ]) {
      await expect.poll(() => page.getByText(text).first().isVisible(), { message: text }).toBe(true);
    }
    // The rule itself has its own sidebar entry inside the section.
    await sidebar.getByText('The rule', { exact: true }).first().click();
    await expect
      .poll(() =>
        page
          .getByText(/The lines are joined with a single LF \(`?\\n`?\), with no trailing newline/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'signing.png') });
    // The operation's code samples: curl with ingo-session sign, the TypeScript client, a generated-client hook,
    // and the Python and Java signing of the certified reference clients.
    await sidebar.getByText('Sessions', { exact: true }).first().click();
    await sidebar.getByText('Create Session', { exact: true }).first().click();
    const samples = spec.paths['/api/v1/sessions/point-in-time/plugin'].post['x-codeSamples'];
    expect(samples.map((sample) => sample.label)).toEqual([
      'curl (ingo-session sign)',
      'TypeScript (ingo-session client)',
      'Generated client (signing hook)',
      'Python (standard library; certified)',
      'Java 17 (java.net.http; certified)',
    ]);
    // The request panel's language menu lists the samples by label (redocly.yaml: openapi.codeSamples).
    let shown = 'Payload';
    for (const [sample, line] of [
      [samples[0], 'npx ingo-session sign --body body.json --curl | sh'],
      [samples[1], "import { createSessionClient } from 'ingo-session';"],
      [samples[2], 'client.interceptors.request.use(async (request) => {'],
      // Taken by the generator from the reference clients that `ingo-session certify --strict` proves.
      [samples[3], 'def sign(username, secret, body, now):'],
      [samples[4], 'final class IngoSigner {'],
    ] as const) {
      await page.getByRole('button', { name: shown }).first().click();
      await page.getByRole('menuitem', { name: sample.label }).first().click();
      shown = sample.label;
      await expect.poll(() => page.getByText(line).first().isVisible(), { message: sample.label }).toBe(true);
    }
    await page.screenshot({ path: join(screenshots, 'code-samples.png') });
    expect(problems).toEqual([]);
    await page.close();
  });
});
