import { formatAuthorization } from '../../src/signing/authorization-header.js';
import { buildSigningString } from '../../src/signing/build-signing-string.js';
import { signRequest } from '../../src/signing/sign-request.js';
import { nodeSigningCrypto } from '../../src/signing/signing-crypto.js';
import { signingConfig } from '../../src/spec/signing-config.js';
import type { CaseContext, CaseRequest } from '../conformance-case.js';
import { craftRequest } from '../craft-request.js';
import { createSessionMethod, createSessionPath } from '../spec-facts.js';

/** What differs between what is signed and what is sent; everything else is signed correctly. */
export interface Perturbation {
  /** Signed values (lower-case names) that differ from the values sent. */
  signedValues?: Readonly<Record<string, string>>;
  /** The method and path signed in the request line, instead of the ones sent. */
  signedMethod?: string;
  signedPath?: string;
  /** Header names the signature is computed over, instead of the ones declared. */
  signedNames?: readonly string[];
  /** Header names declared in `headers="…"`. */
  declaredNames?: readonly string[];
  /** Username and algorithm written in Authorization. */
  username?: string;
  algorithm?: string;
  /** Replaces the computed Base64 signature. */
  signature?: (signature: string) => string;
  /** Header values sent that differ from the signed ones (the digest of other bytes, …). */
  sentValues?: Readonly<Record<string, string>>;
}

/**
 * A request for `body` signed with the default algorithm and then perturbed in exactly one way:
 * one signed value, the request line, the declared header list, a parameter of Authorization or the
 * signature itself. The body, its Content-Length and its digest on the wire stay correct.
 */
export async function signPerturbed(ctx: CaseContext, body: string, perturbation: Perturbation): Promise<CaseRequest> {
  const request = await craftRequest(ctx, { body });
  const algorithm = signingConfig.defaultAlgorithm;
  const { hash } = signingConfig.algorithms[algorithm];
  const sent = await signRequest({ method: createSessionMethod, path: createSessionPath, body }, ctx.credentials, {
    now: ctx.now(),
    algorithm,
  });
  const values: Record<string, string> = Object.fromEntries(
    Object.entries(sent).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const names = perturbation.declaredNames ?? signingConfig.defaultHeaderOrder;
  const signedNames = perturbation.signedNames ?? names;
  const message = buildSigningString(
    {
      method: perturbation.signedMethod ?? createSessionMethod,
      path: perturbation.signedPath ?? createSessionPath,
      headers: { ...values, ...perturbation.signedValues },
    },
    signedNames,
  );
  const signature = nodeSigningCrypto.hmac(hash, ctx.credentials.secret, message);
  const authorization = formatAuthorization({
    username: perturbation.username ?? ctx.credentials.username,
    algorithm: perturbation.algorithm ?? algorithm,
    headers: names,
    signature: perturbation.signature?.(signature) ?? signature,
  });
  for (const name of Object.keys(request.headers)) {
    const lower = name.toLowerCase();
    if (lower === 'authorization') request.headers[name] = authorization;
    else if (perturbation.sentValues?.[lower] !== undefined) request.headers[name] = perturbation.sentValues[lower]!;
  }
  return request;
}
