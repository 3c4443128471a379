import type { VerifyFailureReason } from '../signing/verify-request.js';

/**
 * What explain names. The first group is found by reconstructing the mistake (recomputing the
 * digest, the length, the date or the signature under the mistaken rule and comparing); when no
 * reconstruction matches a failing check, the diagnosis carries the verifier's own reason code,
 * or `wrong_secret_or_unknown` for the signature (its message says what was ruled out and what
 * was not: the secret is one suspect among several). src/explain/MISTAKES.md lists every code
 * beside the input of the signature it is about.
 */
export type DiagnosisCode =
  | 'content_length_not_bytes'
  | 'digest_hex'
  | 'digest_algorithm_mismatch'
  | 'digest_other_bytes'
  | 'signing_string_trailing_newline'
  | 'signing_string_crlf'
  | 'header_order'
  | 'request_line_version'
  | 'request_line_query'
  | 'request_line_url'
  | 'header_name_case'
  | 'header_value_whitespace'
  | 'date_format'
  | 'date_weekday'
  | 'clock_skew'
  | 'signature_encoding'
  | 'username_mismatch'
  | 'secret_whitespace'
  | 'content_type_changed'
  | 'content_type_not_json'
  | 'content_length_changed'
  | 'date_header_instead'
  | 'date_signed_other_format'
  | 'date_signed_differs'
  | 'signed_header_dropped'
  | 'signed_names_differ'
  | 'header_list_separator'
  | 'request_line_method'
  | 'request_line_form'
  | 'request_line_path'
  | 'signature_algorithm_mismatch'
  | 'secret_quoted'
  | 'secret_decoded'
  | 'wrong_secret_or_unknown'
  | Exclude<VerifyFailureReason, 'signature_mismatch' | 'stale_date' | 'unknown_username'>;

/** A named mistake with a one-line fix. */
export interface Diagnosis {
  code: DiagnosisCode;
  /** What was found, with the values that show it (never a secret or a signature). */
  message: string;
  /** One line: what to change in the sender. */
  fix: string;
}

/** The checks explain runs, in the order it reports them. */
export type CheckName =
  | 'request_line'
  | 'authorization'
  | 'username'
  | 'x_date'
  | 'content_type'
  | 'content_length'
  | 'digest'
  | 'signed_headers'
  | 'signature';

/** One check with what the verifier expects and what the request carried. */
export interface ExplainCheck {
  name: CheckName;
  ok: boolean;
  expected: string;
  received: string;
  /** Why it failed, when it did. */
  message?: string;
  /** For the signature: the signing string expected beside what the sender most likely signed. */
  signingString?: SigningStringComparison;
  /** For the signature: how much the reconstruction searched (HMACs computed) and how long it took. */
  search?: { candidates: number; ms: number; cutShort?: string[] };
}

/** The expected signing string and the reconstruction of what the sender signed. */
export interface SigningStringComparison {
  expected: string;
  /** Undefined when no reconstruction matches the signature (wrong secret, or an unknown mistake). */
  reconstructed?: string;
  /** 1-based number of the first line that differs, when there is a reconstruction that differs. */
  firstDifferingLine?: number;
}

/** explainRequest's verdict: `ok` when the request verifies and every check passes. */
export interface Explanation {
  ok: boolean;
  checks: ExplainCheck[];
  diagnoses: Diagnosis[];
}
