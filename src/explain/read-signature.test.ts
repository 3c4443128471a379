import { createHmac } from 'node:crypto';
import { expect, test } from 'vitest';
import { readSignature } from './read-signature.js';

const mac = createHmac('sha512', 'k').update('m').digest();
const base64 = mac.toString('base64');

test.each([
  ['standard Base64', base64, ['base64']],
  ['Base64 without padding', base64.replace(/=+$/, ''), ['base64_unpadded']],
  [
    'Base64url',
    mac.toString('base64url'),
    mac.toString('base64url').includes('-') || mac.toString('base64url').includes('_')
      ? ['base64url']
      : ['base64_unpadded'],
  ],
  ['hex', mac.toString('hex'), ['hex']],
  ['upper-case hex', mac.toString('hex').toUpperCase(), ['hex']],
])('%s decodes to the MAC', (_, value, encodings) => {
  const readings = readSignature(value, 64);
  expect(readings.map((reading) => reading.encoding)).toEqual(encodings);
  for (const reading of readings) expect(reading.base64).toBe(base64);
});

test('a MAC of another length, or text that is no encoding, reads as nothing', () => {
  expect(readSignature(createHmac('sha256', 'k').update('m').digest('base64'), 64)).toEqual([]);
  expect(readSignature('not a signature!', 64)).toEqual([]);
  // Non-canonical: the last character's unused bits are not zero, so it is not what any encoder writes.
  expect(readSignature(`${base64.slice(0, -3)}B==`, 64)).toEqual([]);
});
