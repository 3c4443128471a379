import type { ConstraintSource } from '../src/spec/find-constraint-source.js';

/** Where host_uri sits in the spec. */
export const hostUriPointer = '#/components/schemas/CreateSessionRequest/properties/host_uri';

/**
 * What "this host_uri is accepted" rests on when the user has not named the value: nothing
 * documented. Ingo allow-lists host_uri per client, so a server may refuse any host_uri it was not
 * configured with; such a refusal is a warning, never a failure.
 */
export const hostUriAllowList: ConstraintSource = {
  kind: 'assumption',
  pointer: hostUriPointer,
  keyword: 'allow-list',
  note: 'host_uri must be allow-listed by Ingo for each client (documented), so a server may refuse any host_uri it was not configured with; name accepted values with --host-uri',
};

/** Options that say which host_uri values the server under test accepts. */
export interface HostUriOptions {
  /** host_uri values the server is configured to accept (`--host-uri`); positive cases omit host_uri when empty. */
  hostUris?: readonly string[];
}
