import { redactSecrets } from '../errors/ingo-session-error.js';

/**
 * A copy of a parsed answer body with every string (member names included) redacted like error
 * messages are: a hostile or buggy server may echo the attempt's signature or the secret anywhere
 * in it, and `err.body` is printed and logged by callers. Iterative, so that a body nested as deep
 * as `maxAnswerBytes` allows cannot overflow the stack. Values without a string are returned as they are.
 */
export function redactBody(body: unknown, secrets: readonly string[]): unknown {
  if (typeof body === 'string') return redactSecrets(body, secrets);
  if (body === null || typeof body !== 'object') return body;
  const root: { value: unknown } = { value: undefined };
  const pending: [unknown, (copy: unknown) => void][] = [[body, (copy) => (root.value = copy)]];
  while (pending.length > 0) {
    const [value, place] = pending.pop()!;
    if (typeof value === 'string') place(redactSecrets(value, secrets));
    else if (Array.isArray(value)) {
      const copy: unknown[] = new Array(value.length);
      place(copy);
      value.forEach((item, i) => pending.push([item, (c) => (copy[i] = c)]));
    } else if (value !== null && typeof value === 'object') {
      const copy: Record<string, unknown> = {};
      place(copy);
      for (const [name, item] of Object.entries(value))
        pending.push([
          item,
          (c) =>
            Object.defineProperty(copy, redactSecrets(name, secrets), {
              value: c,
              enumerable: true,
              writable: true,
              configurable: true,
            }),
        ]);
    } else place(value);
  }
  return root.value;
}

/** A copy of an answer's status and headers with every header value redacted; its body is not kept (it was read). */
export function redactResponse(response: Response, secrets: readonly string[]): Response {
  const headers = new Headers();
  response.headers.forEach((value, name) => headers.append(name, redactSecrets(value, secrets)));
  return new Response(null, {
    status: response.status,
    statusText: redactSecrets(response.statusText, secrets),
    headers,
  });
}
