import { expect, test } from 'vitest';
import { rejectionFromSpec, specRejections } from './spec-rejections.js';

test("the decision table's rows are read from the spec's responses and examples", () => {
  const rows = Object.fromEntries(
    Object.entries(specRejections).map(([name, { sources: _sources, ...row }]) => [name, row]),
  );
  expect(rows).toEqual({
    invalidBody: { httpStatus: 400, envelopeStatus: 400, source: 'BadRequest/InvalidBody' },
    badSignature: { httpStatus: 401, envelopeStatus: 401, source: 'Unauthorized/BadSignature' },
    staleDate: { httpStatus: 401, envelopeStatus: 402, source: 'Unauthorized/StaleDate' },
    tooLarge: { httpStatus: 413, envelopeStatus: 413, source: 'PayloadTooLarge/TooLarge' },
    wrongContentType: { httpStatus: 415, envelopeStatus: 415, source: 'UnsupportedMediaType/WrongContentType' },
    keyReused: { httpStatus: 422, envelopeStatus: 13723, source: 'IdempotencyConflict/KeyReused' },
  });
});

test('each half of a row carries its source: only 401 for a bad signature and 13723 are documented', () => {
  const kinds = Object.fromEntries(
    Object.entries(specRejections).map(([name, row]) => [
      name,
      [row.sources!.httpStatus.kind, row.sources!.envelopeStatus.kind],
    ]),
  );
  expect(kinds).toEqual({
    invalidBody: ['assumption', 'assumption'],
    badSignature: ['documented', 'assumption'],
    staleDate: ['documented', 'assumption'],
    tooLarge: ['assumption', 'assumption'],
    wrongContentType: ['assumption', 'assumption'],
    keyReused: ['assumption', 'documented'],
  });
});

test('a response and example the spec does not pair is refused loudly', () => {
  expect(() => rejectionFromSpec('Unauthorized', 'KeyReused')).toThrow(
    "the spec's response Unauthorized has no example KeyReused",
  );
  expect(() => rejectionFromSpec('ServerError', 'KeyReused')).toThrow(
    "the spec's response ServerError has no example KeyReused",
  );
});
