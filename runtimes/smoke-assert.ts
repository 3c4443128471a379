/** Throws an Error with `message` unless `condition` holds: a smoke check's failure, with what it saw. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
