/** The mistakes a signing-string variant commits; an empty object is the correct rule. */
export interface SigningMistakes {
  /** The order the sender signed in, when not the declared one. */
  order?: readonly string[];
  /** The version the sender put on the request line (`HTTP/2`, `(none)`…), when not HTTP/1.1. */
  version?: string;
  /** The path and query (or URL) the sender signed, when not the target sent, and how it differs. */
  target?: string;
  targetMistake?: TargetMistake;
  /** How the sender spelt the header names, when not in lower case. */
  nameCase?: string;
  /** How the sender wrote `name: value`, when not so. */
  whitespace?: string;
  crlf?: boolean;
  trailingNewline?: boolean;
}

/** How a signed request target differs from the one sent. */
export type TargetMistake = 'query_dropped' | 'query_added' | 'query_decoded' | 'absolute_url';

/** A signing string under some mistakes. */
export interface SigningVariant {
  readonly text: string;
  readonly mistakes: SigningMistakes;
}

/** What the variants are built from. */
export interface VariantSource {
  method: string;
  target: string;
  /** The version on the captured request line, if any. */
  wireVersion: string | undefined;
  /** Declared signed names, lower-case, in declared order. */
  names: readonly string[];
  /** Values by lower-case name, trimmed (as the verifier reads them). */
  values: Readonly<Record<string, string>>;
  /** Names as spelt on the wire and values untrimmed, by lower-case name. */
  wire: Readonly<Record<string, { name: string; value: string }>>;
  /**
   * The request line as a rare mistake writes it (a lower-case method, another form), from the
   * target and version; the signer's own `METHOD target version` when absent.
   */
  requestLine?: (target: string, version: string) => string;
}

/** One way of doing one part of the signing string, and the mistakes it commits (none for the right way). */
export type Choice<T> = readonly [T, Partial<SigningMistakes>];
