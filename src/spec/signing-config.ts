import { spec } from '../../generated/spec.js';

/**
 * The protocol constants of Ingo's HMAC scheme, read from the spec's `x-ingo-signing` extension so
 * that the spec, the signer, the verifier, the client and the mock cannot drift apart. Header names
 * are lower-case, as they appear in the signed `headers` list.
 */
export const signingConfig = spec.components.securitySchemes.IngoHmac['x-ingo-signing'];

/** Limits the spec publishes in `x-ingo-limits` (rate documented; body size an assumption). */
export const specLimits = spec['x-ingo-limits'];

/** An algorithm id of the `Authorization` header, such as `hmac-sha512`. */
export type SigningAlgorithm = keyof typeof signingConfig.algorithms;

/** A node:crypto hash name used by one of the algorithms (`sha512`, `sha256`). */
export type HashName = (typeof signingConfig.algorithms)[SigningAlgorithm]['hash'];

/** Every algorithm id the spec knows, default first. */
export const signingAlgorithms = Object.keys(signingConfig.algorithms) as SigningAlgorithm[];

/** Whether `value` is an algorithm id the spec knows. */
export function isSigningAlgorithm(value: string): value is SigningAlgorithm {
  return Object.hasOwn(signingConfig.algorithms, value);
}

/** The lower-case digest header an algorithm signs (`content-sha512` for `hmac-sha512`). */
export function digestHeaderFor(algorithm: SigningAlgorithm): string {
  return signingConfig.algorithms[algorithm].digestHeader;
}

/** Every digest header name the spec knows, lower-case. */
export const digestHeaders: readonly string[] = signingAlgorithms.map(digestHeaderFor);

const parameterNames = [
  ...Object.values(spec.components.parameters).map((parameter) => parameter.name),
  ...Object.values(signingConfig.headerDefinitions).map((header) => header.name),
];

/**
 * The spelling to send for each lower-case header name the signer writes: the spec's names of the
 * signing headers (`X-Date`, `Content-sha512`, … in `x-ingo-signing.headerDefinitions`) and of its
 * parameters, plus the two headers that are neither.
 */
export const headerSpelling: Readonly<Record<string, string>> = Object.fromEntries(
  [...parameterNames, 'Content-Type', 'Authorization'].map((name) => [name.toLowerCase(), name]),
);
