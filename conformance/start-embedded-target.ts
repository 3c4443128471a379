import { startMock } from '../src/mock/start-mock.js';
import type { MockOptions } from '../src/mock/create-mock-handler.js';
import type { Credentials } from '../src/signing/sign-request.js';

/** The embedded mock, running in this process for one conformance run. */
export interface EmbeddedTarget {
  baseUrl: string;
  credentials: Credentials;
  close(): Promise<void>;
}

/** Options of the embedded target; credentials are always fresh and random. */
export interface EmbeddedTargetOptions {
  /** The mock's clock, shared with the signer so that both agree on time. */
  now: () => number;
  randomUUID: () => string;
  /** Further mock options (faults, limits), for experiments. */
  mockOptions?: Omit<MockOptions, 'credentials' | 'now'>;
}

/**
 * Starts the embedded mock on 127.0.0.1 and a free port, with credentials made up for this run,
 * so that nothing outside the run can sign for it.
 */
export async function startEmbeddedTarget({
  now,
  randomUUID,
  mockOptions = {},
}: EmbeddedTargetOptions): Promise<EmbeddedTarget> {
  const credentials = { username: `conformance-${randomUUID().slice(0, 8)}`, secret: `${randomUUID()}${randomUUID()}` };
  const mock = await startMock({ ...mockOptions, credentials, now, host: '127.0.0.1', port: 0 });
  return { baseUrl: mock.url, credentials, close: () => mock.close() };
}
