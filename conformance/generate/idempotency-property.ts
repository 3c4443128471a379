import fc from 'fast-check';
import { sameJson } from './same-json.js';
import { redactSecrets } from '../../src/errors/ingo-session-error.js';
import type { SchemaCache } from '../../src/spec/create-schema-cache.js';
import type { CheckFailure } from '../check-failure.js';
import { judgeExpectation } from '../judge-expectation.js';
import { isDocumented } from '../../src/spec/find-constraint-source.js';
import { checkResponse } from '../check-response.js';
import { classifyResponse, type Classification } from '../classify-response.js';
import type { CaseRequest } from '../conformance-case.js';
import type { CaseResult, ExchangeRecord } from '../conformance-report.js';
import { craftRequest } from '../craft-request.js';
import { recordExchange } from '../run-case.js';
import { retryAfterMs } from '../retry-after-ms.js';
import type { RawResponse } from '../send-case-request.js';
import {
  caseContext,
  describeWarning,
  type GeneratedEnv,
  type GeneratedProperty,
  type GeneratedVerdict,
} from './generated-property.js';
import { createIdempotencyModel, type IdempotencyCommand } from './idempotency-model.js';
import { readSchemaTree } from './schema-tree.js';
import { jsonLayout, serializeJson, type JsonLayout } from './serialize-json.js';
import { validValue } from './valid-value.js';
import { attributeRefusal, isPlainRefusal } from './attribute-refusal.js';
import { positiveBodyOptions } from './body-properties.js';

/** A drawn sequence: bodies to fill the body slots, commands, and the layout of re-serialised bodies. */
export interface IdempotencySequence {
  bodies: readonly unknown[];
  commands: readonly IdempotencyCommand[];
  layout: JsonLayout;
}

const KEY_SLOTS = 3;
const MAX_COMMANDS = 6;
const ID = 'idempotency-sequence';

/**
 * Random sequences of create, replay, conflicting replay, new key, concurrent duplicates and other
 * bodies in between (with and without keys), each answer checked against a model of the documented
 * Idempotency-Key rules. Shrinks to the shortest sequence of the plainest bodies that still diverges.
 */
export function idempotencyProperty(
  validators: SchemaCache,
  hostUris: readonly string[] = [],
): GeneratedProperty<IdempotencySequence> {
  const key = fc.nat({ max: KEY_SLOTS - 1 });
  const body = fc.nat({ max: 2 });
  const command: fc.Arbitrary<IdempotencyCommand> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('send' as const), key, body, reserialise: fc.boolean() }), weight: 6 },
    {
      arbitrary: fc.record({
        kind: fc.constant('send' as const),
        key: fc.constant(null),
        body,
        reserialise: fc.constant(false),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('concurrent' as const),
        key,
        body,
        copies: fc.integer({ min: 2, max: 3 }),
      }),
      weight: 2,
    },
  );
  const objectBody = validValue(readSchemaTree(), positiveBodyOptions(validators, hostUris)) as fc.Arbitrary<
    Record<string, unknown>
  >;
  return {
    id: ID,
    title:
      'sequences of creates, replays, conflicting replays, new keys and concurrent duplicates follow the Idempotency-Key rules',
    tags: ['generated-idempotency', 'idempotency', 'stateful'],
    weight: 8,
    arbitrary: fc.record({
      // Body 1 keeps body 0's participant ids and differs elsewhere: a conflict check that looks at the ids only shows.
      bodies: fc
        .tuple(objectBody, objectBody, objectBody)
        .map(([first, second, third]) => [first, withIdsOf(first, second), third])
        .filter(([a, b, c]) => !sameJson(a, b) && !sameJson(a, c) && !sameJson(b, c)),
      commands: fc.array(command, { minLength: 1, maxLength: MAX_COMMANDS }),
      layout: jsonLayout,
    }),
    run: runSequence,
    describe: (sequence) => ({
      summary: sequence.commands.map((c, i) => `${i + 1}. ${describeCommand(c)}`).join('; '),
      bodies: sequence.commands.map((c) => ({
        body: textOf(sequence, c),
        ...(c.key === null ? {} : { idempotencyKey: `<key ${c.key}>` }),
      })),
      curlable: true,
      size: `${sequence.commands.length} command${sequence.commands.length === 1 ? '' : 's'}`,
    }),
  };
}

async function runSequence(sequence: IdempotencySequence, env: GeneratedEnv): Promise<GeneratedVerdict> {
  const started = env.timer();
  const model = createIdempotencyModel();
  const keys = Array.from({ length: KEY_SLOTS }, () => env.randomUUID());
  const failures: CheckFailure[] = [];
  const warnings: CheckFailure[] = [];
  // Under strictAssumptions a warning counts as a failure, still naming its spec rows.
  const warn = (found: CheckFailure) => (env.strictAssumptions ? failures : warnings).push(found);
  const exchanges: ExchangeRecord[] = [];
  const secrets = [env.credentials.secret];
  for (const [step, command] of sequence.commands.entries()) {
    const text = textOf(sequence, command);
    const copies = command.kind === 'concurrent' ? command.copies : 1;
    const build = (): Promise<CaseRequest> =>
      craftRequest(caseContext(env), { body: text, idempotencyKey: command.key === null ? null : keys[command.key]! });
    const sent = await Promise.all(Array.from({ length: copies }, () => sendWithRetry(build, env)));
    const answers: Classification[] = [];
    for (const { request, raw, attempts, error } of sent) {
      if (error !== undefined || raw === undefined) {
        failures.push({ check: 'transport', step, message: `no response: ${error ?? 'unknown'}` });
        continue;
      }
      const checked = checkResponse(
        { status: raw.status, contentType: raw.headers.get('content-type'), text: raw.text },
        env.validators,
      );
      failures.push(...checked.failures.map((failure) => ({ ...failure, step })));
      for (const warning of checked.warnings) warn({ ...warning, step });
      const classification = classifyResponse(raw.status, checked.body);
      answers.push(classification);
      exchanges.push(
        recordExchange(
          step,
          request,
          { raw, observation: { classification, requestBody: sequence.bodies[command.body] } },
          attempts,
          0,
          secrets,
        ),
      );
      // The echo of the participant ids, as for every catalog success.
      if (classification.kind === 'created' || classification.kind === 'replayed') {
        const judged = judgeExpectation(
          { outcome: classification.kind },
          { classification, requestBody: sequence.bodies[command.body] },
          [],
        );
        for (const message of judged.failures) failures.push({ check: 'expectation', step, message });
        for (const { message, sources } of judged.warnings) warn({ check: 'expectation', step, message, sources });
      }
    }
    if (answers.length < copies) break;
    for (const { message, sources } of model.check(command, answers, text, sequence.bodies[command.body])) {
      if (sources !== undefined && !sources.some(isDocumented)) warn({ check: 'expectation', step, message, sources });
      else failures.push({ check: 'expectation', step, message });
    }
    if (failures.length > 0) break;
  }
  const refused = failures.length > 0 ? await attributeSequence(sequence, env, failures, exchanges) : undefined;
  if (refused) {
    failures.length = 0;
    warn(refused);
  }
  const outcome = failures.length > 0 ? 'fail' : warnings.length > 0 ? 'warning' : 'pass';
  const result: CaseResult = {
    id: ID,
    title: 'idempotency sequence',
    tags: ['generated'],
    outcome,
    durationMs: env.timer() - started,
    failures: failures.map((f) => ({ ...f, message: redactSecrets(f.message, secrets) })),
    warnings: warnings.map((w) => ({ ...w, message: redactSecrets(w.message, secrets) })),
    exchanges,
  };
  return outcome === 'warning' ? { outcome, result, assumption: describeWarning(warnings[0]!) } : { outcome, result };
}

/**
 * When a sequence failed because a body was refused, whether the refusal belongs to the body's
 * undocumented values rather than to the Idempotency-Key rules: the bodies the sequence sent are
 * attributed one by one (attributeRefusal, each sent alone under a fresh key); the first refusal so
 * attributed is returned, as a warning.
 */
async function attributeSequence(
  sequence: IdempotencySequence,
  env: GeneratedEnv,
  failures: readonly CheckFailure[],
  exchanges: readonly ExchangeRecord[],
): Promise<CheckFailure | undefined> {
  if (!isPlainRefusal({ failures, exchanges } as CaseResult)) return undefined;
  const used = [...new Set(sequence.commands.map((c) => c.body))];
  for (const index of used) {
    const warning = await attributeRefusal(env, sequence.bodies[index], (body, ctx) =>
      craftRequest(ctx, { body: serializeJson(body) }),
    );
    if (warning) return warning;
  }
  return undefined;
}

async function sendWithRetry(
  build: () => CaseRequest | Promise<CaseRequest>,
  env: GeneratedEnv,
  maxAttempts = 3,
): Promise<{ request: CaseRequest; raw?: RawResponse; attempts: number; error?: string }> {
  let request = await build();
  for (let attempts = 1; ; attempts++) {
    try {
      const raw = await env.send(request);
      if (raw.status !== 429 || attempts >= maxAttempts) return { request, raw, attempts };
      await env.sleep(retryAfterMs(raw.headers.get('retry-after'), env.now()));
      request = await build();
    } catch (error) {
      return { request, attempts, error: (error as Error).message };
    }
  }
}

/** `body` with the participant ids of `ids` (present or absent alike). */
function withIdsOf(ids: Record<string, unknown>, body: Record<string, unknown>): Record<string, unknown> {
  const { participant_unique_id1: _1, participant_unique_id2: _2, ...rest } = body;
  return {
    participant_unique_id1: ids.participant_unique_id1,
    ...(ids.participant_unique_id2 === undefined ? {} : { participant_unique_id2: ids.participant_unique_id2 }),
    ...rest,
  };
}

/** The exact body text a command sends: its body slot, plainly written or, to re-serialise, in the sequence's layout. */
export function textOf(sequence: IdempotencySequence, command: IdempotencyCommand): string {
  const body = sequence.bodies[command.body];
  return command.kind === 'send' && command.reserialise ? serializeJson(body, sequence.layout) : serializeJson(body);
}

function describeCommand(command: IdempotencyCommand): string {
  if (command.kind === 'concurrent') return `${command.copies} at once: key ${command.key}, body ${command.body}`;
  return `${command.key === null ? 'no key' : `key ${command.key}`}, body ${command.body}${command.reserialise ? ' (re-serialised)' : ''}`;
}
