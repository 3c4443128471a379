import type { ConformanceCase } from './conformance-case.js';
import { ConformanceError } from './conformance-error.js';

/** Which cases to run. */
export interface CaseSelection {
  /** Run only cases with at least one of these tags (all cases when absent or empty). */
  tags?: readonly string[];
  /** Never run cases with any of these tags. */
  exclude?: readonly string[];
  /** Tags whose cases run only when named in `tags`. */
  optIn?: readonly string[];
}

/** The selected cases in catalog order, and every other case with the reason it is skipped. */
export interface SelectedCases {
  selected: ConformanceCase[];
  skipped: { conformanceCase: ConformanceCase; reason: string }[];
}

/**
 * Selects cases by tag. Opt-in tags (such as `legacy`) must be named in `tags` even when another
 * of the case's tags matches. Throws on a tag no case has, or when nothing is selected, since both
 * are almost certainly typos that would otherwise pass vacuously.
 */
export function selectCases(
  catalog: readonly ConformanceCase[],
  { tags = [], exclude = [], optIn = [] }: CaseSelection = {},
): SelectedCases {
  const known = new Set(catalog.flatMap((c) => c.tags));
  const unknown = [...tags, ...exclude].filter((tag) => !known.has(tag));
  if (unknown.length > 0) {
    throw new ConformanceError(
      `unknown tag${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: known tags are ${[...known].sort().join(', ')}`,
    );
  }
  const result: SelectedCases = { selected: [], skipped: [] };
  for (const conformanceCase of catalog) {
    const reason = skipReason(conformanceCase.tags, tags, exclude, optIn);
    if (reason) result.skipped.push({ conformanceCase, reason });
    else result.selected.push(conformanceCase);
  }
  if (result.selected.length === 0) throw new ConformanceError('no conformance case matches the selected tags');
  return result;
}

function skipReason(
  caseTags: readonly string[],
  tags: readonly string[],
  exclude: readonly string[],
  optIn: readonly string[],
): string | undefined {
  const excluded = caseTags.find((tag) => exclude.includes(tag));
  if (excluded) return `excluded by tag ${excluded}`;
  if (tags.length > 0 && !caseTags.some((tag) => tags.includes(tag))) return `has none of the tags ${tags.join(', ')}`;
  const optedOut = caseTags.find((tag) => optIn.includes(tag) && !tags.includes(tag));
  if (optedOut) return `opt-in tag ${optedOut} (select it with tags: ${optedOut})`;
  return undefined;
}
