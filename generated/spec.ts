// The OpenAPI document as data, for ajv schemas and the x-ingo-signing extension.
// GENERATED FILE. DO NOT EDIT. Source: openapi/session-management.yaml; regenerate with `npm run generate`.

/** The Session Management OpenAPI document, parsed. */
export const spec = {
  "openapi": "3.1.0",
  "info": {
    "title": "Ingo Payments Session Management API",
    "version": "1.0.0",
    "summary": "Create Session, the signed server-to-server call of Ingo's iFrame plugin.",
    "description": "Ingo Payments' Session Management API stages a single-use iFrame plugin session that carries\nrecipient data and returns an `authorized_url` that the browser SDK mounts. Create Session is\nthe only signed call of the iFrame product.\n\nThis document is hand-maintained by the ingo-session project and is the single source of truth\nfor its generated types, its client, its signer and verifier, its embedded mock server and its\nconformance suite.\n\n## How to read this document\n\nEvery statement here comes from one of three sources:\n\n- **Documented**: stated by Ingo's public documentation (\"Create Session\", \"Session\n  Management\", \"Authentication\" and \"Quick start\" pages).\n- **Example**: only visible in one of Ingo's published examples.\n- **Assumption**: not documented by Ingo; the behaviour this project chose. Every assumption is\n  marked with the word **Assumption** in the description where it applies, and real servers may\n  differ; the client, mock and conformance suite make each one configurable.\n\n## Rate limit\n\nIngo asks clients to stay at or below five requests per second (more by arrangement). The\nlimit is machine-readable in `x-ingo-limits`. **Assumption:** the limit is per account (per HMAC\nusername), however many processes send: the client's default limiter counts one process, and\n`ingo-session/redis` shares one budget between processes.\n",
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
    "mockMaxJsonDepth": 32,
    "mockMaxJsonMembers": 1024,
    "mockStoreBytes": 201326592,
    "notes": "requestsPerSecond is documented by Ingo. maxBodyBytes is an Assumption: the body size above which this project's mock answers 413; Ingo publishes no limit, and the largest valid body is about 2 KB. maxAnswerBytes is an Assumption too: the largest answer body the client reads before it stops with an error. The largest answer the spec allows is a SessionCreated envelope with both participant ids at their 100 characters (up to 6 bytes each once JSON-escaped, 1.2 KB), a UUID, a timestamp, an authorized_url and a client_message; 16 KiB leaves room for a 2 KB URL and a long message several times over, and stays far below 1 MiB. The mock* values are this project's mock only (each configurable, none claimed of Ingo). mockMaxJsonDepth and mockMaxJsonMembers bound the open parts of a body (recipient_information, open_banking): nesting deeper than 32 arrays/objects, or more than 1024 object members in all, is answered 400, as are a member name repeated in one object and a number beyond a double (1e400), which have no canonical form. Idempotency compares bodies by the SHA-256 of their RFC 8785 (JCS) canonical form: member order, whitespace and number spelling (1.0 vs 1) do not matter, array order does. The mock keeps that digest and the fields its answers echo, never a body. A key is remembered for the idempotency window (x-ingo-signing.idempotency.windowSeconds, 7200 s) from its first request, or until mockStoreBytes (estimated bytes of keys and sessions together, half each) evicts it earlier, oldest committed first; a key whose first request is still in flight is never evicted. The 192 MiB default holds about 48,000 keys with their sessions (UUID keys and ids, about 4 KB each as estimated, 2.7 KB measured): the whole window at Ingo's 5 requests per second (36,000) fits."
  },
  "servers": [
    {
      "url": "https://iip-session-management-uat.ingo.money",
      "description": "Sandbox (UAT). Use sandbox credentials issued by Ingo."
    },
    {
      "url": "https://iip-session-management.ingo.money",
      "description": "Production."
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
            "$ref": "#/components/parameters/XDate"
          },
          {
            "$ref": "#/components/parameters/ContentSha512"
          },
          {
            "$ref": "#/components/parameters/ContentSha256"
          },
          {
            "$ref": "#/components/parameters/ContentLength"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/CreateSession"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/SessionCreated"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
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
          "5XX": {
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
        "description": "Kong-style HMAC signature over the request line, `X-Date`, `Content-Type`, `Content-Length`\nand the body digest header. It is declared as an `apiKey` in the `Authorization` header so\nthat generic tools (Prism, code generators) understand where it goes; the value is computed\nper request as follows.\n\n**Header format** (documented):\n\n```\nAuthorization: hmac username=\"<username>\", algorithm=\"hmac-sha512\", headers=\"request-line x-date content-type content-length content-sha512\", signature=\"<base64>\"\n```\n\n**Signing rule** (Assumption: Ingo's step-by-step text is not public; this rule is the one of\nKong's `hmac-auth` plugin and agrees with every published example):\n\n1. `headers` lists the signed header names, lower-case, space separated, in signing order.\n2. The pseudo-header `request-line` contributes `METHOD SP path[?query] SP HTTP/1.1`, for\n   example `POST /api/v1/sessions/point-in-time/plugin HTTP/1.1`. Clients always write\n   `HTTP/1.1`.\n3. Every other name contributes `name: value`: the lower-case name, a colon, one space and\n   the exact value sent.\n4. The lines are joined with a single LF (`\\n`), with no trailing newline.\n5. `signature = base64(HMAC-SHA512(key = UTF-8 bytes of the secret, message = the UTF-8\n   signing string))`.\n6. `Content-sha512` is the Base64 (never hex) of the raw 64-byte SHA-512 digest of the exact\n   body bytes sent, and `Content-Length` is their byte length (UTF-8 bytes, not characters).\n7. `X-Date` is an RFC 7231 IMF-fixdate in GMT; requests more than 300 seconds from server\n   time, in either direction, are rejected.\n\n**Header order.** Ingo's pages disagree on the order of the last two names: the Create Session\npage lists `request-line x-date content-type content-length content-sha512` (this project's\ndefault), the authentication and quick-start pages list `request-line x-date content-type\ncontent-sha512 content-length`. A verifier must follow the order the `headers` parameter\ndeclares.\n\n**Legacy.** Integrations created before HMAC-SHA512 may sign with `algorithm=\"hmac-sha256\"`,\nHMAC-SHA256 and a `Content-sha256` digest header (documented: accepted for legacy\nintegrations only).\n\n**Verification** (Assumption for the mock): a verifier requires at least `request-line`,\n`x-date`, `content-type`, `content-length` and the digest header of the declared algorithm in\nthe signed list, checks clock skew both ways, recomputes the body digest and compares\nsignatures in constant time.\n\nThe machine-readable form of this rule is the `x-ingo-signing` extension of this scheme,\nwhich the ingo-session signer, mock and conformance suite read instead of repeating\nconstants.\n",
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
          "lineSeparator": "\n",
          "clockSkewSeconds": 300,
          "idempotency": {
            "header": "idempotency-key",
            "windowSeconds": 7200,
            "maxKeyLength": 250
          },
          "authorizedUrlLifetimeSeconds": 30
        }
      }
    },
    "parameters": {
      "XDate": {
        "name": "X-Date",
        "in": "header",
        "required": true,
        "description": "Time the request was signed, as an RFC 7231 IMF-fixdate in GMT. Requests more than 300\nseconds from server time, in either direction, are rejected (documented). Signed.\n**Assumption:** the weekday must match the date. Ingo's own example,\n`Tue, 01 Apr 2026 20:18:47 GMT`, names the wrong weekday (1 April 2026 is a Wednesday); the\nverifier of this project rejects it as `invalid_date`.\n",
        "schema": {
          "type": "string",
          "maxLength": 29,
          "pattern": "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$"
        },
        "example": "Wed, 01 Apr 2026 20:18:47 GMT"
      },
      "ContentSha512": {
        "name": "Content-sha512",
        "in": "header",
        "required": true,
        "description": "Base64 of the raw 64-byte SHA-512 digest of the exact body bytes sent (never hex). Required\nfor all new integrations; legacy integrations signing with `hmac-sha256` send\n`Content-sha256` instead. Signed.\n",
        "schema": {
          "type": "string",
          "format": "byte",
          "minLength": 88,
          "maxLength": 88,
          "pattern": "^[A-Za-z0-9+/]{86}==$"
        },
        "example": "/zAitY0NOxbv/aOkCZPJGrtkyNSlQC+AHAVFlt0WOlE9aF12TWuGgwMBVxr8CEkeghZVpCCbHR39YFXmyIo4MQ=="
      },
      "ContentSha256": {
        "name": "Content-sha256",
        "in": "header",
        "required": false,
        "deprecated": true,
        "description": "Legacy only: Base64 of the SHA-256 digest of the exact body bytes, sent with\n`algorithm=\"hmac-sha256\"` (documented: accepted for legacy integrations using HMAC-SHA256\nonly). New integrations use `Content-sha512`. Signed when sent.\n",
        "schema": {
          "type": "string",
          "format": "byte",
          "minLength": 44,
          "maxLength": 44,
          "pattern": "^[A-Za-z0-9+/]{43}=$"
        },
        "example": "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
      },
      "ContentLength": {
        "name": "Content-Length",
        "in": "header",
        "required": true,
        "description": "Byte length of the body: UTF-8 bytes, not characters (documented). Signed, and must match\nthe bytes on the wire.\n",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 247
      },
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
    "requestBodies": {
      "CreateSession": {
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
        "description": "Body of Create Session. **Assumption:** properties other than the documented ones are\nrejected, so that a misspelt optional field is caught before it is silently ignored.\n",
        "required": [
          "participant_unique_id1",
          "recipient_information"
        ],
        "additionalProperties": false,
        "properties": {
          "participant_unique_id1": {
            "type": "string",
            "description": "The caller's identifier for this session, carried forward to later calls (documented,\nrequired, at most 100 characters). **Assumption:** it may not be empty.\n",
            "minLength": 1,
            "maxLength": 100,
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
        "description": "The recipient's details, prefilled in the iFrame. **Assumption:** required, since Ingo lists\nit among the required fields and every example carries it. Ingo documents none of the\nsub-fields; every field below is seen in Ingo's examples, none has a published length, and\nthis project invents no hard limit for them: the shapes seen in examples are described, not\nenforced. Further fields are passed through unchanged.\n",
        "additionalProperties": true,
        "properties": {
          "first_name": {
            "type": "string",
            "description": "Recipient's first name (example).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "example": "Alex"
          },
          "last_name": {
            "type": "string",
            "description": "Recipient's last name (example).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "example": "Rivera"
          },
          "business_name": {
            "type": "string",
            "description": "Recipient's business name, for business recipients (example).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "example": "Acme Limited"
          },
          "address_line1": {
            "type": "string",
            "description": "First line of the recipient's street address (example).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "example": "100 Innovation Way"
          },
          "city": {
            "type": "string",
            "description": "Recipient's city (example).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "example": "Anytown"
          },
          "state": {
            "type": "string",
            "description": "Recipient's state; a 2-letter US state code in every Ingo example (not enforced).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "example": "GA"
          },
          "zip_code": {
            "type": "string",
            "description": "Recipient's ZIP code; 5 digits in every Ingo example (not enforced).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "example": "37233"
          },
          "email_address": {
            "type": "string",
            "format": "email",
            "description": "Recipient's email address (example).",
            "example": "jack.frost@example.com"
          },
          "phone_number": {
            "type": "string",
            "description": "Recipient's phone number; 10 digits in Ingo's example (not enforced).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
            "example": "1231231234"
          },
          "mobile_number": {
            "type": "string",
            "description": "Recipient's mobile number; 10 digits in every Ingo example (not enforced).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
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
        "properties": {
          "mobus_customer_id": {
            "type": "string",
            "description": "The recipient's Mobus customer id (example).",
            "x-ingo-unbounded": "Ingo publishes no length limit.",
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
            "description": "100 = success, new session; 101 = success, idempotent replay (documented).",
            "enum": [
              100,
              101
            ],
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
          "participant_unique_id1",
          "participant_unique_id2"
        ],
        "properties": {
          "session_identifier": {
            "type": "string",
            "format": "uuid",
            "description": "Ingo's identifier of the session (example).",
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
            "format": "date-time",
            "description": "When `authorized_url` expires: ISO 8601 in UTC with microseconds and a `Z` suffix\n(example).\n",
            "example": "2019-12-10T20:14:19.763941Z"
          },
          "participant_unique_id1": {
            "type": "string",
            "description": "Echo of the request's `participant_unique_id1` (example).",
            "maxLength": 100,
            "example": "70646041-01ea-4cd6-b657-18ff88e465c7"
          },
          "participant_unique_id2": {
            "type": "string",
            "description": "Echo of the request's `participant_unique_id2`; an empty string when none was sent (example).",
            "maxLength": 100,
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
        "properties": {
          "status": {
            "type": "integer",
            "description": "Ingo's numeric result code; never in the success range 100-110. Codes used by this\nproject's decision table: 400 invalid body, 401 bad signature, 402 X-Date outside the\nclock-skew window, 413 body too large, 415 wrong content type, 429 rate limited, 500 and\n503 server faults, 13723 idempotency key reused with a different body.\n",
            "not": {
              "minimum": 100,
              "maximum": 110
            },
            "example": 401
          },
          "client_message": {
            "type": "string",
            "description": "Short human-readable text for the error. Never contains secrets or signatures.",
            "x-ingo-unbounded": "Free text chosen by the server.",
            "example": "Unauthorized: signature does not match"
          },
          "time": {
            "type": "number",
            "description": "Server processing time in seconds.",
            "minimum": 0,
            "example": 0.001
          }
        }
      }
    },
    "headers": {
      "RetryAfter": {
        "description": "Seconds to wait before retrying.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 1
      },
      "Date": {
        "description": "The server's current time as an HTTP-date. Clients use it to correct their clock when an\n`X-Date` is rejected as outside the skew window.\n",
        "schema": {
          "type": "string",
          "maxLength": 29
        },
        "example": "Wed, 01 Apr 2026 20:18:47 GMT"
      }
    },
    "responses": {
      "SessionCreated": {
        "description": "The session is staged (`status` 100) or replayed (`status` 101). **Assumption:** HTTP 200, as\non Ingo's other pages. Some Ingo APIs also report errors with HTTP 200 and an error\nenvelope, which this response therefore allows.\n",
        "content": {
          "application/json": {
            "schema": {
              "anyOf": [
                {
                  "$ref": "#/components/schemas/SessionCreated"
                },
                {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                }
              ]
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
      "BadRequest": {
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
      "IdempotencyConflict": {
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
        "description": "A system or communication failure (documented family: retry with backoff).\n**Assumption:** the same envelope as every other error.\n",
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
        "value": {
          "status": 400,
          "client_message": "Invalid request body: /participant_unique_id1 must NOT have more than 100 characters",
          "time": 0.001
        }
      },
      "BadSignature": {
        "summary": "Signature does not match",
        "value": {
          "status": 401,
          "client_message": "Unauthorized: signature does not match",
          "time": 0.001
        }
      },
      "StaleDate": {
        "summary": "X-Date outside the clock-skew window",
        "value": {
          "status": 402,
          "client_message": "Unauthorized: X-Date is more than 300 seconds from server time",
          "time": 0.001
        }
      },
      "TooLarge": {
        "summary": "Body too large",
        "value": {
          "status": 413,
          "client_message": "Request body exceeds 65536 bytes",
          "time": 0.001
        }
      },
      "WrongContentType": {
        "summary": "Wrong content type",
        "value": {
          "status": 415,
          "client_message": "Content-Type must be application/json",
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
        "value": {
          "status": 429,
          "client_message": "Too many requests; retry after 1 second",
          "time": 0.001
        }
      },
      "Unavailable": {
        "summary": "Temporarily unavailable",
        "value": {
          "status": 503,
          "client_message": "Service temporarily unavailable; retry with backoff",
          "time": 0.001
        }
      }
    }
  }
} as const;
