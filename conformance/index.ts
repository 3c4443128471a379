/**
 * `ingo-session/conformance`: check any Create Session server against the spec, from code, the CLI
 * (`ingo-session conformance`) or vitest (`await expect(response).toSatisfyApiSpec()`).
 */
import './vitest-matchers.js';

export { runConformance, type RunConformanceOptions, type ConformanceProgress } from './run-conformance.js';
export { probeBaseUrl } from './probe-base-url.js';
export { answerLimits } from './read-answer.js';
export { DEFAULT_REMOTE_TIME_LIMIT_MS } from './run-time-limit.js';
export { createCatalog, optInTags } from './conformance-catalog.js';
export type {
  CaseContext,
  CaseExpectation,
  CaseRequest,
  CaseStep,
  ConformanceCase,
  ExpectedOutcome,
  ExpectedRejection,
} from './conformance-case.js';
export { craftRequest, type CraftOptions } from './craft-request.js';
export {
  conformanceProfiles,
  resolveProfile,
  type ConformanceProfile,
  type ProfileName,
} from './conformance-profiles.js';
export { selectCases, type CaseSelection, type SelectedCases } from './select-cases.js';
export {
  reportExitCode,
  type CaseOutcome,
  type CaseResult,
  type ConformanceReport,
  type ConformanceTotals,
  type ExchangeRecord,
} from './conformance-report.js';
export type { CheckFailure, ResponseCheckName } from './check-failure.js';
export { checkResponse, type ObservedResponse, type ResponseCheck } from './check-response.js';
export { classifyResponse, type Classification, type RejectionForm } from './classify-response.js';
export { formatSummary } from './format-summary.js';
export { formatJunit } from './format-junit.js';
export { formatJsonReport } from './format-json-report.js';
export { createProgressPrinter, type ProgressPrinter, type ProgressPrinterOptions } from './create-progress-printer.js';
export {
  toSatisfyApiSpec,
  createSpecMatcher,
  type SpecMatcher,
  type SpecMatcherResult,
} from './to-satisfy-api-spec.js';
export { installMatchers, type ExtendableExpect } from './install-matchers.js';
export { ConformanceError, isConformanceError } from './conformance-error.js';
export { specRejections, rejectionFromSpec, type SpecRejection } from './spec-rejections.js';
export {
  findConstraintSource,
  sourceOfSchemaError,
  isDocumented,
  describeSourceRow,
  type ConstraintSource,
  type SourceKind,
  type SchemaErrorLocation,
} from '../src/spec/find-constraint-source.js';
export { judgeExpectation, type ExpectationVerdict } from './judge-expectation.js';
export { runGenerated, generatedProperties } from './generate/load-generated.js';
export type { GenerateOptions } from './generate/run-generated.js';
export {
  resolveGeneration,
  defaultGeneratedCases,
  type GenerationOptions,
  type ResolvedGeneration,
} from './generate/resolve-generation.js';
export type { GeneratedCaseInfo } from './generate/generated-case-info.js';
export type {
  GeneratedEnv,
  GeneratedExample,
  GeneratedProperty,
  GeneratedVerdict,
} from './generate/generated-property.js';
export { parseReplayId, replayId, rerunCommand, curlCommand } from './generate/rerun-commands.js';
// The spec's published limits (the rate a run against Ingo keeps to), so that a runner needs only this entry.
export { specLimits } from '../src/spec/signing-config.js';
export {
  recordBaseline,
  parseBaseline,
  applyBaseline,
  type Baseline,
  type BaselineFinding,
  type BaselineSummary,
} from './baseline.js';
export { lenientMistakes, type LenientMistake } from './lenient-mistakes.js';
export { describeBadHostUri, type HostUriOptions } from './host-uri.js';
// Certification of clients in any language (`ingo-session certify -- COMMAND`), and in process.
export {
  certifyClient,
  certifyCommand,
  certifyDefaults,
  type CertifyEnv,
  type CertifyOptions,
  type CertifyRunResult,
} from './certify/certify-client.js';
export { certifyScenarios, scenarioNames, type CertifyScenario } from './certify/certify-scenarios.js';
export { certifyChecks, type CertifyCheck, type CheckName as CertifyCheckName } from './certify/certify-checks.js';
export { certifyBodies } from './certify/certify-bodies.js';
export type { CertifyBounds, ScriptStep } from './certify/scripted-server.js';
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
export { runCertify, type CertifyIo, type CertifyRequest } from './certify/run-certify.js';
export { CommandStartError } from './certify/run-client-command.js';
