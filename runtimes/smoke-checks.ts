/**
 * The smoke suite every runtime runs against the packed tarball: plain ECMAScript and fetch, no
 * Node API, so that the same file runs on Node, Bun, Deno and in a Worker. `lib` is whatever
 * `import * as lib from 'ingo-session'` gave the runtime (one portable entry everywhere). Each
 * check returns a verdict; none throws.
 */
import type * as IngoSession from '../src/index.js';
import { assert } from './smoke-assert.js';
import { clientChecks } from './smoke-client-checks.js';
import { signingChecks } from './smoke-signing-checks.js';

/** What a runtime's smoke run reports, one entry per check. */
export interface SmokeResult {
  check: SmokeCheck;
  ok: boolean;
  /** Why it failed, or what it saw (the entry loaded, for `load`). */
  detail: string;
}

/** The checks, in table order. */
export const smokeChecks = ['load', 'vectors', 'vectors-webcrypto', 'create-session', 'errors', 'redaction'] as const;
export type SmokeCheck = (typeof smokeChecks)[number];

/** One signing vector of src/signing/vectors (the fields this suite reads). */
export interface SmokeVector {
  name: string;
  secret: string;
  username: string;
  method: string;
  path: string;
  x_date: string;
  content_type: string;
  body: string;
  algorithm: string;
  headers: string;
  signature: string;
}

export interface SmokeInput {
  lib: typeof IngoSession;
  /** Base URL of the mock the runner started on Node. */
  mockUrl: string;
  /** Credentials the mock accepts. */
  credentials: { username: string; secret: string };
  vectors: readonly SmokeVector[];
  /** Whether this runtime is expected to have node:crypto (false: a Worker without nodejs_compat). */
  nodeCrypto: boolean;
  /** A client made at start-up, where the runtime compiles code only then (Workers); made here otherwise. */
  client?: IngoSession.SessionClient;
}

/** Runs every check and reports each. */
export async function runSmokeChecks(input: SmokeInput): Promise<SmokeResult[]> {
  const results: SmokeResult[] = [];
  for (const check of smokeChecks) {
    try {
      const detail = await checks[check](input);
      results.push({ check, ok: true, detail });
    } catch (error) {
      results.push({
        check,
        ok: false,
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    }
  }
  return results;
}

const checks: Record<SmokeCheck, (input: SmokeInput) => Promise<string>> = {
  async load({ lib }) {
    for (const name of [
      'createSessionClient',
      'signRequest',
      'verifyRequest',
      'spec',
      'signingConfig',
      'redactSecrets',
    ] as const) {
      assert(lib[name] !== undefined, `ingo-session exports no ${name}`);
    }
    // The signer's own choice, made the same way: node:crypto where the runtime has it.
    const signer = globalThis.process?.getBuiltinModule?.('node:crypto') ? 'node:crypto' : 'WebCrypto';
    return `main entry, client signs with ${signer}`;
  },
  ...signingChecks,
  ...clientChecks,
};
