import { createServer } from 'node:net';
import { describe, expect, onTestFinished, test } from 'vitest';
import { sendRaw } from './send-raw.js';

async function listenRaw(onData: (socket: import('node:net').Socket, data: Buffer) => void): Promise<string> {
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer({ allowHalfOpen: true }, (socket) => {
    sockets.add(socket);
    socket.on('data', (data) => onData(socket, data)).on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
}

describe('sendRaw', () => {
  test('collects every status of pipelined answers and sees the close', async () => {
    const url = await listenRaw((socket) =>
      socket.end('HTTP/1.1 400 Bad\r\nContent-Length: 0\r\n\r\nHTTP/1.1 404 Not Found\r\n\r\n'),
    );
    expect(await sendRaw(url, Buffer.from('junk'))).toEqual({ statuses: [400, 404], closed: true });
  });

  test('gives up after waitMs on a server that keeps the connection open', async () => {
    const url = await listenRaw(() => undefined);
    expect(await sendRaw(url, Buffer.from('GET / HTTP/1.1\r\n\r\n'), { waitMs: 50 })).toEqual({
      statuses: [],
      closed: false,
    });
  });
});
