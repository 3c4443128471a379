/**
 * ingo-session: a spec-first SDK for Ingo Payments' Create Session API. The client, the signer and
 * verifier, the errors and the spec's constants; portable: nothing here imports a Node built-in
 * (node:crypto is asked for at run time where the runtime has it, WebCrypto serves elsewhere).
 * Beside it: `ingo-session/mock` (the embedded mock server), `ingo-session/explain` (why a
 * signature fails), `ingo-session/conformance` (the suite) and `ingo-session/redis`.
 */

// The client.
export { createSessionClient } from './client/create-session-client.js';
export type {
  AnswerInfo,
  AttemptInfo,
  ClientFetch,
  ClockCorrectionInfo,
  CreateSessionBody,
  CreateSessionOptions,
  CreateSessionResult,
  ErrorEnvelope,
  RateLimitOptions,
  RawSessionClient,
  SessionClient,
  SessionClientHooks,
  SessionClientOptions,
  SessionCreated,
} from './client/session-client-types.js';
export type { RetryPolicy } from './client/retry-policy.js';
export type { RateLimiter } from './rate-limit/rate-limiter.js';

// Errors: one base class, flat subclasses, a guard for each.
export { IngoSessionError, isIngoSessionError, redactSecrets } from './errors/ingo-session-error.js';
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
export type { ValidationIssue } from './spec/to-validation-issues.js';

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
export type { SigningCrypto } from './signing/signing-crypto.js';
export { signingMiddleware, type SigningMiddlewareOptions } from './signing/signing-middleware.js';
export { parseAuthorization, type HmacAuthorization } from './signing/authorization-header.js';
export { buildSigningString, type SigningStringParts } from './signing/build-signing-string.js';

// What the spec says, as data.
export { spec } from '../generated/spec.js';
export type { components, operations, paths } from '../generated/session-management.js';
export { signingConfig, specLimits, type SigningAlgorithm } from './spec/signing-config.js';
export {
  createSessionMethod,
  createSessionPath,
  productionBaseUrl,
  sandboxBaseUrl,
} from './spec/create-session-operation.js';
