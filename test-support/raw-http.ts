import { connect } from 'node:net';

/** What came back on a raw connection. */
export interface RawHttpResult {
  /** Everything the server sent, as latin1 text. */
  text: string;
  /** Whether the server closed (or reset) the connection before `waitMs` ran out. */
  closed: boolean;
  /** HTTP statuses of every response in `text`, in order. */
  statuses: number[];
}

/**
 * Writes raw bytes to a server (chunk by chunk, `gapMs` apart) and collects the answer until the
 * server closes the connection or `waitMs` passes: for input no HTTP client would send.
 */
export function rawHttp(
  baseUrl: string,
  chunks: readonly (string | Uint8Array)[],
  { gapMs = 0, waitMs = 2000 } = {},
): Promise<RawHttpResult> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    let closed = false;
    const finish = () => {
      clearTimeout(timer);
      const text = Buffer.concat(received).toString('latin1');
      resolve({ text, closed, statuses: [...text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1])) });
    };
    const timer = setTimeout(() => {
      socket.destroy();
      finish();
    }, waitMs);
    socket.on('data', (data) => received.push(data));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      closed = true;
      finish();
    });
    void (async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) return;
        socket.write(chunk);
        if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
      }
    })();
  });
}

/** The JSON body of the last response in a raw answer. */
export function lastJsonBody(text: string): string {
  return text.slice(text.lastIndexOf('\r\n\r\n') + 4);
}
