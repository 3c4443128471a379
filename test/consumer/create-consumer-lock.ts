/**
 * Writes the package-lock.json of a fresh consumer project from the repository's own lock, so that
 * `npm ci --offline` installs the packed tarball and its dependencies from the npm cache that the
 * repository's `npm ci` filled: no registry metadata (which `npm ci` never caches) is needed.
 */

/** One `packages` entry of a lockfile v3. */
export interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  optional?: boolean;
  dev?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  [key: string]: unknown;
}

/** What the consumer project depends on: the tarball's manifest and the repository packages to add. */
export interface ConsumerLockInput {
  repoPackages: Readonly<Record<string, LockEntry>>;
  /** The packed package.json. */
  manifest: { name: string; version: string; dependencies?: Record<string, string>; [key: string]: unknown };
  /** The tarball, relative to the consumer project (e.g. `../ingo-session-0.1.0.tgz`), and its integrity. */
  tarball: { path: string; integrity: string };
  /** Further dependencies of the consumer, taken at the versions the repository locks (e.g. vitest). */
  extra: readonly string[];
  registry?: string;
}

/** The consumer's package.json and package-lock.json, consistent with each other. */
export function createConsumerLock({
  repoPackages,
  manifest,
  tarball,
  extra,
  registry = 'https://registry.npmjs.org/',
}: ConsumerLockInput) {
  const dependencies: Record<string, string> = { [manifest.name]: `file:${tarball.path}` };
  for (const name of extra) dependencies[name] = requireEntry(repoPackages, `node_modules/${name}`).version!;
  const packages: Record<string, LockEntry> = {
    '': { name: 'consumer', dependencies },
    [`node_modules/${manifest.name}`]: {
      ...pick(manifest),
      resolved: `file:${tarball.path}`,
      integrity: tarball.integrity,
    },
  };
  const queue: Array<[string, Record<string, string>]> = [
    [`node_modules/${manifest.name}`, manifest.dependencies ?? {}],
  ];
  for (const name of extra) queue.push(['', { [name]: '*' }]);
  while (queue.length > 0) {
    const [from, wanted] = queue.shift()!;
    for (const name of Object.keys(wanted)) {
      const path = locate(repoPackages, from, name);
      if (path === undefined) {
        if (isOptional(repoPackages[from], name)) continue;
        throw new Error(`the repository lock has no ${name} (needed by ${from || 'the consumer'})`);
      }
      if (packages[path]) continue;
      const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = requireEntry(repoPackages, path);
      packages[path] = { resolved: `${registry}${name}/-/${name.split('/').pop()}-${entry.version}.tgz`, ...entry };
      queue.push([path, needed(entry)]);
    }
  }
  return {
    packageJson: { name: 'consumer', version: '1.0.0', private: true, type: 'module', dependencies },
    packageLock: { name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages },
  };
}

function needed(entry: LockEntry): Record<string, string> {
  const peers = Object.entries(entry.peerDependencies ?? {}).filter(
    ([name]) => !entry.peerDependenciesMeta?.[name]?.optional,
  );
  return { ...entry.dependencies, ...entry.optionalDependencies, ...Object.fromEntries(peers) };
}

function isOptional(entry: LockEntry | undefined, name: string): boolean {
  return entry?.optionalDependencies?.[name] !== undefined;
}

/** Node's lookup: the nearest node_modules/<name> from `from` upwards, as the repository's tree has it. */
function locate(packages: Readonly<Record<string, LockEntry>>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (base === '') return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

function requireEntry(packages: Readonly<Record<string, LockEntry>>, path: string): LockEntry {
  const entry = packages[path];
  if (!entry?.version) throw new Error(`the repository lock has no ${path}`);
  return entry;
}

function pick(manifest: ConsumerLockInput['manifest']): LockEntry {
  const keys = ['version', 'license', 'dependencies', 'peerDependencies', 'peerDependenciesMeta', 'bin', 'engines'];
  return Object.fromEntries(keys.filter((key) => manifest[key] !== undefined).map((key) => [key, manifest[key]]));
}
