/**
 * A valid Create Session body of exactly `bytes` bytes whose open `recipient_information` holds
 * arrays nested as deep as the size allows: the body that made the mock keep about 1.8 MB of heap
 * per session when stores kept parsed bodies. `id` makes each body distinct.
 */
export function buildHostileBody(bytes: number, id: string): string {
  const shell = (depth: number, pad: string) =>
    `{"participant_unique_id1":"${id}","recipient_information":{"pad":"${pad}","nest":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
  const depth = Math.floor((bytes - Buffer.byteLength(shell(0, ''))) / 2);
  const body = shell(depth, 'x'.repeat(bytes - Buffer.byteLength(shell(depth, ''))));
  if (Buffer.byteLength(body) !== bytes) throw new RangeError(`cannot build a hostile body of ${bytes} bytes`);
  return body;
}
