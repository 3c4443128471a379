import { findConstraintSource, type ConstraintSource } from '../../src/spec/find-constraint-source.js';
import { readSpecPointer } from '../../src/spec/read-spec-pointer.js';
import type { CheckFailure } from '../check-failure.js';
import { classifyResponse } from '../classify-response.js';
import type { CaseContext, CaseRequest } from '../conformance-case.js';
import type { CaseResult } from '../conformance-report.js';
import { hostUriAllowList } from '../host-uri.js';
import { caseContext, describeWarning, type GeneratedEnv, type GeneratedVerdict } from './generated-property.js';
import { readSchemaTree, type SchemaNode } from './schema-tree.js';

/** A value of a body in undocumented territory, and what the documented core puts in its place. */
export interface UndocumentedValue {
  /** Where it sits in the body (`recipient_information`, `email_address`). */
  path: readonly string[];
  value: unknown;
  /** The spec's example for it; undefined: the core leaves the member out. */
  replacement?: unknown;
  /** Why a refusal of it is not a failure. */
  source: ConstraintSource;
}

/**
 * Every value of a request body in undocumented territory: members whose schema is marked as a
 * whole as derived from an example or an assumption (`x-ingo-source`, like every
 * recipient_information sub-field), members an open object does not declare, and host_uri (which
 * Ingo allow-lists per client). Values inside an undocumented value are not listed apart.
 */
export function undocumentedValues(body: unknown, root: SchemaNode = readSchemaTree()): UndocumentedValue[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || root.type !== 'object') return [];
  return Object.entries(body).flatMap(([name, value]): UndocumentedValue[] => {
    const path = [...root.path, name];
    const node = root.properties[name];
    if (node === undefined)
      return [{ path, value, source: { ...findConstraintSource(root.pointer, 'additionalProperties'), ...extraNote } }];
    if (path.length === 1 && name === 'host_uri') return [{ path, value, source: hostUriAllowList }];
    const mark = (readSpecPointer(node.pointer) as { 'x-ingo-source'?: unknown } | undefined)?.['x-ingo-source'];
    if (typeof mark === 'string')
      return [{ path, value, replacement: exampleOf(node, value), source: findConstraintSource(node.pointer, 'type') }];
    return undocumentedValues(value, node);
  });
}

const extraNote = { kind: 'assumption' as const, note: 'Ingo documents no field beyond the ones it lists' };

/** The spec's example for a node; for an object without one, the examples of the members `value` has. */
function exampleOf(node: SchemaNode, value: unknown): unknown {
  const example = (readSpecPointer(node.pointer) as { example?: unknown } | undefined)?.example;
  if (example !== undefined) return example;
  if (node.type !== 'object' || typeof value !== 'object' || value === null) return undefined;
  return Object.fromEntries(
    Object.keys(value)
      .filter((name) => node.properties[name] !== undefined)
      .map((name) => [name, exampleOf(node.properties[name]!, (value as Record<string, unknown>)[name])]),
  );
}

/**
 * The documented core with every undocumented object completed: members an object declares only
 * from examples (every recipient_information sub-field), absent from the body, added with their
 * examples. A server may require some of them (an e-mail address, say), which Ingo does not document.
 */
export function withExampleMembers(body: unknown, root: SchemaNode = readSchemaTree()): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || root.type !== 'object') return body;
  const declared = Object.entries(root.properties);
  const onlyExamples = root.path.length > 0 && declared.length > 0 && declared.every(([, node]) => isWholeMarked(node));
  const result: Record<string, unknown> = {};
  for (const [name, node] of declared) {
    const value = (body as Record<string, unknown>)[name];
    if (value !== undefined) result[name] = withExampleMembers(value, node);
    else if (onlyExamples) result[name] = fullExample(node);
  }
  for (const [name, value] of Object.entries(body)) if (!(name in result)) result[name] = value;
  return result;
}

function isWholeMarked(node: SchemaNode): boolean {
  return (
    typeof (readSpecPointer(node.pointer) as { 'x-ingo-source'?: unknown } | undefined)?.['x-ingo-source'] === 'string'
  );
}

function fullExample(node: SchemaNode): unknown {
  const example = (readSpecPointer(node.pointer) as { example?: unknown } | undefined)?.example;
  if (example !== undefined || node.type !== 'object') return example;
  return Object.fromEntries(Object.entries(node.properties).map(([name, child]) => [name, fullExample(child)]));
}

/** The body with the given undocumented values replaced by their examples (or left out), the rest kept. */
export function withReplaced(body: unknown, replaced: readonly UndocumentedValue[]): unknown {
  let result = structuredClone(body);
  for (const { path, replacement } of replaced) result = setAt(result, path, replacement);
  return result;
}

function setAt(body: unknown, path: readonly string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const object = { ...(body as Record<string, unknown>) };
  const next = rest.length === 0 ? value : setAt(object[head], rest, value);
  if (next === undefined) delete object[head];
  else object[head] = next;
  return object;
}

/** How a property resends a body for attribution: the same request in every other respect, on a fresh context. */
export type Resend = (body: unknown, ctx: CaseContext) => CaseRequest | Promise<CaseRequest>;

/**
 * Attributes a refusal of a body the spec admits. The body is resent with every undocumented value
 * replaced by its documented example and host_uri dropped (the documented core). If the core is
 * accepted, the refusal belongs to the undocumented part: the values are restored one at a time to
 * name the one refused, and the result is a warning such as "this server refuses
 * `recipient_information.email_address: ""`; …". If the core is refused too, it is completed with
 * the examples of the undocumented members it lacks (withExampleMembers): accepted then, the
 * server requires members Ingo does not document as required, again a warning. Otherwise the
 * refusal stands as a failure. Undefined when the refusal stands.
 */
export async function attributeRefusal(
  env: GeneratedEnv,
  body: unknown,
  resend: Resend,
): Promise<CheckFailure | undefined> {
  const undocumented = undocumentedValues(body);
  if (undocumented.length === 0) return attributeMissing(env, body, resend);
  const core = withReplaced(body, undocumented);
  if (!(await isAccepted(env, core, resend))) return attributeMissing(env, core, resend);
  for (const [index, restored] of undocumented.entries()) {
    const others = undocumented.filter((_, i) => i !== index);
    if (!(await isAccepted(env, withReplaced(body, others), resend))) return refusalWarning([restored]);
  }
  // No value alone: the refusal needs several of them together, or (when the body is accepted now) it was not about the body.
  return (await isAccepted(env, body, resend)) ? undefined : refusalWarning(undocumented);
}

/** When the core is refused: whether completing its undocumented objects with their examples makes it accepted. */
async function attributeMissing(env: GeneratedEnv, core: unknown, resend: Resend): Promise<CheckFailure | undefined> {
  const filled = withExampleMembers(core);
  if (JSON.stringify(filled) === JSON.stringify(core) || !(await isAccepted(env, filled, resend))) return undefined;
  const added = addedPaths(core, filled);
  return {
    check: 'expectation',
    message: `this server refuses the body without ${added.map((p) => `\`${spell(p)}\``).join(', ')}; the same body is accepted with the spec's examples added, and Ingo documents none of them as required (only seen in its examples)`,
    sources: added.map((p) => findConstraintSource(pointerOf(p), 'type')),
  };
}

function addedPaths(before: unknown, after: unknown, path: readonly string[] = []): string[][] {
  if (typeof after !== 'object' || after === null) return [];
  return Object.entries(after).flatMap(([name, value]) => {
    const was = (before as Record<string, unknown> | undefined)?.[name];
    return was === undefined ? [[...path, name]] : addedPaths(was, value, [...path, name]);
  });
}

function pointerOf(path: readonly string[], root: SchemaNode = readSchemaTree()): string {
  let node = root;
  for (const name of path) node = node.properties[name] ?? node;
  return node.pointer;
}

/** Whether the target accepts a body (a new session or a replay), sent alone on a fresh context. */
async function isAccepted(env: GeneratedEnv, body: unknown, resend: Resend): Promise<boolean> {
  try {
    const raw = await env.send(await resend(body, caseContext(env)));
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.text);
    } catch {
      parsed = undefined;
    }
    const { kind } = classifyResponse(raw.status === 201 ? 200 : raw.status, parsed);
    return kind === 'created' || kind === 'replayed';
  } catch {
    return false;
  }
}

function refusalWarning(values: readonly UndocumentedValue[]): CheckFailure {
  const shown = values.map(({ path, value }) => `\`${spell(path)}: ${preview(value)}\``).join(', ');
  const why = values.map(({ path, source }) => `${spell(path)}: ${whyNotFailure(path, source)}`).join('; ');
  return {
    check: 'expectation',
    message: `this server refuses ${shown}; the same body is accepted with ${values.length === 1 ? 'that value' : 'those values'} replaced by the spec's example or left out, and ${why}`,
    sources: values.map((v) => v.source),
  };
}

function whyNotFailure(path: readonly string[], source: ConstraintSource): string {
  if (source === hostUriAllowList) return source.note!;
  if (source.keyword === 'additionalProperties') return 'Ingo documents no such field';
  return `Ingo documents no format for ${spell(path)} (only ${source.kind === 'example' ? 'seen in its examples' : 'assumed'}${source.note ? `: ${source.note}` : ''})`;
}

/** A body path as reports spell it: `recipient_information.email_address`, `recipient_information[" x"]`. */
export function spell(path: readonly string[]): string {
  return path
    .map((name, i) =>
      /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `${i === 0 ? '' : '.'}${name}` : `[${JSON.stringify(name)}]`,
    )
    .join('');
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * A generated verdict after attribution: a refusal that belongs to the undocumented part becomes a
 * warning (a failure under `--strict-assumptions`, still naming its rows); anything else is kept.
 */
export async function attributedVerdict(
  verdict: GeneratedVerdict,
  env: GeneratedEnv,
  body: unknown,
  resend: Resend,
): Promise<GeneratedVerdict> {
  if (verdict.outcome !== 'fail' || !isPlainRefusal(verdict.result)) return verdict;
  const warning = await attributeRefusal(env, body, resend);
  if (warning === undefined) return verdict;
  const result: CaseResult = {
    ...verdict.result,
    outcome: env.strictAssumptions ? 'fail' : 'warning',
    failures: env.strictAssumptions ? [warning] : [],
    warnings: env.strictAssumptions ? [] : [warning, ...verdict.result.warnings],
  };
  return env.strictAssumptions
    ? { outcome: 'fail', result }
    : { outcome: 'warning', result, assumption: describeWarning(warning) };
}

/** A failed result whose only failures say a request was refused where a session was expected. */
export function isPlainRefusal(result: CaseResult): boolean {
  const last = result.exchanges.at(-1)?.response?.classification;
  return (
    result.failures.length > 0 && result.failures.every((f) => f.check === 'expectation') && last?.kind === 'rejected'
  );
}
