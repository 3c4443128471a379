import { runWithAsyncCrypto } from './run-with-async-crypto.js';
import {
  signRequest,
  type Credentials,
  type SignableRequest,
  type SignedHeaders,
  type SignOptions,
} from './sign-request.js';
import type { SigningCrypto } from './signing-crypto.js';
import { webSigningCrypto, type AsyncSigningCrypto } from './web-signing-crypto.js';

/** signRequestAsync's options: those of signRequest, with a crypto that may be asynchronous. */
export interface AsyncSignOptions extends Omit<SignOptions, 'crypto'> {
  /** Cryptography; WebCrypto (`webSigningCrypto`) by default. A synchronous SigningCrypto works too. */
  crypto?: SigningCrypto | AsyncSigningCrypto;
}

/**
 * signRequest for runtimes without node:crypto: the same headers, byte for byte, computed with
 * WebCrypto by default. It runs signRequest itself (see runWithAsyncCrypto), so every rule and
 * error is the synchronous signer's; the clock is read once, here.
 */
export function signRequestAsync(
  request: SignableRequest,
  credentials: Credentials,
  { now = new Date(), crypto = webSigningCrypto, ...options }: AsyncSignOptions = {},
): Promise<SignedHeaders> {
  return runWithAsyncCrypto(
    (answers) => signRequest(request, credentials, { ...options, now, crypto: answers }),
    crypto,
  );
}
