import type { Diagnosis } from '../explain/explanation.js';

/** One line per diagnosis, `code: message; fix: …`, for an answer's client_message. */
export function summarizeDiagnoses(diagnoses: readonly Diagnosis[]): string {
  return diagnoses.map(({ code, message, fix }) => `${code}: ${message}; fix: ${fix}`).join(' | ');
}
