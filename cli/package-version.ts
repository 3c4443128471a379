import { readFileSync } from 'node:fs';

/**
 * The version in ingo-session's package.json, found by walking up from this file: the same code
 * runs from cli/ (tsx) and from the bundle in dist/cli/ (the published bin), at different depths.
 */
export function readPackageVersion(from: URL = new URL('.', import.meta.url)): string {
  for (let dir = from; ; dir = new URL('..', dir)) {
    try {
      const manifest = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === 'ingo-session' && manifest.version) return manifest.version;
    } catch {
      // no package.json here: keep walking up
    }
    if (new URL('..', dir).href === dir.href) throw new Error('ingo-session: package.json not found');
  }
}
