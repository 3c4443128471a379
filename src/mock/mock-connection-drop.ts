import { IngoSessionError } from '../errors/ingo-session-error.js';

/**
 * The mock's `dropAfterCommitRate` fault: the session was committed, and then the connection was
 * lost before the answer arrived. A fetch handler cannot cut a TCP connection, so the mock's
 * handler rejects the way `fetch` does on a network failure: with a `TypeError('fetch failed')`
 * whose `cause` is this error. The node:http adapter (`listen`) destroys the socket instead, so
 * a client over the network sees a real reset.
 */
export class MockConnectionDrop extends IngoSessionError {
  override name = 'MockConnectionDrop';
  /** The errno a real reset carries, for clients that classify network errors by code. */
  readonly code = 'ECONNRESET';
  /** The session that was committed before the drop. */
  readonly sessionIdentifier: string;

  constructor(sessionIdentifier: string, options: { method?: string; url?: string } = {}) {
    super(`mock fault: connection dropped after session ${sessionIdentifier} was committed`, options);
    this.sessionIdentifier = sessionIdentifier;
  }
}

/** Whether `value` is a MockConnectionDrop (the `cause` of the handler's TypeError). */
export function isMockConnectionDrop(value: unknown): value is MockConnectionDrop {
  return value instanceof MockConnectionDrop;
}

/** The rejection a dropped connection produces through `fetch`: `TypeError: fetch failed`, cause attached. */
export function toNetworkError(drop: MockConnectionDrop): TypeError {
  return new TypeError('fetch failed', { cause: drop });
}
