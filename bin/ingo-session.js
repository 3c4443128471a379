#!/usr/bin/env node
// Entry point of the published CLI: the bundled, compiled form of cli/main.ts (dist/cli/, built
// by `npm run build`, which `npm pack` runs). In a clone nothing builds dist/ on install, so say what to do.
let main;
try {
  ({ main } = await import('../dist/cli/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/main.js')) throw error;
  process.stderr.write(
    'ingo-session: dist/ is not built in this clone: run `npm run build` once (or `npm run conformance -- …`, which needs no build)\n',
  );
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
