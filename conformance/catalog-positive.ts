import { signingConfig } from '../src/spec/signing-config.js';
import type { ConformanceCase } from './conformance-case.js';
import { craftRequest } from './craft-request.js';
import { expectCreated } from './expect-outcome.js';
import { fillField } from './fill-field.js';
import {
  fullRequestBody,
  localeCodes,
  minimalRequestBody,
  requestFieldLimits,
  requiredRequestFields,
} from './spec-facts.js';

/** Correct requests that every conforming server must accept with a new session. */
export function positiveCases(): ConformanceCase[] {
  return [
    {
      id: 'minimal-body',
      title: "the spec's minimal body (quick start) creates a session",
      tags: ['positive'],
      build: (ctx) => craftRequest(ctx, { body: minimalRequestBody() }),
      expect: expectCreated,
    },
    {
      id: 'full-body',
      title: "the spec's full body (every documented field) creates a session",
      tags: ['positive', 'host-uri'],
      build: (ctx) => craftRequest(ctx, { body: fullRequestBody() }),
      expect: expectCreated,
    },
    {
      id: 'optional-fields-absent',
      title:
        'only the required fields (recipient_information empty) create a session; participant_unique_id2 echoes as ""',
      tags: ['positive'],
      build: (ctx) => {
        const minimal = minimalRequestBody();
        const body = Object.fromEntries(requiredRequestFields.map((field) => [field, minimal[field]]));
        return craftRequest(ctx, { body: { ...body, recipient_information: {} } });
      },
      expect: expectCreated,
    },
    ...requestFieldLimits.flatMap((limit): ConformanceCase[] =>
      limit.maxLength === undefined
        ? []
        : [
            {
              id: `${limit.field}-at-max-length`,
              title: `${limit.field} of exactly ${limit.maxLength} characters (the spec's maxLength) is accepted`,
              tags: ['positive', 'limits', ...(limit.format === 'uri' ? ['host-uri'] : [])],
              build: (ctx) =>
                craftRequest(ctx, {
                  body: { ...minimalRequestBody(), [limit.field]: fillField(limit, limit.maxLength!) },
                }),
              expect: expectCreated,
            },
          ],
    ),
    ...localeCodes.map((code): ConformanceCase => ({
      id: `locale-${code.toLowerCase()}`,
      title: `language_locale_code ${code} (from the spec's enum) is accepted`,
      tags: ['locale', 'positive'],
      build: (ctx) => craftRequest(ctx, { body: { ...minimalRequestBody(), language_locale_code: code } }),
      expect: expectCreated,
    })),
    {
      id: 'alternate-header-order',
      title: "a signature over the spec's alternate header order (quick-start page) is accepted",
      tags: ['auth', 'positive'],
      build: (ctx) => craftRequest(ctx, { headerOrder: signingConfig.alternateHeaderOrder }),
      expect: expectCreated,
    },
    {
      id: 'x-date-within-skew',
      title: `an X-Date ${signingConfig.clockSkewSeconds / 2} s in the past (half the allowed skew) is accepted`,
      tags: ['auth', 'positive', 'clock'],
      build: (ctx) =>
        craftRequest(ctx, { now: new Date(ctx.now().getTime() - (signingConfig.clockSkewSeconds / 2) * 1000) }),
      expect: expectCreated,
    },
  ];
}
