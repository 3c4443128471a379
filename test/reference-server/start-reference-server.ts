import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Credentials } from '../../src/signing/sign-request.js';

/** The legitimate variations of the reference server (each a way a real Ingo deployment may behave). */
export const referenceVariants = [
  'envelope-errors',
  'ingo-codes',
  'strict-recipient',
  'host-allow-list',
  'no-body-limit',
  'ignore-unknown-fields',
  'empty-id-accepted',
  'no-legacy',
  'signed-minimum',
  'weekday-lenient',
  'byte-compare',
  'omit-empty-echo',
  'charset-accepted',
  'created-201',
  'recipient-required',
] as const;

/** A variation of the reference server. */
export type ReferenceVariant = (typeof referenceVariants)[number];

/** How to start the reference server. */
export interface ReferenceServerOptions {
  credentials: Credentials;
  variants?: readonly ReferenceVariant[];
  /** Lenient-implementation mistakes to switch on (names from conformance/lenient-mistakes.ts). */
  defects?: readonly string[];
  /** The allow-list of the `host-allow-list` variant. */
  hostUris?: readonly string[];
}

/** A running reference server. */
export interface ReferenceServer {
  baseUrl: string;
  close: () => Promise<void>;
}

const script = fileURLToPath(new URL('./reference_server.py', import.meta.url));

/** Starts the Python reference server on a free loopback port; resolves once it listens. */
export function startReferenceServer(options: ReferenceServerOptions): Promise<ReferenceServer> {
  const config = JSON.stringify({
    username: options.credentials.username,
    secret: options.credentials.secret,
    variants: options.variants ?? [],
    defects: options.defects ?? [],
    host_uris: options.hostUris ?? [],
  });
  const child = spawn('python3', [script, config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const port = /LISTENING (\d+)/.exec(stdout)?.[1];
      if (port)
        resolve({
          baseUrl: `http://127.0.0.1:${port}`,
          close: async () => {
            child.kill();
            await exited;
          },
        });
    });
    child.once('exit', (code) => reject(new Error(`the reference server exited (${code}): ${stderr.slice(0, 500)}`)));
  });
}
