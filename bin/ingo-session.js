#!/usr/bin/env node
// Entry point of the published CLI: the compiled form of src/cli/main.ts (built by `npm run build`).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
