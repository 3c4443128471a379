import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'node:http';
import { createSessionPath } from '../src/spec/create-session-operation.js';
import { specLimits } from '../src/spec/signing-config.js';
import { signRequest } from '../src/signing/sign-request.js';
import { buildHostileBody } from '../test-support/build-hostile-body.js';
import { countBy } from './count-by.js';
import { minimalBodyText, reliabilityCredentials } from './reliability-fixtures.js';
import { runBounded } from './run-bounded.js';

/** One flood: how many maximum-size hostile bodies, and whether the mock's JSON limits are lifted. */
export interface MockFloodOptions {
  requests: number;
  concurrency: number;
  /**
   * Lifted (`--max-json-depth` far above the bodies' nesting): every body is valid and stored, which
   * is what tests the stores. Not lifted: the default limits refuse them with 400 before parsing.
   */
  liftLimits: boolean;
  /** Largest accepted peak RSS of the mock process, in MB. */
  maxRssMb: number;
}

/** The figures of a flood and the invariants it broke (`failures`, empty on a pass). */
export interface MockFloodReport {
  requests: number;
  bodyBytes: number;
  liftLimits: boolean;
  statuses: Record<string, number>;
  /** Peak resident set of the mock process over the run (VmHWM), and its RSS at the end, in MB. */
  peakRssMb: number;
  endRssMb: number;
  /** After the flood: the HTTP status of a valid request (200), and the envelope status of the first flooded key sent again (101 when lifted). */
  statusAfter: number | undefined;
  replayStatusAfter: number | undefined;
  seconds: number;
  exitCode: number | null;
  failures: string[];
}

const childScript = fileURLToPath(new URL('./create-cli-child.ts', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts `ingo-session mock` in its own process (port 0) and sends it `requests` signed, valid,
 * maximum-size bodies whose open recipient_information holds arrays nested as deep as 64 KiB
 * allows, each under its own Idempotency-Key, `concurrency` at a time over kept-alive connections.
 * Then checks that it still answers, and reads its peak RSS from /proc.
 */
export async function runMockFlood({
  requests,
  concurrency,
  liftLimits,
  maxRssMb,
}: MockFloodOptions): Promise<MockFloodReport> {
  const args = ['mock', '--port', '0', ...(liftLimits ? ['--max-json-depth', '1000000'] : [])];
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, ...args], {
    cwd: root,
    env: { ...process.env, INGO_USERNAME: reliabilityCredentials.username, INGO_SECRET: reliabilityCredentials.secret },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const failures: string[] = [];
  const started = performance.now();
  try {
    const url = await readListeningUrl(child);
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const send = (body: string, key: string) => post(agent, url, body, key);
    const statuses = await runBounded(requests, concurrency, (i) =>
      send(buildHostileBody(specLimits.maxBodyBytes, `flood-${i}`), `flood-key-${i}`).then(
        ({ http }) => String(http),
        () => 'error',
      ),
    );
    const statusAfter = (await send(minimalBodyText, 'after-flood').catch(() => undefined))?.http;
    const replayStatusAfter = (
      await send(buildHostileBody(specLimits.maxBodyBytes, 'flood-0'), 'flood-key-0').catch(() => undefined)
    )?.envelope;
    agent.destroy();
    const { peak, now } = await readRss(child.pid!);
    const counted = countBy(statuses);
    const expected = liftLimits ? '200' : '400';
    if ((counted[expected] ?? 0) !== requests)
      failures.push(`flood: expected ${requests} answers ${expected}, got ${JSON.stringify(counted)}`);
    // Lifted, the first key is still remembered from its digest alone: a replay (envelope 101).
    if (liftLimits && replayStatusAfter !== 101)
      failures.push(`flood: the first flooded key replayed with envelope ${replayStatusAfter ?? 'none'}, not 101`);
    if (statusAfter !== 200)
      failures.push(`flood: after the flood a valid request got ${statusAfter ?? 'no answer'}, not 200`);
    if (peak >= maxRssMb) failures.push(`flood: the mock's RSS peaked at ${peak} MB, not under ${maxRssMb} MB`);
    if (child.exitCode !== null) failures.push(`flood: the mock exited with ${child.exitCode}`);
    const exitCode = await stop(child);
    return {
      requests,
      bodyBytes: specLimits.maxBodyBytes,
      liftLimits,
      statuses: counted,
      peakRssMb: peak,
      endRssMb: now,
      statusAfter,
      replayStatusAfter,
      seconds: Math.round(performance.now() - started) / 1000,
      exitCode,
      failures,
    };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

/** Sends a signed request; resolves with the HTTP status and the envelope's status. */
async function post(
  agent: Agent,
  url: string,
  body: string,
  key: string,
): Promise<{ http: number; envelope: number | undefined }> {
  const signed = await signRequest({ method: 'POST', path: createSessionPath, body }, reliabilityCredentials, {
    now: new Date(),
  });
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${createSessionPath}`,
      { method: 'POST', agent, headers: { ...signed, 'Idempotency-Key': key } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ http: res.statusCode!, envelope: readEnvelopeStatus(text) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('timed out')));
    req.end(body);
  });
}

function readEnvelopeStatus(text: string): number | undefined {
  try {
    return (JSON.parse(text) as { status?: number }).status;
  } catch {
    return undefined;
  }
}

function readListeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the mock did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (data: Buffer) => {
      out += data.toString('utf8');
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.stderr!.resume();
    child.once('exit', (code) => reject(new Error(`the mock exited with ${code} before it listened: ${out}`)));
  });
}

/** Peak (VmHWM) and current (VmRSS) resident set of a process, in MB, from Linux's /proc. */
async function readRss(pid: number): Promise<{ peak: number; now: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { peak: Math.round(kb('VmHWM') / 102.4) / 10, now: Math.round(kb('VmRSS') / 102.4) / 10 };
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  const code = await exited;
  clearTimeout(timer);
  return code;
}
