import type { ValidationIssue } from '../src/spec/to-validation-issues.js';
import { printable } from './printable.js';

/** One schema issue on one line: `/time must be number, expected "number", received "0.8"`. */
export function describeIssue(issue: ValidationIssue): string {
  const parts = [`${issue.path || '(root)'} ${issue.message}`];
  if (issue.expected !== undefined) parts.push(`expected ${JSON.stringify(issue.expected)}`);
  if (issue.received !== undefined) parts.push(`received ${shorten(JSON.stringify(issue.received))}`);
  return printable(parts.join(', '));
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
