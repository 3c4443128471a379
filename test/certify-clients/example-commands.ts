/**
 * The commands that run the reference clients in examples/, for the tests and the bench:
 * TypeScript bundled once with esbuild and run by node (what `npx tsx` runs, minus the per-run
 * compile), Python as is, Java compiled with javac into a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A command, as `certifyCommand` takes it. */
export interface ExampleCommand {
  command: string;
  args: string[];
}

/** The TypeScript example, bundled into node_modules/.cache (so that its packages resolve from the repo). */
export async function typescriptExample(): Promise<ExampleCommand> {
  const outfile = join(root, 'node_modules/.cache/ingo-certify', `certify-client-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, 'examples/typescript/certify-client.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return { command: process.execPath, args: [outfile] };
}

/** The Python example (standard library only). */
export function pythonExample(): ExampleCommand {
  return { command: 'python3', args: [join(root, 'examples/python/certify_client.py')] };
}

/** Whether a JDK (javac) is on the PATH. */
export function hasJdk(): boolean {
  try {
    execFileSync('javac', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The Java example, compiled with javac into a fresh temporary folder. */
export function javaExample(): ExampleCommand {
  const out = mkdtempSync(join(tmpdir(), 'ingo-certify-java-'));
  execFileSync('javac', ['-d', out, join(root, 'examples/java/CertifyClient.java')], { stdio: 'inherit' });
  return { command: 'java', args: ['-cp', out, 'CertifyClient'] };
}
