import type { ConstraintSource } from '../src/spec/find-constraint-source.js';
import { signingConfig } from '../src/spec/signing-config.js';
import type { ConformanceCase } from './conformance-case.js';
import { craftRequest } from './craft-request.js';
import { expectCreated } from './expect-outcome.js';
import { fillField } from './fill-field.js';
import { hostUriAllowList, type HostUriOptions } from './host-uri.js';
import {
  fullRequestBody,
  localeCodes,
  minimalRequestBody,
  requestFieldLimits,
  requiredRequestFields,
} from './spec-facts.js';

const recipientMembersUndocumented: ConstraintSource = {
  kind: 'example',
  pointer: '#/components/schemas/RecipientInformation',
  keyword: 'required',
  note: "Ingo documents none of recipient_information's members, nor which of them are required",
};

/**
 * Correct requests that every conforming server must accept with a new session. host_uri is
 * allow-listed per client, so a positive case carries one only when the user names accepted
 * values; a host_uri the user did not name may be refused (a warning).
 */
export function positiveCases({ hostUris = [] }: HostUriOptions = {}): ConformanceCase[] {
  const { host_uri: _exampleHost, ...fullWithoutHost } = fullRequestBody();
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
      title:
        hostUris.length > 0
          ? `the spec's full body (every documented field, host_uri ${hostUris[0]}) creates a session`
          : "the spec's full body (every documented field but host_uri, since none was named) creates a session",
      tags: ['positive', 'host-uri'],
      build: (ctx) =>
        craftRequest(ctx, {
          body: hostUris.length > 0 ? { ...fullWithoutHost, host_uri: hostUris[0] } : fullWithoutHost,
        }),
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
      // Ingo documents none of recipient_information's members, nor which are required: a server may require some.
      expect: { ...expectCreated, basis: recipientMembersUndocumented },
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
              // A host_uri the user did not name may be refused: it is allow-listed per client.
              expect: limit.format === 'uri' ? { ...expectCreated, basis: hostUriAllowList } : expectCreated,
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
