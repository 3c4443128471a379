import { spec } from '../generated/spec.js';
import { signRequest } from '../src/signing/sign-request.js';
import { verifyRequest } from '../src/signing/verify-request.js';
import { webSigningCrypto } from '../src/signing/web-signing-crypto.js';
import type { BenchSectionResult } from './bench-section.js';

const OPS_PER_BATCH = 50;
const ROUNDS = 61;
const WARMUP_OPS = 2_000;

// The spec's full example: every documented field (about 600 bytes).
const BODY = JSON.stringify(spec.components.examples.FullRequest.value);

/**
 * The WebCrypto section (information, no target): signRequest over webSigningCrypto (the default
 * where a runtime has no node:crypto) beside signRequest over node:crypto, and the raw WebCrypto
 * calls it cannot avoid (a SHA-512 digest, an HMAC key import and an HMAC-SHA512).
 * Interleaved batches in rotating order; medians of per-round figures.
 */
export default async function run(): Promise<BenchSectionResult> {
  const credentials = { username: 'bench-user', secret: 'bench-secret-0123456789abcdef' };
  const now = new Date(Date.UTC(2026, 3, 1, 20, 18, 47));
  const request = { method: 'POST', path: '/api/v1/sessions/point-in-time/plugin', body: BODY };
  const signed = await signRequest(request, credentials, { now });
  const received = { ...request, headers: new Headers(signed) };
  const lookup = (username: string) => (username === credentials.username ? credentials.secret : undefined);
  if (
    (await signRequest(request, credentials, { now, crypto: webSigningCrypto })).Authorization !== signed.Authorization
  )
    throw new Error('bench setup: WebCrypto and node:crypto disagree');
  if (!(await verifyRequest(received, lookup, { now, crypto: webSigningCrypto })).ok)
    throw new Error('bench setup: the signed request does not verify');
  const encoder = new TextEncoder();

  let sink = 0;
  const calls = {
    node: async () => {
      sink += (await signRequest(request, credentials, { now })).Authorization!.length;
    },
    raw: async () => {
      sink += (await crypto.subtle.digest('SHA-512', encoder.encode(BODY))).byteLength;
      const key = await crypto.subtle.importKey(
        'raw',
        encoder.encode(credentials.secret),
        { name: 'HMAC', hash: 'SHA-512' },
        false,
        ['sign'],
      );
      sink += (await crypto.subtle.sign('HMAC', key, encoder.encode(BODY.slice(0, 300)))).byteLength;
    },
    web: async () => {
      sink += (await signRequest(request, credentials, { now, crypto: webSigningCrypto })).Authorization!.length;
    },
    webVerify: async () => {
      sink += (await verifyRequest(received, lookup, { now, crypto: webSigningCrypto })).ok ? 1 : 0;
    },
  };
  const order = Object.keys(calls) as (keyof typeof calls)[];
  for (const name of order) for (let i = 0; i < WARMUP_OPS; i++) await calls[name]();
  const rounds = Object.fromEntries(order.map((name) => [name, [] as number[]])) as Record<
    keyof typeof calls,
    number[]
  >;
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < order.length; i++) {
      const name = order[(round + i) % order.length]!;
      rounds[name].push(await timeBatch(calls[name]));
    }
  }
  if (sink === 0) throw new Error('unreachable: keeps the measured calls alive');

  const webUs = median(rounds.web);
  const ratio = median(rounds.web.map((us, i) => us / rounds.node[i]!));
  return {
    rows: [
      { name: 'signRequest over node:crypto (same run)', value: median(rounds.node), unit: 'µs/op' },
      { name: 'raw WebCrypto SHA-512 + key import + HMAC-SHA512', value: median(rounds.raw), unit: 'µs/op' },
      { name: 'webcrypto_sign_us (signRequest over WebCrypto)', value: webUs, unit: 'µs/op' },
      { name: 'webcrypto_verify_us (verifyRequest over WebCrypto)', value: median(rounds.webVerify), unit: 'µs/op' },
      { name: 'webcrypto_vs_node_sign', value: ratio, unit: 'ratio' },
    ],
    results: {
      webcrypto_sign_us: round3(webUs),
      webcrypto_verify_us: round3(median(rounds.webVerify)),
      webcrypto_raw_us: round3(median(rounds.raw)),
      webcrypto_vs_node_sign: round3(ratio),
    },
  };
}

/** Microseconds per call of `fn`, over one batch of sequential awaited calls. */
async function timeBatch(fn: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < OPS_PER_BATCH; i++) await fn();
  return Number(process.hrtime.bigint() - start) / 1_000 / OPS_PER_BATCH;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
