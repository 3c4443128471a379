import { spec } from '../generated/spec.js';
import type { CreateSessionBody } from '../src/client/session-client-types.js';
import type { MockCredentials } from '../src/mock/mock-options.js';

/**
 * The credentials of every reliability run. The secret is long and distinctive so that a scan of
 * everything printed can find it (or any recognisable piece of it) without false hits. A public
 * test value: it never signs anything real.
 */
export const reliabilityCredentials: MockCredentials = Object.freeze({
  username: 'reliability-user',
  secret: 'rel-SECRET-7f3c9e1a-DO-NOT-PRINT-b82d4f60a9c5e7d1-Qx9Zk2Lm8Np4',
});

/** A fixed instant for runs that pin the mock's clock and sign once: Wed, 01 Apr 2026 20:18:47 GMT. */
export const reliabilityFixedNow = Date.UTC(2026, 3, 1, 20, 18, 47);

const minimal = spec.components.examples.MinimalRequest.value as CreateSessionBody;

/**
 * A valid Create Session body unique to `tag` (carried in participant_unique_id1), so that the
 * requests of one logical call can be told apart from every other call's on the wire.
 */
export function makeSessionBody(tag: string): CreateSessionBody {
  return { ...minimal, participant_unique_id1: tag };
}

/** The spec's minimal example body, serialised exactly as sent. */
export const minimalBodyText = JSON.stringify(minimal);
