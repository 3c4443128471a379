// Setup file of `npm run test:fast` (vitest.fast.config.ts): no child processes in this tier.
import { forbidChildProcesses } from './forbid-child-processes.js';

forbidChildProcesses();
