/**
 * The floor of the mock section: a minimal node:http server that does what no verifying mock can
 * skip, written plainly: read the body, check Content-Length, X-Date skew, the SHA-512 digest and
 * the HMAC-SHA512 signature (constant-time), parse the JSON, validate it with the same ajv schema,
 * and answer a fresh session envelope. No error paths beyond a bare 400/401: the bench sends only
 * valid requests.
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { compileSpecSchema, createSpecAjv } from '../../src/spec/create-spec-ajv.js';
import { defaultMockCredentials } from '../../src/mock/mock-options.js';
import { listenOnLoopback, serveChild } from './serve-child.js';

const validate = compileSpecSchema(createSpecAjv(), '#/components/schemas/CreateSessionRequest');
const secrets = new Map([[defaultMockCredentials.username, defaultMockCredentials.secret]]);
const AUTHORIZATION = /^hmac username="([^"]*)", algorithm="hmac-sha512", headers="([^"]*)", signature="([^"]*)"$/;

void serveChild(
  listenOnLoopback(
    createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        const reject = (status: number) => {
          res.writeHead(status, { 'Content-Type': 'application/json' });
          res.end(`{"status":${status},"client_message":"rejected","time":0}`);
        };
        const auth = AUTHORIZATION.exec(req.headers.authorization ?? '');
        const secret = auth && secrets.get(auth[1]!);
        const date = Date.parse(String(req.headers['x-date']));
        if (!auth || !secret || !(Math.abs(Date.now() - date) <= 300_000)) return reject(401);
        if (Number(req.headers['content-length']) !== body.length) return reject(401);
        if (createHash('sha512').update(body).digest('base64') !== req.headers['content-sha512']) return reject(401);
        const lines = auth[2]!
          .split(' ')
          .map((name) =>
            name === 'request-line' ? `${req.method} ${req.url} HTTP/1.1` : `${name}: ${req.headers[name]}`,
          );
        const expected = createHmac('sha512', secret).update(lines.join('\n')).digest();
        const given = Buffer.from(auth[3]!, 'base64');
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) return reject(401);
        let parsed: { participant_unique_id1?: string; participant_unique_id2?: string };
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          return reject(400);
        }
        if (!validate(parsed)) return reject(400);
        const id = randomUUID();
        const answer = JSON.stringify({
          status: 100,
          client_message: 'Success',
          data: {
            session_identifier: id,
            authorized_url: `https://mock.invalid/plugin?session=${id}`,
            authorized_url_expiration_utc: new Date(Date.now() + 600_000).toISOString(),
            participant_unique_id1: parsed.participant_unique_id1,
            participant_unique_id2: parsed.participant_unique_id2,
          },
          time: 0,
        });
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(answer) });
        res.end(answer);
      });
    }),
  ),
);
