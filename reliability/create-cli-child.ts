/**
 * `ingo-session <args>` in a process of its own, for the hostile-server matrix: exactly the CLI's
 * main (its stdout, stderr and exit code), plus the process's peak RSS written to the file named by
 * RELIABILITY_RSS_FILE when it exits, however it exits.
 */
import { writeFileSync } from 'node:fs';
import { main } from '../cli/main.js';

const rssFile = process.env.RELIABILITY_RSS_FILE;
process.on('exit', () => {
  if (rssFile) writeFileSync(rssFile, String(process.resourceUsage().maxRSS * 1024));
});
process.exitCode = await main(process.argv.slice(2));
