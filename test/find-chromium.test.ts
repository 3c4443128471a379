import { describe, expect, test } from 'vitest';
import { findChromium } from './find-chromium.js';

describe('findChromium', () => {
  test('CHROMIUM_PATH wins, and a missing one is an error naming it', async () => {
    const found = await findChromium({
      env: { CHROMIUM_PATH: '/opt/chrome' },
      exists: (path) => path === '/opt/chrome',
    });
    expect(found).toMatchObject({ source: 'CHROMIUM_PATH', executablePath: '/opt/chrome' });
    await expect(findChromium({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, exists: () => false })).rejects.toThrow(
      'CHROMIUM_PATH is /nowhere/chrome',
    );
  });

  test('a system Chromium is used when installed', async () => {
    const found = await findChromium({ env: {}, exists: (path) => path === '/usr/bin/chromium' });
    expect(found).toMatchObject({ source: 'system', executablePath: '/usr/bin/chromium' });
    expect(found.args).toContain('--disable-background-networking');
  });

  test('without either, @sparticuz/chromium unpacks a runnable headless Chromium', async () => {
    const found = await findChromium({ env: {}, exists: () => false });
    expect(found.source).toBe('@sparticuz/chromium');
    expect(found.args).not.toContain('--single-process');
    const { execFileSync } = await import('node:child_process');
    expect(execFileSync(found.executablePath, ['--version'], { encoding: 'utf8' })).toMatch(/Chromium \d+/);
    expect(await findChromium({ env: { CHROMIUM_PATH: 'bundled' }, exists: () => true })).toEqual(found);
  }, 60_000);
});
