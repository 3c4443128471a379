import { expect, test } from 'vitest';
import { rejectionFromSpec, specRejections } from './spec-rejections.js';

test("the decision table's rows are read from the spec's responses and examples", () => {
  expect(specRejections).toEqual({
    invalidBody: { httpStatus: 400, envelopeStatus: 400, source: 'BadRequest/InvalidBody' },
    badSignature: { httpStatus: 401, envelopeStatus: 401, source: 'Unauthorized/BadSignature' },
    staleDate: { httpStatus: 401, envelopeStatus: 402, source: 'Unauthorized/StaleDate' },
    tooLarge: { httpStatus: 413, envelopeStatus: 413, source: 'PayloadTooLarge/TooLarge' },
    wrongContentType: { httpStatus: 415, envelopeStatus: 415, source: 'UnsupportedMediaType/WrongContentType' },
    keyReused: { httpStatus: 422, envelopeStatus: 13723, source: 'IdempotencyConflict/KeyReused' },
  });
});

test('a response and example the spec does not pair, or a range status, is refused loudly', () => {
  expect(() => rejectionFromSpec('Unauthorized', 'KeyReused')).toThrow("the spec's response Unauthorized has no example KeyReused");
  expect(() => rejectionFromSpec('ServerError', 'Unavailable')).toThrow('the spec lists no exact HTTP status for the response ServerError');
});
