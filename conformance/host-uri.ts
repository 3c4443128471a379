import { readSpecPointer } from '../src/spec/read-spec-pointer.js';
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

const hostUriSchema = readSpecPointer(hostUriPointer) as { pattern: string; maxLength: number };

/** Why a text is not a host_uri as documented (a URI with a scheme and a host, at most 200 characters), or undefined. */
export function describeBadHostUri(text: string): string | undefined {
  if (text.length > hostUriSchema.maxLength) return `longer than ${hostUriSchema.maxLength} characters`;
  if (!new RegExp(hostUriSchema.pattern, 'u').test(text)) return 'not a URI with a scheme and a host';
  return undefined;
}
