// Types of the Ingo Session Management API, by openapi-typescript.
// GENERATED FILE. DO NOT EDIT. Source: openapi/session-management.yaml; regenerate with `npm run generate`.

export interface paths {
    "/api/v1/sessions/point-in-time/plugin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Session
         * @description Stages a single-use, point-in-time iFrame plugin session carrying the recipient's data and
         *     returns an `authorized_url` for the browser SDK to mount.
         *
         *     - The `authorized_url` is valid for 30 seconds. After that the session is still usable:
         *       repeat the request with the same `Idempotency-Key` to receive a fresh URL.
         *     - Send an `Idempotency-Key` (a V4 UUID is recommended). Within 2 hours the same key returns
         *       the original session with envelope `status` 101 and a fresh `authorized_url`; no second
         *       session is created. The same key with a different body is rejected with envelope `status`
         *       13723.
         *     - Every request is signed; see the `IngoHmac` security scheme for the exact rule.
         *     - Session states: active, expired (URL), completed, cancelled, max attempts exceeded.
         *
         *     **Assumption:** Ingo does not document this endpoint's error HTTP status codes. The error
         *     responses below are this project's decision table; a real server may instead answer HTTP 200
         *     with an error envelope (an envelope `status` outside 100-110), which the 200 response
         *     allows.
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Language and locale of the iFrame plugin. Ingo's page states a maximum length of 5, which
         *     contradicts its own `hmn-Latn` and `zh-Hans`. **Assumption:** the enum wins; no length
         *     limit is applied beyond it.
         * @example en-US
         * @enum {string}
         */
        LocaleCode: "ar-SA" | "cs-CZ" | "da-DK" | "de-DE" | "en-GB" | "en-US" | "es-ES" | "es-US" | "fa-IR" | "fi-FI" | "fr-FR" | "hmn-Latn" | "it-IT" | "ja-JP" | "km-KH" | "ko-KR" | "nb-NO" | "nl-NL" | "pl-PL" | "pt-BR" | "ru-RU" | "sv-SE" | "tl-PH" | "tr-TR" | "vi-VN" | "zh-CN" | "zh-Hans" | "zh-TW";
        /**
         * @description Body of Create Session. **Assumption:** properties other than the documented ones are
         *     rejected, so that a misspelt optional field is caught before it is silently ignored.
         */
        CreateSessionRequest: {
            /**
             * @description The caller's identifier for this session, carried forward to later calls (documented,
             *     required, at most 100 characters). **Assumption:** it may not be empty.
             * @example 70646041-01ea-4cd6-b657-18ff88e465c7
             */
            participant_unique_id1: string;
            /**
             * @description A second caller identifier (documented, optional, at most 100 characters).
             * @example DEF-5678
             */
            participant_unique_id2?: string;
            /**
             * Format: uri
             * @description Origin of the page that mounts the iFrame, with scheme and host (documented, optional, at
             *     most 200 characters). It must be allow-listed by Ingo; when omitted, Ingo uses the first
             *     configured host.
             * @example https://digitalpay-test.ingo.money
             */
            host_uri?: string;
            language_locale_code?: components["schemas"]["LocaleCode"];
            recipient_information: components["schemas"]["RecipientInformation"];
        };
        /**
         * @description The recipient's details, prefilled in the iFrame. **Assumption:** required, since Ingo lists
         *     it among the required fields and every example carries it. Ingo documents none of the
         *     sub-fields; every field below is seen in Ingo's examples, none has a published length, and
         *     this project invents no hard limit for them: the shapes seen in examples are described, not
         *     enforced. Further fields are passed through unchanged.
         */
        RecipientInformation: {
            /**
             * @description Recipient's first name (example).
             * @example Alex
             */
            first_name?: string;
            /**
             * @description Recipient's last name (example).
             * @example Rivera
             */
            last_name?: string;
            /**
             * @description Recipient's business name, for business recipients (example).
             * @example Acme Limited
             */
            business_name?: string;
            /**
             * @description First line of the recipient's street address (example).
             * @example 100 Innovation Way
             */
            address_line1?: string;
            /**
             * @description Recipient's city (example).
             * @example Anytown
             */
            city?: string;
            /**
             * @description Recipient's state; a 2-letter US state code in every Ingo example (not enforced).
             * @example GA
             */
            state?: string;
            /**
             * @description Recipient's ZIP code; 5 digits in every Ingo example (not enforced).
             * @example 37233
             */
            zip_code?: string;
            /**
             * Format: email
             * @description Recipient's email address (example).
             * @example jack.frost@example.com
             */
            email_address?: string;
            /**
             * @description Recipient's phone number; 10 digits in Ingo's example (not enforced).
             * @example 1231231234
             */
            phone_number?: string;
            /**
             * @description Recipient's mobile number; 10 digits in every Ingo example (not enforced).
             * @example 1231231234
             */
            mobile_number?: string;
            open_banking?: components["schemas"]["OpenBanking"];
        } & {
            [key: string]: unknown;
        };
        /** @description Open-banking identifiers of the recipient (example). */
        OpenBanking: {
            /**
             * @description The recipient's Mobus customer id (example).
             * @example 9999
             */
            mobus_customer_id?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Success envelope. `status` 100 is a new session; 101 is an idempotent replay of the session
         *     first created with the same `Idempotency-Key`, with a fresh `authorized_url` (documented).
         */
        SessionCreated: {
            /**
             * @description 100 = success, new session; 101 = success, idempotent replay (documented).
             * @example 100
             * @enum {integer}
             */
            status: 100 | 101;
            /**
             * @description Human-readable text for the status, `Success` or `Success - Idempotent` (documented).
             * @example Success
             */
            client_message: string;
            data: components["schemas"]["SessionData"];
            /**
             * @description Server processing time in seconds (documented).
             * @example 0.8
             */
            time: number;
        };
        /** @description The staged session. */
        SessionData: {
            /**
             * Format: uuid
             * @description Ingo's identifier of the session (example).
             * @example 7830227a-ba47-4d28-9416-cad41a446db7
             */
            session_identifier: string;
            /**
             * Format: uri
             * @description Single-use URL for the browser SDK to mount. It contains the session identifier and the
             *     opaque query parameters `t` and `h`, and is valid for 30 seconds (documented).
             * @example https://iip-webplugin-ingo.money/session/7830227a-ba47-4d28-9416-cad41a446db7?t=637126733246949906&h=rpSb%2f%2fAeOAKjX7%2fhhOQvj9zpvwf4xeg97TuPCMtpUg0%3d
             */
            authorized_url: string;
            /**
             * Format: date-time
             * @description When `authorized_url` expires: ISO 8601 in UTC with microseconds and a `Z` suffix
             *     (example).
             * @example 2019-12-10T20:14:19.763941Z
             */
            authorized_url_expiration_utc: string;
            /**
             * @description Echo of the request's `participant_unique_id1` (example).
             * @example 70646041-01ea-4cd6-b657-18ff88e465c7
             */
            participant_unique_id1: string;
            /**
             * @description Echo of the request's `participant_unique_id2`; an empty string when none was sent (example).
             * @example
             */
            participant_unique_id2: string;
        };
        /**
         * @description Error envelope: the success envelope's `status`, `client_message` and `time`, without
         *     `data`. **Assumption:** Ingo documents the numeric code families (4xx request and
         *     authentication errors, do not retry; 5xx system failures, retry with backoff; 600-616
         *     validation and velocity; 9xx general errors) and the code 13723, but not this endpoint's
         *     error bodies; this shape follows the success envelope.
         */
        ErrorEnvelope: {
            /**
             * @description Ingo's numeric result code; never in the success range 100-110. Codes used by this
             *     project's decision table: 400 invalid body, 401 bad signature, 402 X-Date outside the
             *     clock-skew window, 413 body too large, 415 wrong content type, 429 rate limited, 500 and
             *     503 server faults, 13723 idempotency key reused with a different body.
             * @example 401
             */
            status: number;
            /**
             * @description Short human-readable text for the error. Never contains secrets or signatures.
             * @example Unauthorized: signature does not match
             */
            client_message: string;
            /**
             * @description Server processing time in seconds.
             * @example 0.001
             */
            time?: number;
        };
    };
    responses: {
        /**
         * @description The session is staged (`status` 100) or replayed (`status` 101). **Assumption:** HTTP 200, as
         *     on Ingo's other pages. Some Ingo APIs also report errors with HTTP 200 and an error
         *     envelope, which this response therefore allows.
         */
        SessionCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SessionCreated"] | components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description **Assumption:** the body is not JSON or does not match the request schema (envelope `status` 400). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description A missing, malformed or wrong signature, an unknown username, or a body digest or
         *     `Content-Length` that does not match the body (documented: HTTP 401 for a bad signature).
         *     **Assumption:** envelope `status` 401, or 402 when `X-Date` is outside the clock-skew
         *     window (the code Ingo's gateway API uses for that case); the `Date` header carries server
         *     time.
         */
        Unauthorized: {
            headers: {
                Date: components["headers"]["Date"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description **Assumption:** the body is larger than the server accepts (`x-ingo-limits.maxBodyBytes` for the mock). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description **Assumption:** the `Content-Type` is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description The `Idempotency-Key` was already used with a different body within its 2-hour window
         *     (documented: envelope `status` 13723). **Assumption:** HTTP 422, as in the IETF
         *     Idempotency-Key draft, which keeps 409 for a duplicate still in flight.
         */
        IdempotencyConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description More requests than the agreed rate (Ingo asks for at most five per second; documented).
         *     **Assumption:** Ingo documents no 429 behaviour; this project answers 429 with
         *     `Retry-After`.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description A system or communication failure (documented family: retry with backoff).
         *     **Assumption:** the same envelope as every other error.
         */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description Time the request was signed, as an RFC 7231 IMF-fixdate in GMT. Requests more than 300
         *     seconds from server time, in either direction, are rejected (documented). Signed.
         *     **Assumption:** the weekday must match the date. Ingo's own example,
         *     `Tue, 01 Apr 2026 20:18:47 GMT`, names the wrong weekday (1 April 2026 is a Wednesday); the
         *     verifier of this project rejects it as `invalid_date`.
         * @example Wed, 01 Apr 2026 20:18:47 GMT
         */
        XDate: string;
        /**
         * @description Base64 of the raw 64-byte SHA-512 digest of the exact body bytes sent (never hex). Required
         *     for all new integrations; legacy integrations signing with `hmac-sha256` send
         *     `Content-sha256` instead. Signed.
         * @example /zAitY0NOxbv/aOkCZPJGrtkyNSlQC+AHAVFlt0WOlE9aF12TWuGgwMBVxr8CEkeghZVpCCbHR39YFXmyIo4MQ==
         */
        ContentSha512: string;
        /**
         * @deprecated
         * @description Legacy only: Base64 of the SHA-256 digest of the exact body bytes, sent with
         *     `algorithm="hmac-sha256"` (documented: accepted for legacy integrations using HMAC-SHA256
         *     only). New integrations use `Content-sha512`. Signed when sent.
         * @example 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=
         */
        ContentSha256: string;
        /**
         * @description Byte length of the body: UTF-8 bytes, not characters (documented). Signed, and must match
         *     the bytes on the wire.
         * @example 247
         */
        ContentLength: number;
        /**
         * @description Client-generated key, at most 250 characters; a V4 UUID is recommended (documented). A key
         *     is active for 2 hours: the same key with the same body returns the original session with
         *     envelope `status` 101; the same key with a different body is rejected with `status` 13723.
         *     **Assumption:** bodies are compared as JSON values, so key order and whitespace do not make
         *     them different; a duplicate that arrives while the first request is still in flight waits
         *     for it and receives the 101 replay.
         * @example 3f2a1b4c-9d8e-7f6a-5b4c-3d2e1f0a9b8c
         */
        IdempotencyKey: string;
    };
    requestBodies: {
        /** @description The session to stage. Sent as `application/json`; the exact bytes are signed. */
        CreateSession: {
            content: {
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
    };
    headers: {
        /**
         * @description Seconds to wait before retrying.
         * @example 1
         */
        RetryAfter: number;
        /**
         * @description The server's current time as an HTTP-date. Clients use it to correct their clock when an
         *     `X-Date` is rejected as outside the skew window.
         * @example Wed, 01 Apr 2026 20:18:47 GMT
         */
        Date: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createSession: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Time the request was signed, as an RFC 7231 IMF-fixdate in GMT. Requests more than 300
                 *     seconds from server time, in either direction, are rejected (documented). Signed.
                 *     **Assumption:** the weekday must match the date. Ingo's own example,
                 *     `Tue, 01 Apr 2026 20:18:47 GMT`, names the wrong weekday (1 April 2026 is a Wednesday); the
                 *     verifier of this project rejects it as `invalid_date`.
                 * @example Wed, 01 Apr 2026 20:18:47 GMT
                 */
                "X-Date": components["parameters"]["XDate"];
                /**
                 * @description Base64 of the raw 64-byte SHA-512 digest of the exact body bytes sent (never hex). Required
                 *     for all new integrations; legacy integrations signing with `hmac-sha256` send
                 *     `Content-sha256` instead. Signed.
                 * @example /zAitY0NOxbv/aOkCZPJGrtkyNSlQC+AHAVFlt0WOlE9aF12TWuGgwMBVxr8CEkeghZVpCCbHR39YFXmyIo4MQ==
                 */
                "Content-sha512": components["parameters"]["ContentSha512"];
                /**
                 * @deprecated
                 * @description Legacy only: Base64 of the SHA-256 digest of the exact body bytes, sent with
                 *     `algorithm="hmac-sha256"` (documented: accepted for legacy integrations using HMAC-SHA256
                 *     only). New integrations use `Content-sha512`. Signed when sent.
                 * @example 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=
                 */
                "Content-sha256"?: components["parameters"]["ContentSha256"];
                /**
                 * @description Byte length of the body: UTF-8 bytes, not characters (documented). Signed, and must match
                 *     the bytes on the wire.
                 * @example 247
                 */
                "Content-Length": components["parameters"]["ContentLength"];
                /**
                 * @description Client-generated key, at most 250 characters; a V4 UUID is recommended (documented). A key
                 *     is active for 2 hours: the same key with the same body returns the original session with
                 *     envelope `status` 101; the same key with a different body is rejected with `status` 13723.
                 *     **Assumption:** bodies are compared as JSON values, so key order and whitespace do not make
                 *     them different; a duplicate that arrives while the first request is still in flight waits
                 *     for it and receives the 101 replay.
                 * @example 3f2a1b4c-9d8e-7f6a-5b4c-3d2e1f0a9b8c
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CreateSession"];
        responses: {
            200: components["responses"]["SessionCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyConflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
