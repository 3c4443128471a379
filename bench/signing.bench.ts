/**
 * The signing section: signRequest and verifyRequest against their floors, the node:crypto work
 * no correct implementation can skip. Signing's floor is one SHA-512 digest of the body plus one
 * HMAC-SHA512 of the same signing string (one-shot `crypto.hash` where the Node has it);
 * verification's floor adds the constant-time compare of the received signature. The floors are
 * synchronous one-shot calls; signRequest and verifyRequest are awaited (their crypto is injected
 * and may be asynchronous). The four run in short batches, side by side in rotating order, and each
 * ratio is the median of per-round ratios.
 *
 * sign_vs_floor and verify_vs_floor are reported figures with a guard against gross regressions
 * only, not targets to optimise: see bench/README.md.
 */
import * as nodeCrypto from 'node:crypto';
import { signingConfig } from '../src/spec/signing-config.js';
import { buildSigningString } from '../src/signing/build-signing-string.js';
import { signRequest } from '../src/signing/sign-request.js';
import { verifyRequest } from '../src/signing/verify-request.js';
import type { BenchSectionResult } from './bench-section.js';
import { median, medianRatio, measureRotating, round3 } from './measure-rotating.js';

const OPS_PER_BATCH = 200;
const ROUNDS = 201;
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

// crypto.hash (one-shot, no Hash object) is in Node 20.12+ and 21.7+.
const oneShotHash = (nodeCrypto as { hash?: (algorithm: string, data: string, encoding: 'base64') => string }).hash;
const digestFloor = oneShotHash
  ? (data: string) => oneShotHash('sha512', data, 'base64')
  : (data: string) => nodeCrypto.createHash('sha512').update(data).digest('base64');

export default async function run(): Promise<BenchSectionResult> {
  const credentials = { username: 'bench-user', secret: 'bench-secret-0123456789abcdef' };
  const now = new Date(Date.UTC(2026, 3, 1, 20, 18, 47));
  const request = { method: 'POST', path: '/api/v1/sessions/point-in-time/plugin', body: BODY };
  const signed = await signRequest(request, credentials, { now });
  const headers = Object.fromEntries(Object.entries(signed).map(([name, value]) => [name.toLowerCase(), value]));
  const received = { ...request, headers };
  const signingString = buildSigningString({ ...request, headers }, signingConfig.defaultHeaderOrder);
  const signature = /signature="([^"]+)"/.exec(signed.Authorization!)![1]!;
  const lookup = (username: string) => (username === credentials.username ? credentials.secret : undefined);
  if (!(await verifyRequest(received, lookup, { now })).ok)
    throw new Error('bench setup: the signed request does not verify');
  if (nodeCrypto.createHmac('sha512', credentials.secret).update(signingString).digest('base64') !== signature) {
    throw new Error('bench setup: the floor computes another signature than the signer');
  }

  let sink = 0;
  const signFloor = () => {
    sink += digestFloor(BODY).length;
    sink += nodeCrypto.createHmac('sha512', credentials.secret).update(signingString).digest('base64').length;
  };
  const verifyFloor = () => {
    sink += digestFloor(BODY) === headers['content-sha512'] ? 1 : 0;
    const expected = nodeCrypto.createHmac('sha512', credentials.secret).update(signingString).digest();
    const given = Buffer.from(signature, 'base64');
    sink += given.length === expected.length && nodeCrypto.timingSafeEqual(given, expected) ? 1 : 0;
  };
  const sign = async () => {
    sink += (await signRequest(request, credentials, { now })).Authorization!.length;
  };
  const verify = async () => {
    sink += (await verifyRequest(received, lookup, { now })).ok ? 1 : 0;
  };
  for (let i = 0; i < WARMUP_OPS; i++) {
    signFloor();
    verifyFloor();
    await sign();
    await verify();
  }
  const samples = await measureRotating(
    {
      signFloor: () => timeBatch(signFloor),
      sign: () => timeAsyncBatch(sign),
      verifyFloor: () => timeBatch(verifyFloor),
      verify: () => timeAsyncBatch(verify),
    },
    ROUNDS,
  );
  if (sink === 0) throw new Error('unreachable: keeps the measured calls alive');

  const signRatio = medianRatio(samples.sign, samples.signFloor);
  const verifyRatio = medianRatio(samples.verify, samples.verifyFloor);
  const bytes = Buffer.byteLength(BODY);
  return {
    rows: [
      {
        name: `sign floor: SHA-512 ${oneShotHash ? '(crypto.hash) ' : ''}+ HMAC-SHA512 (${bytes}-byte body)`,
        value: median(samples.signFloor),
        unit: 'µs/op',
      },
      { name: 'signRequest', value: median(samples.sign), unit: 'µs/op' },
      { name: 'verify floor: sign floor + constant-time compare', value: median(samples.verifyFloor), unit: 'µs/op' },
      { name: 'verifyRequest', value: median(samples.verify), unit: 'µs/op' },
      { name: 'sign_vs_floor', value: signRatio, unit: 'ratio', target: '<= 2.5 (guard)' },
      { name: 'verify_vs_floor', value: verifyRatio, unit: 'ratio', target: '<= 2.5 (guard)' },
    ],
    results: {
      sign_vs_floor: round3(signRatio),
      verify_vs_floor: round3(verifyRatio),
      sign_us: round3(median(samples.sign)),
      verify_us: round3(median(samples.verify)),
      sign_floor_us: round3(median(samples.signFloor)),
      verify_floor_us: round3(median(samples.verifyFloor)),
    },
  };
}

/** Microseconds per call of `fn`, over one batch (wall time: the work is all on this thread). */
function timeBatch(fn: () => void): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < OPS_PER_BATCH; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1_000 / OPS_PER_BATCH;
}

/** timeBatch for a function that is awaited. */
async function timeAsyncBatch(fn: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < OPS_PER_BATCH; i++) await fn();
  return Number(process.hrtime.bigint() - start) / 1_000 / OPS_PER_BATCH;
}
