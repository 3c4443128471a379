/**
 * `ingo-session/explain`: which classic signing mistake a captured request makes (a debugging aid:
 * it tries thousands of variants of the signing string, with node:crypto).
 */
export { explainRequest, type ExplainOptions } from './explain-request.js';
export { parseCapturedRequest, type CaptureFormat } from './parse-captured-request.js';
export { formatExplanation } from './format-explanation.js';
export { ExplainInputError, isExplainInputError } from './explain-input-error.js';
export { diagnosisFixes } from './diagnosis-fixes.js';
export type { CapturedHeader, CapturedRequest } from './captured-request.js';
export type {
  CheckName as ExplainCheckName,
  Diagnosis,
  DiagnosisCode,
  ExplainCheck,
  Explanation,
  SigningStringComparison,
} from './explanation.js';
