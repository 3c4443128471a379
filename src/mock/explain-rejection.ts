import { redactSecrets } from '../errors/ingo-session-error.js';
import type { CapturedHeader, CapturedRequest } from '../explain/captured-request.js';
import { explainRequest } from '../explain/explain-request.js';
import type { Explanation } from '../explain/explanation.js';
import { parseAuthorization } from '../signing/authorization-header.js';
import type { MockExchange } from './check-request-head.js';

// Re-exported for existing importers; the checker imports it from its own module, which loads no explain code.
export { summarizeDiagnoses } from './summarize-diagnoses.js';

/** Explains a rejected request with the mock's own credentials; see createRejectionExplainer. */
export type ExplainRejection = (exchange: MockExchange, bytes: Uint8Array, now: number) => Promise<Explanation>;

// Each try costs up to a few hundred milliseconds when nothing reconstructs: bound the tries.
const MAX_CREDENTIALS_TRIED = 5;

/**
 * Creates the explainer of the mock's `explain` option. The request's own username picks the
 * secret when the mock knows it; otherwise each credential (the first five) is tried, and the one
 * whose secret reproduces the signature wins, so a request signed with a known secret under a
 * wrong username gets `username_mismatch` naming the right one. Every secret is redacted from the
 * result. Node gives header names in lower case, so a capture taken through `listen` cannot show
 * how the client spelt them (explain still tries the usual spellings).
 */
export function createRejectionExplainer(secrets: ReadonlyMap<string, string>): ExplainRejection {
  const all = [...secrets.values()];
  return async (exchange, bytes, now) => {
    const request = toCapturedRequest(exchange, bytes);
    const username = readUsername(request);
    const known = username === undefined ? undefined : secrets.get(username);
    let explanation: Explanation | undefined;
    if (known !== undefined) explanation = await explainRequest(request, known, { at: now, username: username! });
    else {
      for (const [name, secret] of [...secrets].slice(0, MAX_CREDENTIALS_TRIED)) {
        const attempt = await explainRequest(request, secret, { at: now, username: name });
        explanation ??= attempt;
        if (!attempt.diagnoses.some((diagnosis) => diagnosis.code === 'wrong_secret_or_unknown')) {
          explanation = attempt;
          break;
        }
      }
    }
    return redactExplanation(explanation!, all);
  };
}

function toCapturedRequest({ method, target, headers }: MockExchange, body: Uint8Array): CapturedRequest {
  const list: CapturedHeader[] = [];
  if (typeof (headers as Headers).get === 'function')
    (headers as Headers).forEach((value, name) => list.push({ name, value }));
  else {
    for (const [name, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
      if (typeof value === 'string') list.push({ name, value });
      else if (Array.isArray(value)) for (const each of value) list.push({ name, value: each });
    }
  }
  return { method, target, headers: list, body };
}

function readUsername(request: CapturedRequest): string | undefined {
  const authorization = request.headers.find(({ name }) => name.toLowerCase() === 'authorization');
  try {
    return authorization === undefined ? undefined : parseAuthorization(authorization.value.trim()).username;
  } catch {
    return undefined;
  }
}

function redactExplanation(explanation: Explanation, secrets: readonly string[]): Explanation {
  return JSON.parse(JSON.stringify(explanation), (key, value: unknown) =>
    typeof value === 'string' && key !== 'code' && key !== 'name' ? redactSecrets(value, secrets) : value,
  ) as Explanation;
}
