import { runWithAsyncCrypto } from './run-with-async-crypto.js';
import type { SigningCrypto } from './signing-crypto.js';
import {
  verifyRequest,
  type LookupSecret,
  type VerifiableRequest,
  type VerifyOptions,
  type VerifyResult,
} from './verify-request.js';
import { webSigningCrypto, type AsyncSigningCrypto } from './web-signing-crypto.js';

/** verifyRequestAsync's options: those of verifyRequest, with a crypto that may be asynchronous. */
export interface AsyncVerifyOptions extends Omit<VerifyOptions, 'crypto'> {
  /** Cryptography; WebCrypto (`webSigningCrypto`) by default. A synchronous SigningCrypto works too. */
  crypto?: SigningCrypto | AsyncSigningCrypto;
}

/**
 * verifyRequest for runtimes without node:crypto: the same verdict, computed with WebCrypto by
 * default. It runs verifyRequest itself (see runWithAsyncCrypto), so every Kong rule is the
 * synchronous verifier's; the clock is read once, here, and `lookupSecret` may be called once per round.
 */
export function verifyRequestAsync(
  request: VerifiableRequest,
  lookupSecret: LookupSecret,
  { now = new Date(), crypto = webSigningCrypto, ...options }: AsyncVerifyOptions = {},
): Promise<VerifyResult> {
  return runWithAsyncCrypto(
    (answers) => verifyRequest(request, lookupSecret, { ...options, now, crypto: answers }),
    crypto,
  );
}
