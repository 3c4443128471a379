/**
 * Finds a headless Chromium for the docs browser test without apt: CHROMIUM_PATH when set, else a
 * system Chromium when one is installed, else the one `@sparticuz/chromium` unpacks (about a second,
 * into the temporary folder), itself installed from the npm registry into the ignored .cache/ on first
 * use (scripts/on-demand.ts), not by `npm ci`.
 * `CHROMIUM_PATH=bundled` picks that one even where a system Chromium exists, to check the
 * bare-machine path.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installOnDemand } from '../scripts/on-demand.js';

/** Where the browser came from, its executable, and the flags to launch it with. */
export interface FoundChromium {
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
  executablePath: string;
  args: string[];
}

// Without these, headless Chromium makes background network calls that an offline page test would see refused.
const quietArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Resolves the Chromium to drive; `env` and `exists` are injectable for tests. */
export async function findChromium({
  env = process.env,
  exists = existsSync,
}: { env?: NodeJS.ProcessEnv; exists?: (path: string) => boolean } = {}): Promise<FoundChromium> {
  const configured = env.CHROMIUM_PATH;
  if (configured === 'bundled') return bundledChromium();
  if (configured) {
    if (!exists(configured)) throw new Error(`CHROMIUM_PATH is ${configured}, which does not exist`);
    return { source: 'CHROMIUM_PATH', executablePath: configured, args: quietArgs };
  }
  const system = systemPaths.find((path) => exists(path));
  if (system) return { source: 'system', executablePath: system, args: quietArgs };
  return bundledChromium();
}

async function bundledChromium(): Promise<FoundChromium> {
  const prefix = await installOnDemand('@sparticuz/chromium');
  const entry = pathToFileURL(join(prefix, 'node_modules/@sparticuz/chromium/build/esm/index.js')).href;
  const { default: chromium } = (await import(entry)) as {
    default: { args: string[]; executablePath(): Promise<string> };
  };
  // Its own flags run the serverless build headless; ours keep it off the network. Not its
  // --single-process (made for AWS Lambda): there, a second page of one browser hangs or crashes.
  const args = chromium.args.filter((arg) => arg !== '--single-process');
  return {
    source: '@sparticuz/chromium',
    executablePath: await chromium.executablePath(),
    args: [...new Set([...args, ...quietArgs])],
  };
}
