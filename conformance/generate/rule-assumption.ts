import type { SchemaRule } from './schema-rules.js';
import { readSpecPointer } from './schema-tree.js';

/**
 * Where a schema rule comes from, when not from Ingo's documentation: the spec's `x-ingo-source`
 * next to the keyword (`example` or `assumption` for every constraint of the schema object, or a
 * map from constraint name, `required/<member>` for an entry of `required`). Returns one line for
 * reports, such as `assumption (#/components/schemas/CreateSessionRequest additionalProperties)`,
 * or undefined for a documented rule, whose miss is a failure rather than a warning.
 */
export function ruleAssumption(rule: SchemaRule): string | undefined {
  const schema = readSpecPointer(rule.node.pointer) as { 'x-ingo-source'?: unknown; 'x-ingo-note'?: unknown } | undefined;
  const constraint = rule.keyword === 'required' ? `required/${rule.member}` : rule.keyword;
  const marks = schema?.['x-ingo-source'];
  const source = typeof marks === 'string' ? marks : typeof marks === 'object' && marks !== null ? (marks as Record<string, unknown>)[constraint] : undefined;
  if (source !== 'example' && source !== 'assumption') return undefined;
  return `${rule.node.pointer} ${constraint} (${source})`;
}

