import { signingConfig } from '../src/spec/signing-config.js';
import type { ConformanceCase } from './conformance-case.js';
import { craftRequest } from './craft-request.js';
import { expectCreated } from './expect-outcome.js';

/** Legacy HMAC-SHA256 integrations; opt-in (tag `legacy`), since a server may accept them only for old accounts. */
export function legacyCases(): ConformanceCase[] {
  return [
    {
      id: 'legacy-hmac-sha256',
      title: `a request signed with ${signingConfig.legacyAlgorithm} and its digest header is accepted (legacy integrations)`,
      tags: ['legacy', 'auth'],
      build: (ctx) => craftRequest(ctx, { algorithm: signingConfig.legacyAlgorithm }),
      expect: expectCreated,
    },
  ];
}
