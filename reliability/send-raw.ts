import { connect } from 'node:net';

/** What came back on one raw connection. */
export interface RawExchange {
  /** HTTP statuses of every response received, in order. */
  statuses: number[];
  /** Whether the server closed the connection before `waitMs` ran out. */
  closed: boolean;
}

/**
 * Writes `bytes` on a fresh TCP connection, half-closes it (so that the server sees the end of
 * the input) and collects what comes back until the server closes or `waitMs` passes. Never
 * rejects: a reset is just a closed connection.
 */
export function sendRaw(baseUrl: string, bytes: Uint8Array, { waitMs = 2_000 } = {}): Promise<RawExchange> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    let settled = false;
    const finish = (closed: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(received).toString('latin1');
      resolve({
        statuses: [...text.matchAll(/(?:^|\r\n)HTTP\/1\.[01] (\d{3}) /g)].map((match) => Number(match[1])),
        closed,
      });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (data: Buffer) => received.push(data));
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
    socket.write(bytes, () => socket.end());
  });
}
