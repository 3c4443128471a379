import { spec } from '../../generated/spec.js';

type SpecPaths = typeof spec.paths;

/** The path of Create Session, from the spec (its only operation). */
export const createSessionPath = Object.keys(spec.paths)[0] as keyof SpecPaths;

/** The HTTP method of Create Session, upper-case as sent. */
export const createSessionMethod = 'POST';

/** The sandbox server, the spec's first `servers` entry: the client's default base URL. */
export const sandboxBaseUrl: string = spec.servers[0].url;

/** The production server, the spec's second `servers` entry. */
export const productionBaseUrl: string = spec.servers[1].url;

/** The request media type of Create Session, from the spec (`application/json`). */
export const createSessionMediaType = Object.keys(spec.paths[createSessionPath].post.requestBody.content)[0]!;
