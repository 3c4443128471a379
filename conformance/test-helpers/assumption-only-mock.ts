import { sameJson } from '../generate/same-json.js';
import type { Credentials } from '../../src/signing/sign-request.js';
import { signingConfig } from '../../src/spec/signing-config.js';
import type { FetchLike } from '../send-case-request.js';
import { afterVerification } from './after-verification.js';
import { json } from './broken-mocks.js';

/**
 * Differs from the spec only in its Assumptions and example-derived rules: accepts an empty
 * participant_unique_id1, members the request schema does not declare and recipient fields of any
 * type; compares idempotent bodies byte for byte; rejects a duplicate still in flight with 13723.
 */
export function withOnlyAssumptionsDiffering(
  handler: FetchLike,
  credentials: Credentials,
  now: () => number,
): FetchLike {
  const first = new Map<string, string>();
  const inFlight = new Set<string>();
  const conflict = () =>
    json(422, { status: 13723, client_message: 'Idempotency key was already used with different parameters', time: 0 });
  const declared = [
    'participant_unique_id1',
    'participant_unique_id2',
    'host_uri',
    'language_locale_code',
    'recipient_information',
  ];
  const lenient = afterVerification(handler, credentials, now, ({ text, body, key }) => {
    if (key !== undefined) {
      const seen = first.get(key);
      if (seen !== undefined && seen !== text) return conflict();
      first.set(key, text);
    }
    if (body === undefined) return undefined;
    const recipient = body.recipient_information;
    const kept = Object.fromEntries(Object.entries(body).filter(([name]) => declared.includes(name)));
    const fixed: Record<string, unknown> = { ...kept };
    if (fixed.participant_unique_id1 === '') fixed.participant_unique_id1 = '(empty)';
    if (typeof recipient === 'object' && recipient !== null && !Array.isArray(recipient)) {
      fixed.recipient_information = Object.fromEntries(
        Object.entries(recipient).map(([name, value]) => [
          name,
          name === 'open_banking' || typeof value === 'string' ? value : JSON.stringify(value),
        ]),
      );
      const banking = (fixed.recipient_information as Record<string, unknown>).open_banking;
      if (banking !== undefined && (typeof banking !== 'object' || banking === null || Array.isArray(banking)))
        (fixed.recipient_information as Record<string, unknown>).open_banking = { value: JSON.stringify(banking) };
      else if (banking !== undefined)
        (fixed.recipient_information as Record<string, unknown>).open_banking = Object.fromEntries(
          Object.entries(banking).map(([n, v]) => [n, typeof v === 'string' ? v : JSON.stringify(v)]),
        );
    }
    return sameJson(fixed, body) ? undefined : { forward: JSON.stringify(fixed) };
  });
  return async (request) => {
    const key = request.headers.get(signingConfig.idempotency.header);
    if (key !== null && inFlight.has(key)) return conflict();
    if (key !== null) inFlight.add(key);
    try {
      const response = await lenient(request);
      return await restoreEmptyId(response);
    } finally {
      if (key !== null) inFlight.delete(key);
    }
  };
}

/** Echoes the empty participant_unique_id1 that the lenient server stored as a placeholder. */
async function restoreEmptyId(response: Response): Promise<Response> {
  const text = await response.text();
  return new Response(text.replaceAll('"participant_unique_id1":"(empty)"', '"participant_unique_id1":""'), response);
}
