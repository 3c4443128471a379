import { findConstraintSource } from '../src/spec/find-constraint-source.js';
import { signingConfig, specLimits } from '../src/spec/signing-config.js';
import type { ConformanceCase } from './conformance-case.js';
import { craftRequest } from './craft-request.js';
import { expectRejected } from './expect-outcome.js';
import { fillField } from './fill-field.js';
import {
  localeCodes,
  minimalRequestBody,
  requestFieldLimits,
  requiredRequestFields,
  type JsonObject,
} from './spec-facts.js';
import { specRejections } from './spec-rejections.js';

const invalidBody = expectRejected(specRejections.invalidBody);
const requestPointer = '#/components/schemas/CreateSessionRequest';
/** invalidBody, resting on one constraint of the request schema (a warning when it is not documented). */
const invalidBodyBy = (keyword: string, field?: string, entry?: string) => ({
  ...invalidBody,
  basis: findConstraintSource(
    field === undefined ? requestPointer : `${requestPointer}/properties/${field}`,
    keyword,
    entry,
  ),
});
/** A locale that looks plausible but is not in the spec's enum (checked below, never assumed). */
const FOREIGN_LOCALE = 'xx-XX';

/** Correctly signed requests whose body, media type, size or Idempotency-Key break the spec. */
export function validationCases(): ConformanceCase[] {
  if (localeCodes.includes(FOREIGN_LOCALE))
    throw new Error(`${FOREIGN_LOCALE} is in the spec's locale enum; pick another`);
  const maxKeyLength = signingConfig.idempotency.maxKeyLength;
  return [
    {
      id: 'wrong-content-type',
      title: 'a JSON body signed and sent as text/plain is rejected',
      tags: ['validation', 'media-type'],
      build: (ctx) => craftRequest(ctx, { contentType: 'text/plain' }),
      expect: expectRejected(specRejections.wrongContentType),
    },
    {
      id: 'malformed-json',
      title: 'a correctly signed body that is not JSON is rejected',
      tags: ['validation'],
      build: (ctx) => craftRequest(ctx, { body: JSON.stringify(minimalRequestBody()).slice(0, -2) }),
      expect: invalidBody,
    },
    ...requestFieldLimits.flatMap((limit): ConformanceCase[] => [
      ...(limit.maxLength === undefined
        ? []
        : [
            {
              id: `${limit.field}-over-max-length`,
              title: `${limit.field} of ${limit.maxLength + 1} characters (the spec's maxLength + 1) is rejected`,
              tags: ['validation', 'limits'],
              build: (ctx) =>
                craftRequest(ctx, {
                  body: { ...minimalRequestBody(), [limit.field]: fillField(limit, limit.maxLength! + 1) },
                }),
              expect: invalidBodyBy('maxLength', limit.field),
            } satisfies ConformanceCase,
          ]),
      ...(!limit.minLength
        ? []
        : [
            {
              id: `${limit.field}-under-min-length`,
              title: `${limit.field} of ${limit.minLength - 1} characters (the spec's minLength - 1) is rejected`,
              tags: ['validation', 'limits'],
              build: (ctx) =>
                craftRequest(ctx, {
                  body: { ...minimalRequestBody(), [limit.field]: 'x'.repeat(limit.minLength! - 1) },
                }),
              expect: invalidBodyBy('minLength', limit.field),
            } satisfies ConformanceCase,
          ]),
    ]),
    ...requiredRequestFields.map((field): ConformanceCase => ({
      id: `missing-${field}`,
      title: `a body without the required ${field} is rejected`,
      tags: ['validation'],
      build: (ctx) => {
        const body = minimalRequestBody();
        delete body[field];
        return craftRequest(ctx, { body });
      },
      expect: invalidBodyBy('required', undefined, field),
    })),
    {
      id: 'locale-outside-enum',
      title: `language_locale_code ${FOREIGN_LOCALE} (not in the spec's enum) is rejected`,
      tags: ['validation'],
      build: (ctx) => craftRequest(ctx, { body: { ...minimalRequestBody(), language_locale_code: FOREIGN_LOCALE } }),
      expect: invalidBodyBy('enum', 'language_locale_code'),
    },
    {
      id: 'idempotency-key-too-long',
      title: `an Idempotency-Key of ${maxKeyLength + 1} characters (the spec's maximum + 1) is rejected`,
      tags: ['validation', 'limits'],
      build: (ctx) =>
        craftRequest(ctx, {
          idempotencyKey: `${ctx.key}-`
            .repeat(Math.ceil((maxKeyLength + 1) / (ctx.key.length + 1)))
            .slice(0, maxKeyLength + 1),
        }),
      expect: invalidBody,
    },
    {
      id: 'body-too-large',
      title: `a valid body of ${specLimits.maxBodyBytes + 1} bytes (x-ingo-limits.maxBodyBytes + 1) is rejected`,
      tags: ['validation', 'limits'],
      build: (ctx) => craftRequest(ctx, { body: padBody(minimalRequestBody(), specLimits.maxBodyBytes + 1) }),
      expect: {
        ...expectRejected(specRejections.tooLarge),
        basis: findConstraintSource('#/x-ingo-limits', 'maxBodyBytes'),
      },
    },
  ];
}

/** The body with recipient_information (which allows further fields) padded to exactly `bytes` bytes of JSON. */
function padBody(body: JsonObject, bytes: number): string {
  const recipient = body.recipient_information as JsonObject;
  const empty = JSON.stringify({ ...body, recipient_information: { ...recipient, padding: '' } });
  return JSON.stringify({
    ...body,
    recipient_information: { ...recipient, padding: 'x'.repeat(bytes - Buffer.byteLength(empty)) },
  });
}
