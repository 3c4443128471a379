/**
 * The UTF-8 byte length of a string. Buffer.byteLength counts without encoding where there is a
 * Buffer (Node, Bun, Deno, Workers with nodejs_compat); elsewhere (a Worker without it) the string
 * is encoded once. Chosen once, when the module loads.
 */
export const utf8ByteLength: (text: string) => number =
  typeof globalThis.Buffer === 'function'
    ? (text) => Buffer.byteLength(text, 'utf8')
    : (text) => new TextEncoder().encode(text).byteLength;
