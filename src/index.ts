/**
 * ingo-session: a spec-first SDK for Ingo Payments' Create Session API.
 *
 * The public surface, re-exported by name. The conformance suite and its vitest matcher are a
 * separate entry point, `ingo-session/conformance`.
 */

// The client.
export { createSessionClient } from './client/create-session-client.js';
export type {
  CreateSessionBody,
  CreateSessionOptions,
  CreateSessionResult,
  ErrorEnvelope,
  RateLimitOptions,
  RawSessionClient,
  SessionClient,
  SessionClientOptions,
  SessionCreated,
  SignedPaths,
  SigningHeaderName,
} from './client/session-client-types.js';
export {
  backoffDelay,
  defaultRetryPolicy,
  retryDelay,
  shouldRetry,
  type AttemptOutcome,
  type RetryPolicy,
} from './client/retry-policy.js';
export { parseRetryAfter } from './client/parse-retry-after.js';
export { createSpecValidators, type SpecValidators } from './client/create-spec-validators.js';
export { isRateLimiter, type RateLimiter } from './rate-limit/rate-limiter.js';

// Errors: one base class, flat subclasses, a guard for each.
export {
  IngoSessionError,
  isIngoSessionError,
  minimumRedactableSecretLength,
  redactSecrets,
} from './errors/ingo-session-error.js';
export { ApiError, isApiError } from './errors/api-error.js';
export { AuthenticationError, isAuthenticationError } from './errors/authentication-error.js';
export { IdempotencyConflictError, isIdempotencyConflictError } from './errors/idempotency-conflict-error.js';
export { RateLimitError, isRateLimitError } from './errors/rate-limit-error.js';
export { RequestValidationError, isRequestValidationError } from './errors/request-validation-error.js';
export { ResponseValidationError, isResponseValidationError } from './errors/response-validation-error.js';
export { NetworkError, isNetworkError } from './errors/network-error.js';
export { TimeoutError, isTimeoutError } from './errors/timeout-error.js';
export { ResponseTooLargeError, isResponseTooLargeError } from './errors/response-too-large-error.js';
export { ConfigurationError, isConfigurationError } from './errors/configuration-error.js';
export { SigningError, isSigningError } from './signing/signing-error.js';

// Signing and verification.
export {
  signRequest,
  type Credentials,
  type SignableRequest,
  type SignedHeaders,
  type SignOptions,
} from './signing/sign-request.js';
export {
  verifyRequest,
  type LookupSecret,
  type VerifiableRequest,
  type VerifyFailureReason,
  type VerifyOptions,
  type VerifyResult,
} from './signing/verify-request.js';
export { formatAuthorization, parseAuthorization, type HmacAuthorization } from './signing/authorization-header.js';
export { buildRequestLine, buildSigningString, type SigningStringParts } from './signing/build-signing-string.js';
export { formatHttpDate, parseHttpDate } from './signing/http-date.js';
export { nodeSigningCrypto, type SigningCrypto } from './signing/signing-crypto.js';
export { BodySourceRequest, signingMiddleware, type SigningMiddlewareOptions } from './signing/signing-middleware.js';
// WebCrypto, for runtimes without node:crypto (Workers): asynchronous variants over the same rules.
export { signRequestAsync, type AsyncSignOptions } from './signing/sign-request-async.js';
export { verifyRequestAsync, type AsyncVerifyOptions } from './signing/verify-request-async.js';
export { isAsyncSigningCrypto, webSigningCrypto, type AsyncSigningCrypto } from './signing/web-signing-crypto.js';

// Explaining a failing signature: which classic mistake a captured request makes.
export { explainRequest, type ExplainOptions } from './explain/explain-request.js';
export { parseCapturedRequest, type CaptureFormat } from './explain/parse-captured-request.js';
export { formatExplanation } from './explain/format-explanation.js';
export { ExplainInputError, isExplainInputError } from './explain/explain-input-error.js';
export { diagnosisFixes } from './explain/diagnosis-fixes.js';
export type { CapturedHeader, CapturedRequest } from './explain/captured-request.js';
export type {
  CheckName,
  Diagnosis,
  DiagnosisCode,
  ExplainCheck,
  Explanation,
  SigningStringComparison,
} from './explain/explanation.js';

// The embedded mock server.
export {
  createMockHandler,
  defaultMockCredentials,
  type MockCredentials,
  type MockFaults,
  type MockFetchHandler,
  type MockHandler,
  type MockLogEvent,
  type MockOptions,
  type MockSession,
  type MockSessionView,
} from './mock/create-mock-handler.js';
export { startMock, type RunningMock } from './mock/start-mock.js';
export type { IdempotencyClaim, MockStore } from './mock/mock-store.js';
export type { MockIdSource } from './mock/create-id-source.js';
export { createMemoryStore, defaultMaxKeys, type MemoryStoreOptions } from './mock/create-memory-store.js';
export { canonicalizeJson } from './mock/canonicalize-json.js';
export { digestCanonicalJson } from './mock/digest-canonical-json.js';
export { listen, type ListenOptions, type MockServer } from './mock/listen.js';
export { MockConnectionDrop, isMockConnectionDrop } from './mock/mock-connection-drop.js';

// What the spec says, as data: the document, its protocol constants and its validators.
export { spec } from '../generated/spec.js';
export type { components, operations, paths } from '../generated/session-management.js';
export { signingConfig, specLimits, type SigningAlgorithm } from './spec/signing-config.js';
export {
  createSessionMethod,
  createSessionPath,
  productionBaseUrl,
  sandboxBaseUrl,
} from './spec/create-session-operation.js';
export { compileSpecSchema, createSpecAjv } from './spec/create-spec-ajv.js';
export { findResponseSchemaPointer } from './spec/find-response-schema.js';
export { formatValidationIssues, toValidationIssues, type ValidationIssue } from './spec/to-validation-issues.js';
