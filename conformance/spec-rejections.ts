import { spec } from '../generated/spec.js';
import { findConstraintSource } from '../src/spec/find-constraint-source.js';
import type { ExpectedRejection } from './conformance-case.js';
import { createSessionPath } from './spec-facts.js';

/** One row of the spec's decision table: an HTTP status and the envelope status that goes with it. */
export type SpecRejection = ExpectedRejection;

type ResponseName = keyof typeof spec.components.responses;
type ExampleName = keyof typeof spec.components.examples;

const operationResponses = spec.paths[createSessionPath].post.responses as unknown as Record<string, { $ref?: string }>;

/**
 * Reads one row of the decision table from the spec: the HTTP status under which the operation
 * lists the response `responseName`, and the envelope `status` of its example `exampleName`.
 * Throws when the spec does not pair them, so that a renamed response or example fails loudly.
 * Each half carries its source (`x-ingo-source`): most of the table is this project's assumption.
 */
export function rejectionFromSpec(responseName: ResponseName, exampleName: ExampleName): SpecRejection {
  const ref = `#/components/responses/${responseName}`;
  const httpStatus = Object.entries(operationResponses).find(([, entry]) => entry.$ref === ref)?.[0];
  if (httpStatus === undefined || !/^\d{3}$/.test(httpStatus)) {
    throw new Error(`the spec lists no exact HTTP status for the response ${responseName}`);
  }
  const examples =
    (
      spec.components.responses[responseName] as {
        content: { 'application/json': { examples?: Record<string, { $ref: string }> } };
      }
    ).content['application/json'].examples ?? {};
  if (!Object.values(examples).some((example) => example.$ref === `#/components/examples/${exampleName}`)) {
    throw new Error(`the spec's response ${responseName} has no example ${exampleName}`);
  }
  const envelopeStatus = (spec.components.examples[exampleName].value as { status?: unknown }).status;
  if (typeof envelopeStatus !== 'number') throw new Error(`the spec's example ${exampleName} has no numeric status`);
  return {
    httpStatus: Number(httpStatus),
    envelopeStatus,
    source: `${responseName}/${exampleName}`,
    sources: {
      httpStatus: findConstraintSource(ref, 'httpStatus'),
      envelopeStatus: findConstraintSource(`#/components/examples/${exampleName}`, 'status'),
    },
  };
}

/** The rejections the catalog expects, each one row of the spec's decision table. */
export const specRejections = {
  invalidBody: rejectionFromSpec('BadRequest', 'InvalidBody'),
  badSignature: rejectionFromSpec('Unauthorized', 'BadSignature'),
  staleDate: rejectionFromSpec('Unauthorized', 'StaleDate'),
  tooLarge: rejectionFromSpec('PayloadTooLarge', 'TooLarge'),
  wrongContentType: rejectionFromSpec('UnsupportedMediaType', 'WrongContentType'),
  keyReused: rejectionFromSpec('IdempotencyConflict', 'KeyReused'),
} as const;
