import { spec } from '../../generated/spec.js';
import { startMock, type RunningMock } from '../../src/mock/start-mock.js';

/** The credentials the matrix signs with; the embedded mock accepts exactly these. */
export const matrixCredentials = { username: 'matrix-user', secret: 'matrix-secret-of-some-length' } as const;

/** The spec's minimal body, as a fresh copy. */
export const minimalBody = () =>
  structuredClone(spec.components.examples.MinimalRequest.value) as unknown as Record<string, unknown> & {
    participant_unique_id1: string;
  };

/** Starts the embedded mock on a free loopback port, accepting the matrix credentials. */
export function startMatrixMock(): Promise<RunningMock> {
  return startMock({ credentials: matrixCredentials });
}
