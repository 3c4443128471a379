// The OpenAPI document as data, for ajv schemas and the x-ingo-signing extension.
// GENERATED FILE. DO NOT EDIT. Source: openapi/session-management.yaml; regenerate with `npm run generate`.

/** The Session Management OpenAPI document, parsed. */
export const spec = {
  "openapi": "3.1.0",
  "info": {
    "title": "Ingo Payments Session Management API",
    "version": "1.0.0",
    "summary": "Create Session, the signed server-to-server call of Ingo's iFrame plugin.",
    "description": "Ingo Payments' Session Management API stages a single-use iFrame plugin session that carries\nrecipient data and returns an `authorized_url` that the browser SDK mounts. Create Session is\nthe only signed call of the iFrame product.\n\nThis document is hand-maintained by the ingo-session project and is the single source of truth\nfor its generated types, its client, its signer and verifier, its embedded mock server and its\nconformance suite.\n\n## How to read this document\n\nEvery statement here comes from one of three sources:\n\n- **Documented**: stated by Ingo's public documentation (\"Create Session\", \"Session\n  Management\", \"Authentication\" and \"Quick start\" pages).\n- **Example**: only visible in one of Ingo's published examples.\n- **Assumption**: not documented by Ingo; the behaviour this project chose. Every assumption is\n  marked with the word **Assumption** in the description where it applies, and real servers may\n  differ; the client, mock and conformance suite make each one configurable.\n\n## Signing requests\n\nEvery Create Session request is signed with Ingo's Kong-style HMAC: the signer adds `X-Date`,\nthe body digest (`Content-sha512`), `Content-Length` and `Authorization` to the exact bytes\nsent. None of them is an operation parameter, so generated clients never ask the caller for\nthem; a signing hook (see the code samples of Create Session) adds them. The exact rule is the\n`IngoHmac` security scheme, and its `x-ingo-signing` extension holds the rule below as data.\n\n### The rule\n\n**Assumption:** Ingo's step-by-step text is not public; this rule is the one of Kong's\n`hmac-auth` plugin and agrees with every published example.\n\n1. `headers` lists the signed header names, lower-case, space separated, in signing order.\n2. The pseudo-header `request-line` contributes `METHOD SP path[?query] SP HTTP/1.1`, for\n   example `POST /api/v1/sessions/point-in-time/plugin HTTP/1.1`. Clients always write\n   `HTTP/1.1`.\n3. Every other name contributes `name: value`: the lower-case name, a colon, one space and\n   the exact value sent.\n4. The lines are joined with a single LF (`\\n`), with no trailing newline.\n5. `signature = base64(HMAC-SHA512(key = UTF-8 bytes of the secret, message = the UTF-8\n   signing string))`.\n6. `Content-sha512` is the Base64 (never hex) of the raw 64-byte SHA-512 digest of the exact\n   body bytes sent, and `Content-Length` is their byte length (UTF-8 bytes, not characters).\n7. `X-Date` is an RFC 7231 IMF-fixdate in GMT; requests more than 300 seconds from server\n   time, in either direction, are rejected.\n\n**Header order.** Ingo's pages disagree on the order of the last two names: the Create Session\npage lists `request-line x-date content-type content-length content-sha512` (this project's\ndefault), the authentication and quick-start pages list `request-line x-date content-type\ncontent-sha512 content-length`. A verifier must follow the order the `headers` parameter\ndeclares.\n\n**Legacy.** Integrations created before HMAC-SHA512 may sign with `algorithm=\"hmac-sha256\"`,\nHMAC-SHA256 and a `Content-sha256` digest header (documented: accepted for legacy\nintegrations only).\n\n**Verification** (Assumption for the mock): a verifier requires at least `request-line`,\n`x-date`, `content-type`, `content-length` and the digest header of the declared algorithm in\nthe signed list, checks clock skew both ways, recomputes the body digest and compares\nsignatures in constant time.\n\n### The headers\n\n| header | sent | value |\n| --- | --- | --- |\n| `X-Date` | always | RFC 7231 IMF-fixdate in GMT, within 300 seconds of server time |\n| `Content-Type` | always | `application/json` |\n| `Content-Length` | always (by the HTTP stack) | byte length of the body |\n| `Content-sha512` | exactly one digest header, the one matching the algorithm | Base64 SHA-512 of the body, with `hmac-sha512` |\n| `Content-sha256` | (legacy, instead of `Content-sha512`) | Base64 SHA-256 of the body, with `hmac-sha256` |\n| `Authorization` | always | `hmac username=\"…\", algorithm=\"…\", headers=\"…\", signature=\"…\"` |\n\n### Worked example\n\nFrom this project's golden vectors (`src/signing/vectors/hmac-sha512.json`, computed from the\nrule, not published by Ingo). Secret `test-secret`, username `test`, `X-Date: Fri, 17 Jan 2020 19:59:29 GMT`,\nand this body of 247 bytes (no trailing newline):\n\n```json\n{\"participant_unique_id1\":\"70646041-01ea-4cd6-b657-18ff88e465c7\",\"recipient_information\":{\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"address_line1\":\"123 Main St\",\"city\":\"Anytown\",\"state\":\"GA\",\"zip_code\":\"30301\",\"email_address\":\"jane.doe@example.com\"}}\n```\n\nIts digest: `Content-sha512: /zAitY0NOxbv/aOkCZPJGrtkyNSlQC+AHAVFlt0WOlE9aF12TWuGgwMBVxr8CEkeghZVpCCbHR39YFXmyIo4MQ==`.\nThe signing string, for `headers=\"request-line x-date content-type content-length content-sha512\"` (lines joined by LF, no trailing newline):\n\n```\nPOST /api/v1/sessions/point-in-time/plugin HTTP/1.1\nx-date: Fri, 17 Jan 2020 19:59:29 GMT\ncontent-type: application/json\ncontent-length: 247\ncontent-sha512: /zAitY0NOxbv/aOkCZPJGrtkyNSlQC+AHAVFlt0WOlE9aF12TWuGgwMBVxr8CEkeghZVpCCbHR39YFXmyIo4MQ==\n```\n\n`signature = base64(HMAC-SHA512(key = \"test-secret\", message = signing string))`, and the header sent, whole:\n\n```\nAuthorization: hmac username=\"test\", algorithm=\"hmac-sha512\", headers=\"request-line x-date content-type content-length content-sha512\", signature=\"MoWjVyp7YQbn0pgwPDvM00VlfsZ+/+0XUVSILpTNAuH5jiMduxUQtMN3q4jv2QpOBI34kLxhxTfTkLgcKUn8nw==\"\n```\n\n## Sources and severities\n\nWhere a constraint comes from is also machine-readable. A *constraint* is anything that can make\na value or an exchange wrong: a schema keyword that can fail (`type`, `required`, `minLength`,\n`maxLength`, `pattern`, `format`, `enum`, `minimum`, `additionalProperties`, ...), a parameter's\nor header's `required`, the HTTP status a response is listed under (`httpStatus`), the envelope\n`status` an error example pairs with it (`status`), and the entries of `x-ingo-limits` and\n`x-ingo-signing`.\n\n- `x-ingo-source` sits in the object that states the constraint (a schema, parameter, header,\n  response, example or extension object). Its value is `example` or `assumption` for every\n  constraint written in that object (not in its subschemas), or a map from constraint name to\n  `example` / `assumption` for some of them; an entry of `required` is named\n  `required/<property>`.\n- `x-ingo-note` says in one line why the constraint is not documented.\n- Absent means **documented**: stated by Ingo's public documentation.\n\nThe ingo-session conformance suite reads these marks: a server that differs from this document\nonly in example-derived or assumed constraints gets a **warning** naming the spec row, not a\nfailure (`--strict-assumptions` makes warnings failures); documented constraints stay failures.\nThe ingo-session client checks request bodies against documented constraints only, so it never\nrefuses a body that Ingo's documentation allows; the embedded mock enforces every constraint.\n\n## Rate limit\n\nIngo asks clients to stay at or below five requests per second (more by arrangement). The\nlimit is machine-readable in `x-ingo-limits`. **Assumption:** the limit is per account (per HMAC\nusername), however many processes send: the client's default limiter counts one process, and\n`ingo-session/redis` shares one budget between processes.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "contact": {
      "name": "ingo-session maintainers"
    }
  },
  "x-ingo-limits": {
    "requestsPerSecond": 5,
    "maxBodyBytes": 65536,
    "maxAnswerBytes": 16384,
    "maxAnswerDepth": 32,
    "mockMaxJsonDepth": 32,
    "mockMaxJsonMembers": 1024,
    "mockStoreBytes": 201326592,
    "x-ingo-source": {
      "maxBodyBytes": "assumption",
      "maxAnswerBytes": "assumption",
      "mockMaxJsonDepth": "assumption",
      "mockMaxJsonMembers": "assumption",
      "mockStoreBytes": "assumption"
    },
    "x-ingo-note": "Ingo publishes no size limits; these are the mock's and the client's.",
    "notes": "requestsPerSecond is documented by Ingo. maxBodyBytes is an Assumption: the body size above which this project's mock answers 413; Ingo publishes no limit, and the largest valid body is about 2 KB. maxAnswerBytes is an Assumption too: the largest answer body the client reads before it stops with an error. The largest answer the spec allows is a SessionCreated envelope with both participant ids at their 100 characters (up to 6 bytes each once JSON-escaped, 1.2 KB), a UUID, a timestamp, an authorized_url and a client_message; 16 KiB leaves room for a 2 KB URL and a long message several times over, and stays far below 1 MiB. maxAnswerDepth (an Assumption): no declared answer nests deeper than 3 levels; the client treats one nested deeper than 32 as not an envelope and keeps no parsed body of it, since printing such a body (JSON.stringify) overflows the stack. The mock* values are this project's mock only (each configurable, none claimed of Ingo). mockMaxJsonDepth and mockMaxJsonMembers bound the open parts of a body (recipient_information, open_banking): nesting deeper than 32 arrays/objects, or more than 1024 object members in all, is answered 400, as are a member name repeated in one object and a number beyond a double (1e400), which have no canonical form. Idempotency compares bodies by the SHA-256 of their RFC 8785 (JCS) canonical form: member order, whitespace and number spelling (1.0 vs 1) do not matter, array order does. The mock keeps that digest and the fields its answers echo, never a body. A key is remembered for the idempotency window (x-ingo-signing.idempotency.windowSeconds, 7200 s) from its first request, or until the mock's key cap (--max-keys) forgets it earlier, oldest committed first; a key whose first request is still in flight is never forgotten. Every field an entry keeps (the key, the body's digest, the echoed ids, the session) is bounded by this spec, so an entry costs under 4 KiB whatever was sent, and the default cap is mockStoreBytes (192 MiB) over 4 KiB: 49,152 entries, the whole window at Ingo's 5 requests per second (36,000)."
  },
  "servers": [
    {
      "url": "https://iip-session-management-uat.ingo.money",
      "description": "Sandbox (UAT). Use sandbox credentials issued by Ingo.",
      "x-internal": false
    },
    {
      "url": "https://iip-session-management.ingo.money",
      "description": "Production.",
      "x-internal": false
    }
  ],
  "tags": [
    {
      "name": "Sessions",
      "description": "Stage point-in-time iFrame plugin sessions."
    }
  ],
  "security": [
    {
      "IngoHmac": []
    }
  ],
  "paths": {
    "/api/v1/sessions/point-in-time/plugin": {
      "post": {
        "operationId": "createSession",
        "tags": [
          "Sessions"
        ],
        "summary": "Create Session",
        "description": "Stages a single-use, point-in-time iFrame plugin session carrying the recipient's data and\nreturns an `authorized_url` for the browser SDK to mount.\n\n- The `authorized_url` is valid for 30 seconds. After that the session is still usable:\n  repeat the request with the same `Idempotency-Key` to receive a fresh URL.\n- Send an `Idempotency-Key` (a V4 UUID is recommended). Within 2 hours the same key returns\n  the original session with envelope `status` 101 and a fresh `authorized_url`; no second\n  session is created. The same key with a different body is rejected with envelope `status`\n  13723.\n- Every request is signed; see the `IngoHmac` security scheme for the exact rule.\n- Session states: active, expired (URL), completed, cancelled, max attempts exceeded.\n\n**Assumption:** Ingo does not document this endpoint's error HTTP status codes. The error\nresponses below are this project's decision table; a real server may instead answer HTTP 200\nwith an error envelope (an envelope `status` outside 100-110), which the 200 response\nallows.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "x-codeSamples": [
          {
            "lang": "Shell",
            "label": "curl (ingo-session sign)",
            "source": "# Signs body.json's exact bytes with INGO_USERNAME / INGO_SECRET and prints a ready-to-run curl command.\nexport INGO_USERNAME=your-username INGO_SECRET=your-secret\nnpx ingo-session sign --body body.json --curl | sh\n"
          },
          {
            "lang": "TypeScript",
            "label": "TypeScript (ingo-session client)",
            "source": "import { createSessionClient } from 'ingo-session';\n\nconst ingo = createSessionClient({ username: process.env.INGO_USERNAME!, secret: process.env.INGO_SECRET! });\nconst result = await ingo.createSession(\n  { participant_unique_id1: 'order-1234', recipient_information: { first_name: 'Jane', last_name: 'Doe' } },\n  { idempotencyKey: 'order-1234' },\n);\nif (result.error) console.error(result.error.httpStatus, result.error.status);\nelse console.log(result.data.data.authorized_url);\n"
          },
          {
            "lang": "TypeScript",
            "label": "Generated client (signing hook)",
            "source": "// Any generated client: sign in its request hook. Here @hey-api/openapi-ts's interceptor.\nimport { signRequest } from 'ingo-session';\nimport { client } from './client/client.gen';\nimport { createSession } from './client/sdk.gen';\n\nconst credentials = { username: process.env.INGO_USERNAME!, secret: process.env.INGO_SECRET! };\nclient.setConfig({ baseUrl: 'https://iip-session-management-uat.ingo.money' });\nclient.interceptors.request.use(async (request) => {\n  const { pathname, search } = new URL(request.url);\n  const signed = signRequest({ method: request.method, path: pathname + search, body: await request.clone().text() }, credentials);\n  for (const [name, value] of Object.entries(signed)) request.headers.set(name, value);\n  return request;\n});\nconst { data } = await createSession({ body: { participant_unique_id1: 'order-1234', recipient_information: {} } });\n"
          },
          {
            "lang": "Python",
            "label": "Python (standard library; certified)",
            "source": "import base64\nimport email.utils\nimport hashlib\nimport hmac\n\nPATH = \"/api/v1/sessions/point-in-time/plugin\"\nSIGNED_HEADERS = [\"request-line\", \"x-date\", \"content-type\", \"content-length\", \"content-sha512\"]\n\n\ndef sign(username, secret, body, now):\n    \"\"\"The signing headers for one attempt: `body` is the exact bytes sent, `now` epoch seconds.\"\"\"\n    headers = {\n        \"x-date\": email.utils.formatdate(now, usegmt=True),  # IMF-fixdate, e.g. Tue, 01 Apr 2026 20:18:47 GMT\n        \"content-type\": \"application/json\",\n        \"content-length\": str(len(body)),  # bytes, not characters\n        \"content-sha512\": base64.b64encode(hashlib.sha512(body).digest()).decode(),  # Base64 of the raw digest\n    }\n    lines = [f\"POST {PATH} HTTP/1.1\"] + [f\"{name}: {headers[name]}\" for name in SIGNED_HEADERS[1:]]\n    signature = base64.b64encode(\n        hmac.new(secret.encode(), \"\\n\".join(lines).encode(), hashlib.sha512).digest()\n    ).decode()\n    headers[\"authorization\"] = (\n        f'hmac username=\"{username}\", algorithm=\"hmac-sha512\", '\n        f'headers=\"{\" \".join(SIGNED_HEADERS)}\", signature=\"{signature}\"'\n    )\n    return headers\n"
          },
          {
            "lang": "Java",
            "label": "Java 17 (java.net.http; certified)",
            "source": "import java.nio.charset.StandardCharsets;\nimport java.security.MessageDigest;\nimport java.time.ZoneOffset;\nimport java.util.Base64;\nimport java.util.LinkedHashMap;\nimport java.util.Locale;\nimport java.util.Map;\nimport javax.crypto.Mac;\nimport javax.crypto.spec.SecretKeySpec;\n\n/** Signs Create Session the way Ingo verifies it (Kong-style hmac-sha512 over the exact body bytes). */\nfinal class IngoSigner {\n  static final String PATH = \"/api/v1/sessions/point-in-time/plugin\";\n  static final String SIGNED = \"request-line x-date content-type content-length content-sha512\";\n  // IMF-fixdate: two-digit day, always GMT (RFC_1123_DATE_TIME writes \"1 Apr\", which is not it).\n  static final DateTimeFormatter IMF_FIXDATE =\n      DateTimeFormatter.ofPattern(\"EEE, dd MMM yyyy HH:mm:ss 'GMT'\", Locale.US).withZone(ZoneOffset.UTC);\n\n  /** The signing headers for one attempt; body is the exact bytes sent. */\n  static Map<String, String> sign(String username, String secret, byte[] body, Instant now) throws Exception {\n    Map<String, String> headers = new LinkedHashMap<>();\n    headers.put(\"X-Date\", IMF_FIXDATE.format(now));\n    headers.put(\"Content-Type\", \"application/json\");\n    String length = String.valueOf(body.length); // bytes, not characters; java.net.http sends it itself\n    headers.put(\"Content-sha512\",\n        Base64.getEncoder().encodeToString(MessageDigest.getInstance(\"SHA-512\").digest(body)));\n    String signingString = String.join(\"\\n\",\n        \"POST \" + PATH + \" HTTP/1.1\",\n        \"x-date: \" + headers.get(\"X-Date\"),\n        \"content-type: application/json\",\n        \"content-length: \" + length,\n        \"content-sha512: \" + headers.get(\"Content-sha512\"));\n    Mac mac = Mac.getInstance(\"HmacSHA512\");\n    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), \"HmacSHA512\"));\n    String signature = Base64.getEncoder()\n        .encodeToString(mac.doFinal(signingString.getBytes(StandardCharsets.UTF_8)));\n    headers.put(\"Authorization\", \"hmac username=\\\"\" + username + \"\\\", algorithm=\\\"hmac-sha512\\\", headers=\\\"\"\n        + SIGNED + \"\\\", signature=\\\"\" + signature + \"\\\"\");\n    return headers;\n  }\n}\n"
          }
        ],
        "requestBody": {
          "required": true,
          "description": "The session to stage. Sent as `application/json`; the exact bytes are signed.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateSessionRequest"
              },
              "examples": {
                "minimal": {
                  "$ref": "#/components/examples/MinimalRequest"
                },
                "full": {
                  "$ref": "#/components/examples/FullRequest"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "x-ingo-source": {
              "httpStatus": "assumption"
            },
            "x-ingo-note": "HTTP 200 is what Ingo's other pages use; this endpoint's page does not say.",
            "description": "The session is staged (`status` 100) or replayed (`status` 101). **Assumption:** HTTP 200, as\non Ingo's other pages. Some Ingo APIs also report errors with HTTP 200 and an error\nenvelope, which this response therefore allows.\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateSessionAnswer"
                },
                "examples": {
                  "created": {
                    "$ref": "#/components/examples/Created"
                  },
                  "replayed": {
                    "$ref": "#/components/examples/Replayed"
                  },
                  "rejectedInEnvelope": {
                    "$ref": "#/components/examples/RejectedInEnvelope"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "$ref": "#/components/responses/RequestInFlight"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/IdempotencyConflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "502": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServerError"
          },
          "504": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "IngoHmac": {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "Kong-style HMAC signature over the request line, `X-Date`, `Content-Type`, `Content-Length`\nand the body digest header. It is declared as an `apiKey` in the `Authorization` header so\nthat generic tools (Prism, code generators) understand where it goes; the value is computed\nper request:\n\n```\nAuthorization: hmac username=\"<username>\", algorithm=\"hmac-sha512\", headers=\"request-line x-date content-type content-length content-sha512\", signature=\"<base64>\"\n```\n\nIn short: each name in `headers` contributes one line (`request-line` the line\n`POST /api/v1/sessions/point-in-time/plugin HTTP/1.1`, every other name `name: value`). The\nlines are joined with a single LF, and the signature is the Base64 HMAC-SHA512 of that string\nkeyed with the secret. The full rule, the headers it adds and a worked example are in the\nsection **Signing requests**; the machine-readable form is the `x-ingo-signing` extension of\nthis scheme, which the ingo-session signer, mock and conformance suite read instead of\nrepeating constants.\n",
        "x-ingo-signing": {
          "authorizationScheme": "hmac",
          "defaultAlgorithm": "hmac-sha512",
          "legacyAlgorithm": "hmac-sha256",
          "algorithms": {
            "hmac-sha512": {
              "hash": "sha512",
              "digestHeader": "content-sha512"
            },
            "hmac-sha256": {
              "hash": "sha256",
              "digestHeader": "content-sha256"
            }
          },
          "requestLine": {
            "pseudoHeader": "request-line",
            "httpVersion": "HTTP/1.1"
          },
          "dateHeader": "x-date",
          "contentTypeHeader": "content-type",
          "contentLengthHeader": "content-length",
          "defaultHeaderOrder": [
            "request-line",
            "x-date",
            "content-type",
            "content-length",
            "content-sha512"
          ],
          "alternateHeaderOrder": [
            "request-line",
            "x-date",
            "content-type",
            "content-sha512",
            "content-length"
          ],
          "requiredSignedHeaders": [
            "request-line",
            "x-date",
            "content-type",
            "content-length"
          ],
          "requireAlgorithmDigestHeader": true,
          "x-ingo-source": {
            "requiredSignedHeaders": "assumption",
            "requireAlgorithmDigestHeader": "assumption"
          },
          "x-ingo-note": "Which headers a verifier must see signed is not documented; this is the mock's rule.",
          "lineSeparator": "\n",
          "clockSkewSeconds": 300,
          "idempotency": {
            "header": "idempotency-key",
            "windowSeconds": 7200,
            "maxKeyLength": 250,
            "bodyComparison": "json-value",
            "inFlightDuplicate": "replay",
            "x-ingo-source": {
              "bodyComparison": "assumption",
              "inFlightDuplicate": "assumption"
            },
            "x-ingo-note": "Ingo says a different body is rejected, not how bodies are compared, nor what a concurrent duplicate receives."
          },
          "authorizedUrlLifetimeSeconds": 30,
          "headerDefinitions": {
            "x-date": {
              "name": "X-Date",
              "required": true,
              "description": "Time the request was signed, as an RFC 7231 IMF-fixdate in GMT. Requests more than 300 seconds from server time, in either direction, are rejected (documented). Assumption: the weekday must match the date. Ingo's own example, `Tue, 01 Apr 2026 20:18:47 GMT`, names the wrong weekday (1 April 2026 is a Wednesday); the verifier of this project rejects it as `invalid_date`.",
              "schema": {
                "type": "string",
                "maxLength": 29,
                "pattern": "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$"
              },
              "example": "Wed, 01 Apr 2026 20:18:47 GMT"
            },
            "content-length": {
              "name": "Content-Length",
              "required": true,
              "transport": true,
              "description": "Byte length of the body: UTF-8 bytes, not characters (documented). Written by the HTTP stack, not passed by callers; signed, and must match the bytes on the wire.",
              "schema": {
                "type": "integer",
                "format": "int64",
                "minimum": 0,
                "maximum": 9007199254740991,
                "x-ingo-source": {
                  "format": "assumption",
                  "maximum": "assumption"
                },
                "x-ingo-note": "Ingo documents a byte length, not its width; int64 and 2^53 - 1 refuse no real body."
              },
              "example": 247
            },
            "content-sha512": {
              "name": "Content-sha512",
              "required": false,
              "description": "Base64 of the raw 64-byte SHA-512 digest of the exact body bytes sent, never hex (documented). Exactly one digest header is sent, the one matching the `algorithm` of `Authorization`: `Content-sha512` with `hmac-sha512` (every new integration), `Content-sha256` with the legacy `hmac-sha256`. Signed.",
              "schema": {
                "type": "string",
                "format": "byte",
                "minLength": 88,
                "maxLength": 88,
                "pattern": "^[A-Za-z0-9+/]{86}==$"
              },
              "example": "/zAitY0NOxbv/aOkCZPJGrtkyNSlQC+AHAVFlt0WOlE9aF12TWuGgwMBVxr8CEkeghZVpCCbHR39YFXmyIo4MQ=="
            },
            "content-sha256": {
              "name": "Content-sha256",
              "required": false,
              "deprecated": true,
              "description": "Legacy only: Base64 of the SHA-256 digest of the exact body bytes, sent instead of `Content-sha512` with `algorithm=\"hmac-sha256\"` (documented: accepted for legacy integrations using HMAC-SHA256 only). Signed.",
              "schema": {
                "type": "string",
                "format": "byte",
                "minLength": 44,
                "maxLength": 44,
                "pattern": "^[A-Za-z0-9+/]{43}=$"
              },
              "example": "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
            }
          }
        }
      }
    },
    "parameters": {
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "description": "Client-generated key, at most 250 characters; a V4 UUID is recommended (documented). A key\nis active for 2 hours: the same key with the same body returns the original session with\nenvelope `status` 101; the same key with a different body is rejected with `status` 13723.\n**Assumption:** bodies are compared as JSON values (their RFC 8785 canonical forms, see\n`x-ingo-limits`), so key order and whitespace do not make them different; a duplicate that arrives while the first request is still in flight waits\nfor it and receives the 101 replay.\n",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 250
        },
        "example": "3f2a1b4c-9d8e-7f6a-5b4c-3d2e1f0a9b8c"
      }
    },
    "schemas": {
      "LocaleCode": {
        "type": "string",
        "description": "Language and locale of the iFrame plugin. Ingo's page states a maximum length of 5, which\ncontradicts its own `hmn-Latn` and `zh-Hans`. **Assumption:** the enum wins; no length\nlimit is applied beyond it.\n",
        "enum": [
          "ar-SA",
          "cs-CZ",
          "da-DK",
          "de-DE",
          "en-GB",
          "en-US",
          "es-ES",
          "es-US",
          "fa-IR",
          "fi-FI",
          "fr-FR",
          "hmn-Latn",
          "it-IT",
          "ja-JP",
          "km-KH",
          "ko-KR",
          "nb-NO",
          "nl-NL",
          "pl-PL",
          "pt-BR",
          "ru-RU",
          "sv-SE",
          "tl-PH",
          "tr-TR",
          "vi-VN",
          "zh-CN",
          "zh-Hans",
          "zh-TW"
        ],
        "example": "en-US"
      },
      "CreateSessionRequest": {
        "type": "object",
        "description": "Body of Create Session. **Assumption:** properties other than the documented ones are\nrejected by the mock, so that a misspelt optional field is caught before it is silently\nignored (typed callers also get a compile error for it).\n",
        "required": [
          "participant_unique_id1",
          "recipient_information"
        ],
        "additionalProperties": false,
        "x-ingo-source": {
          "additionalProperties": "assumption"
        },
        "x-ingo-note": "Ingo does not say what it does with fields it does not document.",
        "properties": {
          "participant_unique_id1": {
            "type": "string",
            "description": "The caller's identifier for this session, carried forward to later calls (documented,\nrequired, at most 100 characters). **Assumption:** it may not be empty.\n",
            "minLength": 1,
            "maxLength": 100,
            "x-ingo-source": {
              "minLength": "assumption"
            },
            "x-ingo-note": "Ingo documents the field as required, not whether an empty string is accepted.",
            "example": "70646041-01ea-4cd6-b657-18ff88e465c7"
          },
          "participant_unique_id2": {
            "type": "string",
            "description": "A second caller identifier (documented, optional, at most 100 characters).",
            "maxLength": 100,
            "example": "DEF-5678"
          },
          "host_uri": {
            "type": "string",
            "format": "uri",
            "description": "Origin of the page that mounts the iFrame, with scheme and host (documented, optional, at\nmost 200 characters). It must be allow-listed by Ingo; when omitted, Ingo uses the first\nconfigured host.\n",
            "maxLength": 200,
            "pattern": "^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]+",
            "x-ingo-source": {
              "format": "assumption"
            },
            "x-ingo-note": "Ingo documents a URI with a scheme and a host (the pattern) of at most 200 characters; the finer grammar of `format: uri` is where WHATWG URL, RFC 3986 and .NET's Uri disagree.",
            "example": "https://digitalpay-test.ingo.money"
          },
          "language_locale_code": {
            "$ref": "#/components/schemas/LocaleCode"
          },
          "recipient_information": {
            "$ref": "#/components/schemas/RecipientInformation"
          }
        }
      },
      "RecipientInformation": {
        "type": "object",
        "description": "The recipient's details, prefilled in the iFrame. Required: Ingo lists it among the required\nfields (documented) and every example carries it. Ingo documents none of the sub-fields;\nevery field below is seen in Ingo's examples (so each is marked `x-ingo-source: example`),\nnone has a published length, and this project invents no hard limit for them: the shapes\nseen in examples are described, not enforced. Further fields are passed through unchanged.\n",
        "additionalProperties": true,
        "properties": {
          "first_name": {
            "type": "string",
            "description": "Recipient's first name (example).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "x-ingo-source": "example",
            "example": "Alex"
          },
          "last_name": {
            "type": "string",
            "description": "Recipient's last name (example).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "x-ingo-source": "example",
            "example": "Rivera"
          },
          "business_name": {
            "type": "string",
            "description": "Recipient's business name, for business recipients (example).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "x-ingo-source": "example",
            "example": "Acme Limited"
          },
          "address_line1": {
            "type": "string",
            "description": "First line of the recipient's street address (example).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "x-ingo-source": "example",
            "example": "100 Innovation Way"
          },
          "city": {
            "type": "string",
            "description": "Recipient's city (example).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "x-ingo-source": "example",
            "example": "Anytown"
          },
          "state": {
            "type": "string",
            "description": "Recipient's state; a 2-letter US state code in every Ingo example (not enforced).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "x-ingo-source": "example",
            "example": "GA"
          },
          "zip_code": {
            "type": "string",
            "description": "Recipient's ZIP code; 5 digits in every Ingo example (not enforced).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "x-ingo-source": "example",
            "example": "37233"
          },
          "email_address": {
            "type": "string",
            "description": "Recipient's email address (example). Its form is not checked: Ingo documents none, and a\n`format: email` check would refuse `\"\"` and internationalised addresses Ingo may accept.\n",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "x-ingo-source": "example",
            "example": "jack.frost@example.com"
          },
          "phone_number": {
            "type": "string",
            "description": "Recipient's phone number; 10 digits in Ingo's example (not enforced).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "x-ingo-source": "example",
            "example": "1231231234"
          },
          "mobile_number": {
            "type": "string",
            "description": "Recipient's mobile number; 10 digits in every Ingo example (not enforced).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "x-ingo-source": "example",
            "example": "1231231234"
          },
          "open_banking": {
            "$ref": "#/components/schemas/OpenBanking"
          }
        }
      },
      "OpenBanking": {
        "type": "object",
        "description": "Open-banking identifiers of the recipient (example).",
        "additionalProperties": true,
        "x-ingo-source": "example",
        "properties": {
          "mobus_customer_id": {
            "type": "string",
            "description": "The recipient's Mobus customer id (example).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "x-ingo-source": "example",
            "example": "9999"
          }
        }
      },
      "SessionCreated": {
        "type": "object",
        "description": "Success envelope. `status` 100 is a new session; 101 is an idempotent replay of the session\nfirst created with the same `Idempotency-Key`, with a fresh `authorized_url` (documented).\n",
        "required": [
          "status",
          "client_message",
          "data",
          "time"
        ],
        "properties": {
          "status": {
            "type": "integer",
            "description": "100 = success, new session; 101 = success, idempotent replay (documented). Ingo reserves\n100-110 for success and idempotent results (documented family), so the range is accepted.\nThis range, with `data`, is what tells a success from an error envelope.\n",
            "format": "int32",
            "minimum": 100,
            "maximum": 110,
            "x-ingo-source": {
              "format": "assumption"
            },
            "x-ingo-note": "Ingo documents integer codes (up to 13723), not their width; int32 holds every one.",
            "example": 100
          },
          "client_message": {
            "type": "string",
            "description": "Human-readable text for the status, `Success` or `Success - Idempotent` (documented).",
            "x-ingo-unbounded": "Free text chosen by the server.",
            "example": "Success"
          },
          "data": {
            "$ref": "#/components/schemas/SessionData"
          },
          "time": {
            "type": "number",
            "description": "Server processing time in seconds (documented).",
            "minimum": 0,
            "example": 0.8
          }
        }
      },
      "SessionData": {
        "type": "object",
        "description": "The staged session.",
        "required": [
          "session_identifier",
          "authorized_url",
          "authorized_url_expiration_utc",
          "participant_unique_id1"
        ],
        "x-ingo-source": {
          "required/session_identifier": "example",
          "required/authorized_url_expiration_utc": "example",
          "required/participant_unique_id1": "example"
        },
        "x-ingo-note": "Only authorized_url is documented; the other fields are seen in Ingo's example.",
        "properties": {
          "session_identifier": {
            "type": "string",
            "description": "Ingo's identifier of the session (example). A UUID in Ingo's example, but not documented\nas one, so no `format: uuid`: generated validators (zod, …) would refuse any other id.\n",
            "x-ingo-unbounded": "Opaque identifier chosen by the server.",
            "x-ingo-source": "example",
            "example": "7830227a-ba47-4d28-9416-cad41a446db7"
          },
          "authorized_url": {
            "type": "string",
            "format": "uri",
            "description": "Single-use URL for the browser SDK to mount. It contains the session identifier and the\nopaque query parameters `t` and `h`, and is valid for 30 seconds (documented).\n",
            "x-ingo-unbounded": "Opaque URL chosen by the server.",
            "example": "https://iip-webplugin-ingo.money/session/7830227a-ba47-4d28-9416-cad41a446db7?t=637126733246949906&h=rpSb%2f%2fAeOAKjX7%2fhhOQvj9zpvwf4xeg97TuPCMtpUg0%3d"
          },
          "authorized_url_expiration_utc": {
            "type": "string",
            "description": "When `authorized_url` expires: ISO 8601 in UTC with microseconds and a `Z` suffix in\nIngo's example. Not documented, so no `format: date-time`: generated validators would\nrefuse an offset or a timestamp without seconds' fraction rules of their own.\n",
            "x-ingo-unbounded": "Timestamp text chosen by the server.",
            "x-ingo-source": "example",
            "example": "2019-12-10T20:14:19.763941Z"
          },
          "participant_unique_id1": {
            "type": "string",
            "description": "Echo of the request's `participant_unique_id1` (example).",
            "maxLength": 100,
            "x-ingo-source": "example",
            "example": "70646041-01ea-4cd6-b657-18ff88e465c7"
          },
          "participant_unique_id2": {
            "type": "string",
            "description": "Echo of the request's `participant_unique_id2`; an empty string when none was sent\n(example). Not required: a single example is no promise that it is always present.\n",
            "maxLength": 100,
            "x-ingo-source": "example",
            "example": ""
          }
        }
      },
      "ErrorEnvelope": {
        "type": "object",
        "description": "Error envelope: the success envelope's `status`, `client_message` and `time`, without\n`data`. **Assumption:** Ingo documents the numeric code families (4xx request and\nauthentication errors, do not retry; 5xx system failures, retry with backoff; 600-616\nvalidation and velocity; 9xx general errors) and the code 13723, but not this endpoint's\nerror bodies; this shape follows the success envelope.\n",
        "required": [
          "status",
          "client_message"
        ],
        "x-ingo-source": {
          "required/client_message": "assumption"
        },
        "x-ingo-note": "Ingo documents that codes travel in `status`, not the rest of an error body.",
        "properties": {
          "status": {
            "type": "integer",
            "description": "Ingo's numeric result code; never in the success range 100-110. Codes used by this\nproject's decision table: 400 invalid body, 401 bad signature, 402 X-Date outside the\nclock-skew window, 413 body too large, 415 wrong content type, 429 rate limited, 500 and\n503 server faults, 13723 idempotency key reused with a different body.\n",
            "format": "int32",
            "x-ingo-source": {
              "format": "assumption"
            },
            "x-ingo-note": "Ingo documents integer codes (up to 13723), not their width; int32 holds every one.",
            "anyOf": [
              {
                "type": "integer",
                "maximum": 99
              },
              {
                "type": "integer",
                "minimum": 111
              }
            ],
            "example": 401
          },
          "client_message": {
            "type": "string",
            "description": "Short human-readable text for the error. Never contains secrets or signatures.",
            "x-ingo-unbounded": "Free text chosen by the server.",
            "x-ingo-source": "assumption",
            "example": "Unauthorized: signature does not match"
          },
          "time": {
            "type": "number",
            "description": "Server processing time in seconds.",
            "minimum": 0,
            "example": 0.001
          }
        }
      },
      "RetryAfterSeconds": {
        "type": "integer",
        "description": "A `Retry-After` delay in whole seconds (RFC 9110 `delay-seconds`). int32: up to 68 years,\nfar beyond any wait a client honours.\n",
        "format": "int32",
        "minimum": 0,
        "maximum": 2147483647,
        "x-ingo-source": {
          "format": "assumption",
          "maximum": "assumption"
        },
        "x-ingo-note": "RFC 9110 bounds delay-seconds by nothing; int32 is the width generated clients give an integer.",
        "example": 1
      },
      "CreateSessionAnswer": {
        "description": "The body of HTTP 200: the success envelope, or an error envelope for servers that report\nerrors with HTTP 200. The two are told apart by Ingo's documented test: an envelope `status`\nin the success family 100-110 (which comes with `data`), or any other status (without).\nNamed apart from every response, so that no generator merges the two.\n",
        "anyOf": [
          {
            "$ref": "#/components/schemas/SessionCreated"
          },
          {
            "$ref": "#/components/schemas/ErrorEnvelope"
          }
        ]
      }
    },
    "headers": {
      "RetryAfter": {
        "description": "Seconds to wait before retrying. **Assumption:** always sent with HTTP 429, as whole\nseconds. The ingo-session client also accepts the HTTP-date form RFC 9110 allows, and caps\nany wait at its `maxRetryAfterMs`.\n",
        "required": true,
        "x-ingo-source": {
          "required": "assumption"
        },
        "x-ingo-note": "Ingo documents no 429 behaviour.",
        "schema": {
          "$ref": "#/components/schemas/RetryAfterSeconds"
        },
        "example": 1
      },
      "Date": {
        "description": "The server's current time as an HTTP-date. Clients use it to correct their clock when an\n`X-Date` is rejected as outside the skew window. **Assumption:** always sent with HTTP 401.\n",
        "required": true,
        "x-ingo-source": {
          "required": "assumption"
        },
        "x-ingo-note": "Ingo does not document the headers of its 401 answer.",
        "schema": {
          "type": "string",
          "maxLength": 29
        },
        "example": "Wed, 01 Apr 2026 20:18:47 GMT"
      }
    },
    "responses": {
      "BadRequest": {
        "x-ingo-source": {
          "httpStatus": "assumption"
        },
        "x-ingo-note": "Ingo does not document this endpoint's error HTTP statuses.",
        "description": "**Assumption:** the body is not JSON or does not match the request schema (envelope `status` 400).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "invalidBody": {
                "$ref": "#/components/examples/InvalidBody"
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "A missing, malformed or wrong signature, an unknown username, or a body digest or\n`Content-Length` that does not match the body (documented: HTTP 401 for a bad signature).\n**Assumption:** envelope `status` 401, or 402 when `X-Date` is outside the clock-skew\nwindow (the code Ingo's gateway API uses for that case); the `Date` header carries server\ntime. **Decision:** this answer (HTTP 401 with envelope 402) is the only one the client\nlearns a clock offset from, and only when `Date` is within ±14 h of the local clock; it\nnever follows a redirect (a 3xx is an undeclared answer).\n",
        "headers": {
          "Date": {
            "$ref": "#/components/headers/Date"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "badSignature": {
                "$ref": "#/components/examples/BadSignature"
              },
              "staleDate": {
                "$ref": "#/components/examples/StaleDate"
              }
            }
          }
        }
      },
      "PayloadTooLarge": {
        "x-ingo-source": {
          "httpStatus": "assumption"
        },
        "x-ingo-note": "Ingo does not document this endpoint's error HTTP statuses.",
        "description": "**Assumption:** the body is larger than the server accepts (`x-ingo-limits.maxBodyBytes` for the mock).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "tooLarge": {
                "$ref": "#/components/examples/TooLarge"
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "x-ingo-source": {
          "httpStatus": "assumption"
        },
        "x-ingo-note": "Ingo does not document this endpoint's error HTTP statuses.",
        "description": "**Assumption:** the `Content-Type` is not `application/json`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "wrongContentType": {
                "$ref": "#/components/examples/WrongContentType"
              }
            }
          }
        }
      },
      "RequestInFlight": {
        "x-ingo-source": {
          "httpStatus": "assumption"
        },
        "x-ingo-note": "Ingo's Check Protect API answers an in-flight duplicate with 409; this endpoint's page does not say.",
        "description": "**Assumption:** a request with the same `Idempotency-Key` is still being processed. The\nembedded mock never answers this (a duplicate waits for the first request and gets the 101\nreplay), but a server may, as Ingo's Check Protect API does; clients retry it with the same\nkey, which turns it into a replay.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "inFlight": {
                "$ref": "#/components/examples/InFlight"
              }
            }
          }
        }
      },
      "IdempotencyConflict": {
        "x-ingo-source": {
          "httpStatus": "assumption"
        },
        "x-ingo-note": "Ingo does not document this endpoint's error HTTP statuses.",
        "description": "The `Idempotency-Key` was already used with a different body within its 2-hour window\n(documented: envelope `status` 13723). **Assumption:** HTTP 422, as in the IETF\nIdempotency-Key draft, which keeps 409 for a duplicate still in flight.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "keyReused": {
                "$ref": "#/components/examples/KeyReused"
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "x-ingo-source": {
          "httpStatus": "assumption"
        },
        "x-ingo-note": "Ingo does not document this endpoint's error HTTP statuses.",
        "description": "More requests than the agreed rate (Ingo asks for at most five per second; documented).\n**Assumption:** Ingo documents no 429 behaviour; this project answers 429 with\n`Retry-After`.\n",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "rateLimited": {
                "$ref": "#/components/examples/RateLimited"
              }
            }
          }
        }
      },
      "ServerError": {
        "x-ingo-source": {
          "httpStatus": "assumption"
        },
        "x-ingo-note": "Ingo does not document this endpoint's error HTTP statuses.",
        "description": "A system or communication failure (documented family: retry with backoff).\n**Assumption:** the same envelope as every other error. The mock answers 503 with\n`Retry-After` (seconds) when its store is unavailable or its connection cap is reached.\n",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before retrying a server fault, when the server says. **Assumption:** the\nembedded mock sends it with its 503 answers (store unavailable, connection cap reached);\nother servers and other 5xx answers may omit it, and the client then backs off on its own.\n",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/RetryAfterSeconds"
            },
            "example": 1
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "unavailable": {
                "$ref": "#/components/examples/Unavailable"
              }
            }
          }
        }
      }
    },
    "examples": {
      "MinimalRequest": {
        "summary": "Minimal body (quick start)",
        "value": {
          "participant_unique_id1": "70646041-01ea-4cd6-b657-18ff88e465c7",
          "recipient_information": {
            "first_name": "Jane",
            "last_name": "Doe",
            "address_line1": "123 Main St",
            "city": "Anytown",
            "state": "GA",
            "zip_code": "30301",
            "email_address": "jane.doe@example.com"
          }
        }
      },
      "FullRequest": {
        "summary": "Every field (Create Session page)",
        "value": {
          "participant_unique_id1": "70646041-01ea-4cd6-b657-18ff88e465c7",
          "participant_unique_id2": "DEF-5678",
          "host_uri": "https://digitalpay-test.ingo.money",
          "language_locale_code": "en-US",
          "recipient_information": {
            "first_name": "Alex",
            "last_name": "Rivera",
            "business_name": "Acme Limited",
            "address_line1": "100 Innovation Way",
            "city": "Anytown",
            "state": "GA",
            "zip_code": "37233",
            "email_address": "jack.frost@example.com",
            "phone_number": "1231231234",
            "mobile_number": "1231231234",
            "open_banking": {
              "mobus_customer_id": "9999"
            }
          }
        }
      },
      "Created": {
        "summary": "New session (status 100)",
        "value": {
          "status": 100,
          "client_message": "Success",
          "data": {
            "session_identifier": "7830227a-ba47-4d28-9416-cad41a446db7",
            "authorized_url": "https://iip-webplugin-ingo.money/session/7830227a-ba47-4d28-9416-cad41a446db7?t=637126733246949906&h=rpSb%2f%2fAeOAKjX7%2fhhOQvj9zpvwf4xeg97TuPCMtpUg0%3d",
            "authorized_url_expiration_utc": "2019-12-10T20:14:19.763941Z",
            "participant_unique_id1": "70646041-01ea-4cd6-b657-18ff88e465c7",
            "participant_unique_id2": ""
          },
          "time": 0.8
        }
      },
      "Replayed": {
        "summary": "Idempotent replay (status 101)",
        "value": {
          "status": 101,
          "client_message": "Success - Idempotent",
          "data": {
            "session_identifier": "7830227a-ba47-4d28-9416-cad41a446db7",
            "authorized_url": "https://iip-webplugin-ingo.money/session/7830227a-ba47-4d28-9416-cad41a446db7?t=637126733546949906&h=Q2hlY2tzdW0gb2YgYSBmcmVzaCBVUkw%3d",
            "authorized_url_expiration_utc": "2019-12-10T20:19:49.104212Z",
            "participant_unique_id1": "70646041-01ea-4cd6-b657-18ff88e465c7",
            "participant_unique_id2": ""
          },
          "time": 0.2
        }
      },
      "RejectedInEnvelope": {
        "summary": "Error reported with HTTP 200 (how some Ingo APIs answer)",
        "value": {
          "status": 13723,
          "client_message": "Idempotency key was already used with different parameters",
          "time": 0.1
        }
      },
      "InvalidBody": {
        "summary": "Schema-invalid body",
        "x-ingo-source": {
          "status": "assumption"
        },
        "x-ingo-note": "This project's decision table; Ingo documents no code for this case.",
        "value": {
          "status": 400,
          "client_message": "Invalid request body: /participant_unique_id1 must NOT have more than 100 characters",
          "time": 0.001
        }
      },
      "BadSignature": {
        "summary": "Signature does not match",
        "x-ingo-source": {
          "status": "assumption"
        },
        "x-ingo-note": "This project's decision table; Ingo documents no code for this case.",
        "value": {
          "status": 401,
          "client_message": "Unauthorized: signature does not match",
          "time": 0.001
        }
      },
      "StaleDate": {
        "summary": "X-Date outside the clock-skew window",
        "x-ingo-source": {
          "status": "assumption"
        },
        "x-ingo-note": "This project's decision table; Ingo documents no code for this case.",
        "value": {
          "status": 402,
          "client_message": "Unauthorized: X-Date is more than 300 seconds from server time",
          "time": 0.001
        }
      },
      "TooLarge": {
        "summary": "Body too large",
        "x-ingo-source": {
          "status": "assumption"
        },
        "x-ingo-note": "This project's decision table; Ingo documents no code for this case.",
        "value": {
          "status": 413,
          "client_message": "Request body exceeds 65536 bytes",
          "time": 0.001
        }
      },
      "WrongContentType": {
        "summary": "Wrong content type",
        "x-ingo-source": {
          "status": "assumption"
        },
        "x-ingo-note": "This project's decision table; Ingo documents no code for this case.",
        "value": {
          "status": 415,
          "client_message": "Content-Type must be application/json",
          "time": 0.001
        }
      },
      "InFlight": {
        "summary": "Duplicate still in flight",
        "x-ingo-source": {
          "status": "assumption"
        },
        "x-ingo-note": "This project's decision table; Ingo documents no code for this case.",
        "value": {
          "status": 409,
          "client_message": "A request with this Idempotency-Key is still in flight; retry with the same key",
          "time": 0.001
        }
      },
      "KeyReused": {
        "summary": "Idempotency key reused with a different body (13723)",
        "value": {
          "status": 13723,
          "client_message": "Idempotency key was already used with different parameters",
          "time": 0.002
        }
      },
      "RateLimited": {
        "summary": "Rate limited",
        "x-ingo-source": {
          "status": "assumption"
        },
        "x-ingo-note": "This project's decision table; Ingo documents no code for this case.",
        "value": {
          "status": 429,
          "client_message": "Too many requests; retry after 1 second",
          "time": 0.001
        }
      },
      "Unavailable": {
        "summary": "Temporarily unavailable",
        "x-ingo-source": {
          "status": "assumption"
        },
        "x-ingo-note": "This project's decision table; Ingo documents no code for this case.",
        "value": {
          "status": 503,
          "client_message": "Service temporarily unavailable; retry with backoff",
          "time": 0.001
        }
      }
    }
  }
} as const;
