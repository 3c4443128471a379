import type { CaseStep, ConformanceCase } from './conformance-case.js';
import { craftRequest } from './craft-request.js';
import { expectCreated, expectRejected } from './expect-outcome.js';
import { minimalRequestBody } from './spec-facts.js';
import { specRejections } from './spec-rejections.js';

/** The first body every idempotency case sends, and a body that differs from it as a JSON value. */
const firstBody = minimalRequestBody;
const otherBody = () => ({ ...minimalRequestBody(), participant_unique_id2: 'different-body' });

const createWithKey: CaseStep = { build: (ctx) => craftRequest(ctx, { body: firstBody() }), expect: expectCreated };
const keyReused = expectRejected(specRejections.keyReused);
const reuseKeyWithOtherBody: CaseStep = { build: (ctx) => craftRequest(ctx, { body: otherBody() }), expect: keyReused };

/** The Idempotency-Key semantics: each case runs its requests in order and needs a server that keeps state. */
export function idempotencyCases(): ConformanceCase[] {
  return [
    {
      id: 'idempotent-replay',
      title: 'the same key and body again replays the session (status 101, same session, fresh authorized_url)',
      tags: ['idempotency', 'stateful'],
      setup: [createWithKey],
      build: (ctx) => craftRequest(ctx, { body: firstBody() }),
      expect: { outcome: 'replayed', sameSessionAs: 0, differentUrlFrom: 0 },
    },
    {
      id: 'key-reused-with-different-body',
      title: 'the same key with a different body is rejected (13723)',
      tags: ['idempotency', 'stateful'],
      setup: [createWithKey],
      build: reuseKeyWithOtherBody.build,
      expect: keyReused,
    },
    {
      id: 'new-key-after-different-body',
      title: 'after a 13723, the different body under a new key creates a new session (status 100)',
      tags: ['idempotency', 'stateful'],
      setup: [createWithKey, reuseKeyWithOtherBody],
      build: (ctx) => craftRequest(ctx, { body: otherBody(), idempotencyKey: ctx.otherKey }),
      expect: { ...expectCreated, differentSessionFrom: 0 },
    },
  ];
}
