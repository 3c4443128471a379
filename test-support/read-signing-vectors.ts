import { readdirSync, readFileSync } from 'node:fs';

/**
 * One signing vector of src/signing/vectors/*.json. The digest field is named after the algorithm's
 * digest header (`content_sha512`, or `content_sha256` for legacy vectors); `path` carries the query.
 */
export interface SigningVector {
  name: string;
  secret: string;
  username: string;
  method: string;
  path: string;
  x_date: string;
  content_type: string;
  body: string;
  content_length: number;
  algorithm: string;
  headers: string;
  signature: string;
  [digestField: string]: string | number;
}

/** The folder of the vector files, shared by the signer's, the mock's and the CLI's tests. */
export const signingVectorFolder = new URL('../src/signing/vectors/', import.meta.url);

/** The vector files' names, sorted. */
export function listSigningVectorFiles(): string[] {
  return readdirSync(signingVectorFolder)
    .filter((file) => file.endsWith('.json'))
    .sort();
}

/** The vectors of one file of src/signing/vectors. */
export function readSigningVectors(file: string): SigningVector[] {
  return (JSON.parse(readFileSync(new URL(file, signingVectorFolder), 'utf8')) as { vectors: SigningVector[] }).vectors;
}
