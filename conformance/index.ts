/**
 * `ingo-session/conformance`: check any Create Session server against the spec, from code, the CLI
 * (`ingo-session conformance`) or vitest (`await expect(response).toSatisfyApiSpec()`), and certify
 * clients in any language. Only what a user calls lives here; the CLI and the tests import the rest
 * from its own module.
 */
import './vitest-matchers.js';

// The suite, run from code, and its report.
export { runConformance, type RunConformanceOptions, type ConformanceProgress } from './run-conformance.js';
export type { ConformanceProfile, ProfileName } from './conformance-profiles.js';
export type { GenerationOptions } from './generate/resolve-generation.js';
export type {
  CaseOutcome,
  CaseResult,
  ConformanceReport,
  ConformanceTotals,
  ExchangeRecord,
} from './conformance-report.js';
export type { CheckFailure, ResponseCheckName } from './check-failure.js';
export { formatSummary } from './format-summary.js';
export { formatJunit } from './format-junit.js';
export { formatJsonReport } from './format-json-report.js';
export { recordBaseline, parseBaseline, type Baseline } from './baseline.js';
// The vitest matcher.
export {
  toSatisfyApiSpec,
  createSpecMatcher,
  type SpecMatcher,
  type SpecMatcherResult,
} from './to-satisfy-api-spec.js';
export { installMatchers, type ExtendableExpect } from './install-matchers.js';
export { ConformanceError, isConformanceError } from './conformance-error.js';
// Certification of clients in any language (`ingo-session certify -- COMMAND`), and in process.
export {
  certifyClient,
  certifyCommand,
  type CertifyEnv,
  type CertifyOptions,
  type CertifyRunResult,
} from './certify/certify-client.js';
export type { CheckName as CertifyCheckName } from './certify/certify-checks.js';
export type { CertifyBounds } from './certify/scripted-server.js';
export { CommandStartError, isCommandStartError } from './certify/run-client-command.js';
export type {
  CertifyReport,
  CheckLevel,
  CheckResult as CertifyCheckResult,
  CheckSummary as CertifyCheckSummary,
  ClientOutcome,
  RecordedAttempt,
  ScenarioResult,
} from './certify/certify-types.js';
export { formatCertifySummary, formatCertifyJson, formatCertifyJunit } from './certify/format-certify.js';
