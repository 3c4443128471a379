import { randomFillSync, randomUUID } from 'node:crypto';
import { createSeededRandom, type RandomSource } from './seeded-random.js';

/** Where the mock's session ids and authorized_url tokens come from. */
export interface MockIdSource {
  /** A version 4 UUID, lower-case. */
  uuid(): string;
  /** 32 opaque bytes, Base64: the `h` of an authorized_url. */
  token(): string;
}

const TOKEN_BYTES = 32;

/**
 * Creates the id source: reproducible from `seed` when one is given (the `--seed` mode), otherwise
 * node:crypto's random UUIDs and bytes.
 */
export function createIdSource(seed?: number): MockIdSource {
  if (seed === undefined) {
    // One randomFillSync per 256 tokens instead of one call per token (as randomUUID batches too).
    const pool = Buffer.allocUnsafe(TOKEN_BYTES * 256);
    let offset = pool.length;
    const token = () => {
      if (offset === pool.length) {
        randomFillSync(pool);
        offset = 0;
      }
      offset += TOKEN_BYTES;
      return pool.toString('base64', offset - TOKEN_BYTES, offset);
    };
    return { uuid: () => randomUUID(), token };
  }
  const random = createSeededRandom(seed);
  return {
    uuid: () => formatUuidV4(drawBytes(random, 16)),
    token: () => drawBytes(random, TOKEN_BYTES).toString('base64'),
  };
}

function drawBytes(random: RandomSource, count: number): Buffer {
  const bytes = Buffer.allocUnsafe(count);
  for (let i = 0; i < count; i += 4) bytes.writeUInt32BE(Math.floor(random() * 2 ** 32), i);
  return bytes;
}

/** Sets the RFC 9562 version (4) and variant bits on 16 bytes and writes them as a UUID. */
function formatUuidV4(bytes: Buffer): string {
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
