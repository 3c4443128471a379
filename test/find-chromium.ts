/**
 * Finds a headless Chromium for the docs browser test without apt: CHROMIUM_PATH when set, else a
 * system Chromium when one is installed, else the one the `@sparticuz/chromium` devDependency
 * unpacks from the npm registry's tarball (about a second, into the temporary folder).
 */
import { existsSync } from 'node:fs';

/** Where the browser came from, its executable, and the flags to launch it with. */
export interface FoundChromium {
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
  executablePath: string;
  args: string[];
}

// Without these, headless Chromium makes background network calls that an offline page test would see refused.
const quietArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Resolves the Chromium to drive; `env` and `exists` are injectable for tests. */
export async function findChromium({ env = process.env, exists = existsSync }: { env?: NodeJS.ProcessEnv; exists?: (path: string) => boolean } = {}): Promise<FoundChromium> {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (!exists(configured)) throw new Error(`CHROMIUM_PATH is ${configured}, which does not exist`);
    return { source: 'CHROMIUM_PATH', executablePath: configured, args: quietArgs };
  }
  const system = systemPaths.find((path) => exists(path));
  if (system) return { source: 'system', executablePath: system, args: quietArgs };
  const { default: chromium } = await import('@sparticuz/chromium');
  // Its own flags make the serverless build run headless in one process; ours keep it off the network.
  return { source: '@sparticuz/chromium', executablePath: await chromium.executablePath(), args: [...new Set([...chromium.args, ...quietArgs])] };
}
