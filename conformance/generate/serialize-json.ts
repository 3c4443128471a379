import fc from 'fast-check';

/** How a JSON value is written: member order, whitespace between tokens, and which characters are escaped. */
export interface JsonLayout {
  /** Shuffles every object's members; 0 keeps the order they were built in. */
  orderSeed: number;
  /** Whitespace written at each token boundary in turn; none when empty. */
  whitespace: readonly string[];
  /** `ascii`: every character outside printable ASCII as `\uXXXX`; `solidus`: `/` as `\/`; `minimal`: only what JSON requires. */
  escapes: 'minimal' | 'ascii' | 'solidus';
}

/** The plain layout (what JSON.stringify writes), which every layout shrinks to. */
export const plainLayout: JsonLayout = { orderSeed: 0, whitespace: [], escapes: 'minimal' };

/** Layouts over any member order, JSON whitespace (space, tab, LF, CR) and escaping. */
export const jsonLayout: fc.Arbitrary<JsonLayout> = fc.record({
  orderSeed: fc.oneof(fc.constant(0), fc.nat()),
  whitespace: fc.array(fc.constantFrom('', ' ', '\n', '\t', '\r\n', '  ', ' \n\t'), { maxLength: 6 }),
  escapes: fc.constantFrom('minimal', 'ascii', 'solidus'),
});

/**
 * Writes a JSON value in a layout. Every layout of a value parses back to the same value, so a
 * server that compares, digests or parses bodies as anything but the exact bytes of JSON shows it.
 */
export function serializeJson(value: unknown, layout: JsonLayout = plainLayout): string {
  let turn = 0;
  const space = () => (layout.whitespace.length === 0 ? '' : layout.whitespace[turn++ % layout.whitespace.length]!);
  // Mixed first, so that small seeds (what shrinking tries) still shuffle well.
  let order = Math.imul(layout.orderSeed ^ 0x9e3779b9, 0x85ebca6b) ^ 0x27d4eb2f || 1;
  const write = (item: unknown): string => {
    if (item === null || typeof item === 'number' || typeof item === 'boolean') return JSON.stringify(item);
    if (typeof item === 'string') return writeString(item, layout.escapes);
    if (Array.isArray(item)) return `[${item.map((element) => `${space()}${write(element)}${space()}`).join(',')}]`;
    const keys = Object.keys(item as object);
    if (layout.orderSeed !== 0) {
      // A small deterministic shuffle (xorshift), so a layout is a pure value that fast-check can replay.
      for (let i = keys.length - 1; i > 0; i--) {
        order ^= order << 13;
        order ^= order >>> 17;
        order ^= order << 5;
        const j = (order >>> 0) % (i + 1);
        [keys[i], keys[j]] = [keys[j]!, keys[i]!];
      }
    }
    const members = keys.map(
      (key) =>
        `${space()}${writeString(key, layout.escapes)}${space()}:${space()}${write((item as Record<string, unknown>)[key])}${space()}`,
    );
    return `{${members.join(',')}}`;
  };
  return `${space()}${write(value)}${space()}`;
}

function writeString(text: string, escapes: JsonLayout['escapes']): string {
  const json = JSON.stringify(text);
  if (escapes === 'solidus') return json.replaceAll('/', '\\/');
  if (escapes === 'ascii')
    return json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return json;
}
