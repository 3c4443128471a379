import { signRequest, type Credentials } from '../../src/index.js';

/**
 * The signing fetch the README shows for generators that take a custom fetch (oazapfts'
 * `defaults.fetch`, swagger-typescript-api's `customFetch`, orval's mutator): it signs the exact
 * bytes the generated client serialised, with `signRequest`, and sends them.
 */
export function createSignedFetch(credentials: Credentials): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const { pathname, search } = new URL(request.url);
    const signed = await signRequest(
      { method: request.method, path: pathname + search, body: await request.clone().text() },
      credentials,
    );
    for (const [name, value] of Object.entries(signed)) request.headers.set(name, value);
    return fetch(request);
  };
}
