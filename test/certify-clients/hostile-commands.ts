/**
 * Client commands that try to exhaust `certify` (#27): what each does, and how certify must end it.
 * Shared by the test (hostile-commands.test.ts) and the matrix (hostile-matrix.ts).
 */
import { fileURLToPath } from 'node:url';

const hostileClient = fileURLToPath(new URL('./hostile_client.py', import.meta.url));

export interface HostileCommand {
  mode: string;
  command: string;
  /** `PIDFILE` is replaced by a file where the command writes the pid of a child it forks. */
  args: string[];
  /** How certify ends it. */
  ending: 'exited' | 'time-limit' | 'flooded';
  /** The bound refused, for a command that sends too much. */
  refused?: 'body' | 'headers' | 'connections' | 'attempts';
}

export const hostileCommands: readonly HostileCommand[] = [
  { mode: 'hangs', command: 'sleep', args: ['600'], ending: 'time-limit' },
  { mode: 'ignores SIGTERM', command: 'sh', args: ['-c', "trap '' TERM; sleep 600"], ending: 'time-limit' },
  { mode: 'forks and hangs', command: 'sh', args: ['-c', 'sleep 600 & echo $! > PIDFILE; wait'], ending: 'time-limit' },
  {
    mode: 'forks and exits (child keeps stdout)',
    command: 'sh',
    args: ['-c', 'sleep 600 & echo $! > PIDFILE; echo "{}"; exit 1'],
    ending: 'exited',
  },
  { mode: 'floods stdout', command: 'yes', args: [], ending: 'flooded' },
  { mode: 'floods stderr', command: 'sh', args: ['-c', 'yes 1>&2'], ending: 'time-limit' },
  {
    mode: 'huge body (10 MB)',
    command: 'python3',
    args: [hostileClient, 'huge-body'],
    ending: 'exited',
    refused: 'body',
  },
  {
    mode: 'huge header (100 KB)',
    command: 'python3',
    args: [hostileClient, 'huge-headers'],
    ending: 'exited',
    refused: 'headers',
  },
  {
    mode: '40 connections at once',
    command: 'python3',
    args: [hostileClient, 'many-connections'],
    ending: 'exited',
    refused: 'connections',
  },
  {
    mode: '60 attempts',
    command: 'python3',
    args: [hostileClient, 'many-attempts'],
    ending: 'exited',
    refused: 'attempts',
  },
];
