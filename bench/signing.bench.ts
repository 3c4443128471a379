import { createHash, createHmac } from 'node:crypto';
import { signingConfig } from '../src/spec/signing-config.js';
import { buildSigningString } from '../src/signing/build-signing-string.js';
import { signRequest } from '../src/signing/sign-request.js';
import { verifyRequest } from '../src/signing/verify-request.js';
import type { BenchSectionResult } from './bench-section.js';

const OPS_PER_BATCH = 100;
const ROUNDS = 301;
const WARMUP_OPS = 20_000;

// A typical Create Session body (about 600 bytes): every documented field, realistic values.
const BODY = JSON.stringify({
  participant_unique_id1: '70646041-01ea-4cd6-b657-18ff88e465c7',
  participant_unique_id2: 'customer-00012345678',
  host_uri: 'https://payouts.example.com',
  language_locale_code: 'en-US',
  recipient_information: {
    first_name: 'Jane',
    last_name: 'Doe',
    business_name: 'Doe Landscaping and Garden Services of Fulton County LLC',
    address_line1: '123 Main Street, Suite 400',
    city: 'Anytown',
    state: 'GA',
    zip_code: '30301',
    email_address: 'jane.doe@example.com',
    phone_number: '4045550123',
    mobile_number: '4045550199',
    open_banking: { mobus_customer_id: 'mobus-7f3c2a91-5e4b-4d7a-9c1e-2b8f6a0d4e13' },
  },
});

/**
 * The signing section: signRequest and verifyRequest against the raw node:crypto cost of what they
 * cannot avoid (one SHA-512 of the body plus one HMAC-SHA512 of the same signing string). The three
 * are measured in short interleaved batches, in rotating order, and each ratio is the median of the
 * per-round ratios, so that load from other processes affects numerator and denominator alike.
 */
export default async function run(): Promise<BenchSectionResult> {
  const credentials = { username: 'bench-user', secret: 'bench-secret-0123456789abcdef' };
  const now = new Date(Date.UTC(2026, 3, 1, 20, 18, 47));
  const request = { method: 'POST', path: '/api/v1/sessions/point-in-time/plugin', body: BODY };
  const signed = signRequest(request, credentials, { now });
  const received = { ...request, headers: Object.fromEntries(Object.entries(signed).map(([name, value]) => [name.toLowerCase(), value])) };
  const signingString = buildSigningString({ ...request, headers: received.headers }, signingConfig.defaultHeaderOrder);
  const lookup = (username: string) => (username === credentials.username ? credentials.secret : undefined);
  if (!verifyRequest(received, lookup, { now }).ok) throw new Error('bench setup: the signed request does not verify');

  let sink = 0;
  const raw = () => {
    sink += createHash('sha512').update(BODY).digest('base64').length;
    sink += createHmac('sha512', credentials.secret).update(signingString).digest('base64').length;
  };
  const sign = () => {
    sink += signRequest(request, credentials, { now }).Authorization!.length;
  };
  const verify = () => {
    sink += verifyRequest(received, lookup, { now }).ok ? 1 : 0;
  };

  for (const fn of [raw, sign, verify]) for (let i = 0; i < WARMUP_OPS; i++) fn();
  const rounds = { raw: [] as number[], sign: [] as number[], verify: [] as number[] };
  const order = ['raw', 'sign', 'verify'] as const;
  const calls = { raw, sign, verify };
  for (let round = 0; round < ROUNDS; round++) {
    // Rotating the order keeps any after-effect of one batch (GC debt, caches) from always landing on the same measurement.
    for (let i = 0; i < order.length; i++) {
      const name = order[(round + i) % order.length]!;
      rounds[name].push(timeBatch(calls[name]));
    }
  }
  if (sink === 0) throw new Error('unreachable: keeps the measured calls alive');

  const rawUs = median(rounds.raw);
  const signUs = median(rounds.sign);
  const verifyUs = median(rounds.verify);
  const signRatio = median(rounds.sign.map((us, i) => us / rounds.raw[i]!));
  const verifyRatio = median(rounds.verify.map((us, i) => us / rounds.raw[i]!));
  const bytes = Buffer.byteLength(BODY);
  return {
    rows: [
      { name: `raw node:crypto SHA-512 + HMAC-SHA512 (${bytes}-byte body)`, value: rawUs, unit: 'µs/op' },
      { name: 'signRequest', value: signUs, unit: 'µs/op' },
      { name: 'verifyRequest', value: verifyUs, unit: 'µs/op' },
      { name: 'sign_vs_raw_crypto', value: signRatio, unit: 'ratio', target: '<= 1.5' },
      { name: 'verify_vs_raw_crypto', value: verifyRatio, unit: 'ratio', target: '<= 2.0' },
    ],
    results: {
      sign_vs_raw_crypto: round3(signRatio),
      verify_vs_raw_crypto: round3(verifyRatio),
      sign_us: round3(signUs),
      verify_us: round3(verifyUs),
      raw_crypto_us: round3(rawUs),
    },
  };
}

/** Microseconds per call of `fn`, over one batch. */
function timeBatch(fn: () => void): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < OPS_PER_BATCH; i++) fn();
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
