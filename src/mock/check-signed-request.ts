import type { components } from '../../generated/session-management.js';
import { signingConfig, type SigningAlgorithm } from '../spec/signing-config.js';
import { createSchemaCache } from '../spec/create-schema-cache.js';
import { formatValidationIssues, toValidationIssues } from '../spec/to-validation-issues.js';
import { formatHttpDate } from '../signing/http-date.js';
import { verifyRequest, type LookupSecret, type VerifyResult } from '../signing/verify-request.js';
import { readHeader, type MockExchange } from './check-request-head.js';
import { describeVerificationFailure } from './describe-verification-failure.js';
import type { JsonShapeLimits } from './inspect-json-text.js';
import { envelopeCodes, rejectWith, truncateText, type MockReply } from './mock-reply.js';
import type { MockLogEvent } from './mock-options.js';
import { parseJsonBody } from './parse-json-body.js';
import { summarizeDiagnoses } from './summarize-diagnoses.js';
import type { Explanation } from '../explain/explanation.js';

/** A request that passed every check of its own: signed, schema-valid, with a usable key. */
export interface CheckedRequest {
  username: string;
  body: components['schemas']['CreateSessionRequest'];
  /** base64url SHA-256 of the body's RFC 8785 canonical form: what idempotency compares and keeps. */
  bodyDigest: string;
  idempotencyKey: string | undefined;
}

/** What the checker needs; resolved by createMockEngine. */
export interface RequestCheckerConfig {
  lookupSecret: LookupSecret;
  clockSkewSeconds: number;
  algorithms: readonly SigningAlgorithm[];
  /** Mock-only limits on the body's open parts, checked before it is parsed. */
  jsonLimits: JsonShapeLimits;
  log: ((event: MockLogEvent) => void) | undefined;
  /**
   * The `explain` option: the explainer, and whether its diagnoses go into the answer too. It
   * answers a promise because the explain engine is loaded on first use, not with the mock.
   */
  explainRejection?:
    | { explain: (exchange: MockExchange, bytes: Uint8Array, now: number) => Promise<Explanation>; inAnswer: boolean }
    | undefined;
}

type FailedVerdict = Extract<VerifyResult, { ok: false }>;

const { header: KEY_HEADER, maxKeyLength } = signingConfig.idempotency;
const MAX_ISSUES = 5;
const MAX_MESSAGE = 600;
const MAX_EXPLANATION = 4000;
/** The header of an explained 401 (the `explain` option): the diagnosis codes, comma separated. */
export const EXPLAIN_HEADER = 'X-Ingo-Explain';

/**
 * Creates the checks that need the body, in order: signature (401; envelope 402 for a stale
 * X-Date), JSON shape and parse (400: nesting, member count, duplicate names, numbers beyond a
 * double, syntax), schema (400 naming the JSON paths), Idempotency-Key header (400).
 *
 * Why the signature comes before the body is even parsed: as in Kong, where hmac-auth (priority
 * 1030) runs before request-validator (999), an unsigned or forged request learns nothing about
 * the contract, not even whether its bytes were acceptable JSON. The signature covers the raw bytes,
 * so it needs no parse; and a correctly signed but malformed body (the empty-body signing vectors)
 * still proves its signature before the 400. The body's validator is generated/validators.ts's.
 */
export function createRequestChecker({
  lookupSecret,
  clockSkewSeconds,
  algorithms,
  jsonLimits,
  log,
  explainRejection,
}: RequestCheckerConfig) {
  const validateBody = createSchemaCache()('#/components/schemas/CreateSessionRequest');

  /**
   * The 401 says as little as Kong's hmac-auth: one message for any signature failure (the spec's
   * BadSignature example), or its StaleDate one (envelope 402) for an X-Date outside the window,
   * which a client needs to correct its clock. The reason goes to the log; with the `explain`
   * option, the reason and the diagnoses go into the answer too.
   */
  function rejectSignature(
    exchange: MockExchange,
    verdict: FailedVerdict,
    now: number,
    explanation: Explanation | undefined,
  ): MockReply {
    log?.(withExplanation(describeVerificationFailure(exchange, verdict, now), explanation));
    const { status, client_message } =
      verdict.reason === 'stale_date' ? envelopeCodes.staleDate : envelopeCodes.badSignature;
    const explained = explanation && explainRejection!.inAnswer ? explanation.diagnoses : undefined;
    const detail = explained
      ? ` (${verdict.reason})${explained.length > 0 ? `. Explained: ${truncateText(summarizeDiagnoses(explained), MAX_EXPLANATION)}` : ''}`
      : '';
    return rejectWith(401, `${client_message}${detail}`, {
      envelopeStatus: status,
      // Date lets a client with a skewed clock learn server time from the rejection.
      headers: {
        Date: formatHttpDate(new Date(now)),
        'WWW-Authenticate': signingConfig.authorizationScheme,
        ...(explained?.length && { [EXPLAIN_HEADER]: explained.map((diagnosis) => diagnosis.code).join(', ') }),
      },
    });
  }

  return async function checkSignedRequest(
    exchange: MockExchange,
    bytes: Uint8Array,
    now: number,
  ): Promise<MockReply | CheckedRequest> {
    const verdict = await verifyRequest(
      { method: exchange.method, path: exchange.target, headers: exchange.headers, body: bytes },
      lookupSecret,
      { now, clockSkewSeconds, algorithms },
    );
    if (!verdict.ok) {
      const explanation = await explainRejection?.explain(exchange, bytes, now);
      return rejectSignature(exchange, verdict, now, explanation);
    }

    const parsed = parseJsonBody(bytes, jsonLimits);
    if (!parsed.ok) return rejectWith(400, parsed.message);
    if (!validateBody(parsed.value)) {
      const issues = toValidationIssues(validateBody.errors, parsed.value);
      const more = issues.length > MAX_ISSUES ? `; and ${issues.length - MAX_ISSUES} more` : '';
      return rejectWith(
        400,
        truncateText(
          `Invalid request body: ${formatValidationIssues(issues.slice(0, MAX_ISSUES))}${more}`,
          MAX_MESSAGE,
        ),
      );
    }

    const idempotencyKey = readHeader(exchange.headers, KEY_HEADER);
    if (idempotencyKey !== undefined && (idempotencyKey.length === 0 || idempotencyKey.length > maxKeyLength)) {
      return rejectWith(
        400,
        `Idempotency-Key must be 1 to ${maxKeyLength} characters long, not ${idempotencyKey.length}`,
      );
    }
    return {
      username: verdict.username,
      body: parsed.value as CheckedRequest['body'],
      bodyDigest: parsed.digest,
      idempotencyKey,
    };
  };
}

function withExplanation(event: MockLogEvent, explanation: Explanation | undefined): MockLogEvent {
  if (explanation === undefined || event.type !== 'verification_failed') return event;
  const reconstructed = explanation.checks.find((check) => check.name === 'signature')?.signingString?.reconstructed;
  return {
    ...event,
    diagnoses: explanation.diagnoses,
    ...(reconstructed !== undefined && { reconstructedSigningString: reconstructed }),
  };
}
