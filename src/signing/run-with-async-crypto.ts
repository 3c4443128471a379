import type { HashName } from '../spec/signing-config.js';
import type { SigningCrypto } from './signing-crypto.js';
import { SigningError } from './signing-error.js';
import type { AsyncSigningCrypto } from './web-signing-crypto.js';

/**
 * Runs a synchronous, pure computation over SigningCrypto (signRequest, verifyRequest) with a
 * crypto whose answers may arrive asynchronously, without a second copy of the computation.
 *
 * `run` is replayed: each round it gets a SigningCrypto that answers from the results known so far.
 * The first question not yet answered is started on `crypto` and ends the round (a private
 * sentinel is thrown; whatever the round returned or threw is discarded, even if `run` caught the
 * sentinel). Once a round completes without a new question, every answer it used was real, so its
 * result (or its error) is the computation's. This is sound because `run` is a pure function of
 * its crypto's answers (the signer and verifier are, by design; the caller fixes the clock before
 * the first round). Signing and verifying take three rounds each (up to the digest, up to the HMAC,
 * the whole); the rounds cost a few microseconds next to the WebCrypto calls (`npm run bench`).
 *
 * Why not an asynchronous signer beside the synchronous one: two copies of the Kong rules would
 * drift. Why not let signRequest return a promise when its crypto does: the Node path, which is
 * synchronous and measured by the benchmarks, would pay for the check or change its type.
 */
export async function runWithAsyncCrypto<T>(
  run: (crypto: SigningCrypto) => T,
  crypto: SigningCrypto | AsyncSigningCrypto,
): Promise<T> {
  const answers: Answer[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let pending: Promise<void> | undefined;
    const ask = (question: Omit<Answer, 'value'>, start: () => string | Promise<string>): string => {
      const known = answers.find(
        (answer) =>
          answer.op === question.op &&
          answer.hash === question.hash &&
          answer.key === question.key &&
          answer.data === question.data,
      );
      if (known) return known.value;
      if (pending) throw ROUND_ENDED;
      const value = start();
      if (typeof value === 'string') {
        answers.push({ ...question, value });
        return value;
      }
      pending = value.then((resolved) => void answers.push({ ...question, value: resolved }));
      throw ROUND_ENDED;
    };
    const recording: SigningCrypto = {
      digest: (hash, data) => ask({ op: 'digest', hash, key: '', data }, () => crypto.digest(hash, data)),
      hmac: (hash, key, message) =>
        ask({ op: 'hmac', hash, key, data: message }, () => crypto.hmac(hash, key, message)),
      equal: (a, b) => crypto.equal(a, b),
    };
    let result: { value: T } | { error: unknown };
    try {
      result = { value: run(recording) };
    } catch (error) {
      result = { error };
    }
    if (!pending) {
      if ('error' in result) throw result.error;
      return result.value;
    }
    await pending;
  }
  throw new SigningError(`signing asked for more than ${MAX_ROUNDS} rounds of cryptography`);
}

/** One answered question: what was asked (by identity: the very body and strings given) and the answer. */
interface Answer {
  op: 'digest' | 'hmac';
  hash: HashName;
  key: string;
  data: Uint8Array | string;
  value: string;
}

// Each signing or verification asks at most two questions (a digest, then an HMAC over a string that
// depends on it), so it settles in three rounds; the bound only stops a computation that is not pure.
const MAX_ROUNDS = 6;
// Ends a round at its first unanswered question; never escapes runWithAsyncCrypto.
const ROUND_ENDED: unique symbol = Symbol('round ended: an answer is pending');
