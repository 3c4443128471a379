/** What a report says about a generated property: how it ran and, when it diverged, the shrunk case and how to rerun it. */
export interface GeneratedCaseInfo {
  /** The property's id (`valid-body`, `invalid-body/:required:recipient_information`, …). */
  property: string;
  /** The run's seed (`--seed`). */
  seed: number;
  /** The seed fast-check used for this property, derived from the run's seed and the property's id. */
  propertySeed: number;
  /** Cases run, shrink attempts not included. */
  runs: number;
  /** Shrinking steps that kept the divergence. */
  shrinks: number;
  /** Cases that differed from the spec only in an Assumption. */
  warnings: number;
  /** Whether the time limit stopped generation or shrinking. */
  interrupted: boolean;
  /** fast-check's path to the shrunk case. */
  path?: string;
  /** `property@path`, for `--replay`. */
  replay?: string;
  /** The one-line rerun command. */
  rerun?: string;
  /** A shell command that re-signs and sends the shrunk case with curl (body cases only). */
  curl?: string;
  /** The shrunk case and its size. */
  example?: { summary: string; size: string };
  /** For a warning: the Assumption the server differs from. */
  assumption?: string;
}
