/**
 * The bare server of the client section: reads the body and answers a fixed valid Create Session
 * envelope. No verification: the client section measures the client, not the server.
 */
import { createServer } from 'node:http';
import { spec } from '../../generated/spec.js';
import { listenOnLoopback, serveChild } from './serve-child.js';

const body = JSON.stringify(spec.components.examples.Created.value);
const length = Buffer.byteLength(body);

void serveChild(
  listenOnLoopback(
    createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': length });
        res.end(body);
      });
    }),
  ),
);
