#!/usr/bin/env python3
"""An independent Create Session server, written from /work/shared/reference/ingo-session-api.md only.

Python 3 standard library, no code shared with the project's mock. It exists to test the
conformance suite: every *variant* is a legitimate way a real Ingo deployment may behave (the suite
must pass each with 0 failures), and every *defect* is a lenient-implementation mistake (the suite
must fail the server, naming the case that catches it).

Usage: reference_server.py CONFIG_JSON. CONFIG_JSON is an object:
  username, secret        the one client's credentials
  variants                list of variant names (see VARIANTS)
  defects                 list of defect names (see DEFECTS)
  host_uris               the allow-list for the `host-allow-list` variant
Prints `LISTENING <port>` on stdout once it accepts connections on 127.0.0.1.
"""

import base64
import hashlib
import hmac
import json
import re
import sys
import threading
import time
import uuid
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

PATH = "/api/v1/sessions/point-in-time/plugin"
SKEW_SECONDS = 300  # reference section 2: more than 300 s from server time is rejected
IDEMPOTENCY_WINDOW_SECONDS = 2 * 3600  # section 6
MAX_KEY_LENGTH = 250  # section 2
LOCALES = set(
    "ar-SA cs-CZ da-DK de-DE en-GB en-US es-ES es-US fa-IR fi-FI fr-FR hmn-Latn it-IT ja-JP km-KH ko-KR "
    "nb-NO nl-NL pl-PL pt-BR ru-RU sv-SE tl-PH tr-TR vi-VN zh-CN zh-Hans zh-TW".split()
)
ALGORITHMS = {"hmac-sha512": ("sha512", "content-sha512"), "hmac-sha256": ("sha256", "content-sha256")}
BODY_LIMIT = 64 * 1024

# Legitimate variations a real deployment may have: the suite must pass each.
VARIANTS = {
    "envelope-errors": "every error is HTTP 200 with the error envelope (Ingo's gateway style)",
    "ingo-codes": "errors use Ingo's families: validation 422/601, stale X-Date 401/401, reused key 409/13723",
    "strict-recipient": "undocumented checks on recipient fields: email with @ and a dot, 2-letter state, "
    "5-digit ZIP, 10-digit phone numbers, names of letters only, strings only, known sub-fields only",
    "host-allow-list": "host_uri must be one of the configured hosts",
    "recipient-required": "first_name, last_name and email_address are required in recipient_information",
    "no-body-limit": "no body-size limit (the 64 KiB limit is the project's assumption)",
    "ignore-unknown-fields": "unknown top-level fields are ignored, not refused",
    "empty-id-accepted": "an empty participant_unique_id1 is accepted",
    "no-legacy": "hmac-sha256 (legacy) is not enabled for this client",
    "signed-minimum": "only request-line, x-date and the digest header must be signed",
    "weekday-lenient": "an X-Date whose weekday does not match its date is accepted",
    "byte-compare": "idempotency compares the exact body bytes, not JSON values",
    "omit-empty-echo": "participant_unique_id2 is left out of data when not given",
    "created-201": "a new session is answered HTTP 201",
    "charset-accepted": "Content-Type application/json; charset=utf-8 is accepted too",
}

# Lenient-implementation mistakes: the suite must fail the server when one is switched on.
DEFECTS = {
    "no-digest-check": "the body digest header is never recomputed",
    "hex-digest": "a hex digest is accepted as well as base64",
    "any-algorithm": "the algorithm parameter is not checked (any name, SHA-512 used)",
    "any-digest-header": "whichever of content-sha512/content-sha256 is present is checked",
    "past-skew-only": "only X-Dates in the past are checked against the skew",
    "aws-skew": "the skew window is 15 minutes (AWS SigV4's)",
    "lenient-date": "X-Date is parsed by any common date parser (ISO 8601, RFC 850, numeric offsets)",
    "length-in-characters": "Content-Length is compared with the body's character count",
    "digest-of-reserialised": "the digest is computed over the re-serialised JSON",
    "any-content-type": "the Content-Type is not checked",
    "unpadded-signature": "the signature is compared after base64 decoding, so missing padding is accepted",
    "any-scheme": "the Authorization scheme is not checked, only its parameters",
    "no-headers-param": "a missing headers= parameter defaults to x-date (Kong's old default is date)",
    "forbidden-403": "a bad signature is answered HTTP 403 (Spring Security's default)",
    "lenient-json": "the JSON parser accepts single quotes, trailing commas, NaN and comments",
    "latin1-body": "the body is decoded with a fallback (UTF-16 BOM sniffing, invalid UTF-8 replaced)",
    "no-max-length": "participant ids and host_uri lengths are not checked",
    "locale-any-case": "the locale is compared case-insensitively",
    "cached-replay": "the idempotency middleware replays the stored answer (status 100, same URL)",
    "mismatch-as-replay": "a reused key with a different body replays the first session",
    "mismatch-409-code": "a reused key with a different body is answered with envelope status 409, not 13723",
    "no-key-limit": "Idempotency-Key length is not checked",
    "key-required": "a request without Idempotency-Key is refused",
    "host-uri-no-scheme": "host_uri is accepted without a scheme (a bare host name)",
    "any-username": "the username is not checked (one secret for all)",
}


class Refusal(Exception):
    """A rejection: its kind picks the HTTP status and envelope status."""

    def __init__(self, kind, message):
        super().__init__(message)
        self.kind = kind
        self.message = message


# kind -> (HTTP status, envelope status), per the reference's decision table (section 5)
HTTP_CODES = {
    "invalid": (400, 400),
    "signature": (401, 401),
    "stale": (401, 402),
    "mismatch": (422, 13723),
    "too-large": (413, 413),
    "media-type": (415, 415),
    "not-found": (404, 404),
    "method": (405, 405),
}
INGO_CODES = dict(HTTP_CODES, invalid=(422, 601), stale=(401, 401), mismatch=(409, 13723))


class Server:
    def __init__(self, config):
        self.username = config["username"]
        self.secret = config["secret"].encode("utf-8")
        self.variants = set(config.get("variants", []))
        self.defects = set(config.get("defects", []))
        self.host_uris = list(config.get("host_uris", []))
        unknown = (self.variants - VARIANTS.keys()) | (self.defects - DEFECTS.keys())
        if unknown:
            raise SystemExit(f"unknown variant or defect: {sorted(unknown)}")
        self.keys = {}  # (username, key) -> (body identity, session id, time)
        self.lock = threading.Lock()

    def has(self, name):
        return name in self.variants or name in self.defects

    # --- authentication (sections 2 and 3) -------------------------------------------------

    def authenticate(self, method, path, headers, body):
        authorization = headers.get("authorization")
        if authorization is None:
            raise Refusal("signature", "Authorization is missing")
        scheme, _, rest = authorization.strip().partition(" ")
        if scheme.lower() != "hmac" and not self.has("any-scheme"):
            raise Refusal("signature", "Authorization scheme must be hmac")
        params = parse_params(rest)
        if params is None:
            raise Refusal("signature", "Authorization parameters are malformed")
        if "headers" not in params and self.has("no-headers-param"):
            params["headers"] = "x-date"
        for name in ("username", "algorithm", "headers", "signature"):
            if name not in params:
                raise Refusal("signature", f"Authorization has no {name}")
        algorithm = params["algorithm"]
        if self.has("any-algorithm") and algorithm not in ALGORITHMS:
            algorithm = "hmac-sha512"
        if algorithm not in ALGORITHMS or (algorithm == "hmac-sha256" and self.has("no-legacy")):
            raise Refusal("signature", f"algorithm {algorithm} is not accepted")
        hash_name, digest_header = ALGORITHMS[algorithm]
        if params["username"] != self.username and not self.has("any-username"):
            raise Refusal("signature", "unknown username")
        signed = params["headers"].split(" ")
        if self.has("any-digest-header"):
            digest_header = next((n for n in ("content-sha512", "content-sha256") if n in signed), digest_header)
        required = ["request-line", "x-date", digest_header]
        if not self.has("signed-minimum"):
            required += ["content-type", "content-length"]
        if not self.has("no-headers-param"):
            for name in required:
                if name not in signed:
                    raise Refusal("signature", f"{name} is not signed")
        lines = []
        for name in signed:
            if name == "request-line":
                lines.append(f"{method} {path} HTTP/1.1")
            elif name in headers:
                lines.append(f"{name}: {headers[name]}")
            else:
                raise Refusal("signature", f"signed header {name} is missing")
        expected = hmac.new(self.secret, "\n".join(lines).encode("utf-8"), hash_name).digest()
        if not self.signature_matches(params["signature"], expected):
            raise Refusal("signature", "signature does not match")
        self.check_date(headers.get("x-date"))
        self.check_length(headers, body)
        self.check_digest(headers, body, hash_name, digest_header)

    def signature_matches(self, given, expected):
        if self.has("unpadded-signature"):
            try:
                decoded = base64.b64decode(given + "=" * (-len(given) % 4))
            except ValueError:
                return False
            return hmac.compare_digest(decoded, expected)
        return hmac.compare_digest(given.encode("utf-8"), base64.b64encode(expected))

    def check_date(self, value):
        if value is None:
            raise Refusal("signature", "X-Date is missing")
        when = parse_lenient_date(value) if self.has("lenient-date") else self.parse_imf_fixdate(value)
        if when is None:
            raise Refusal("signature", "X-Date is not an IMF-fixdate")
        offset = time.time() - when
        window = 900 if self.has("aws-skew") else SKEW_SECONDS
        if offset > window or (-offset > window and not self.has("past-skew-only")):
            raise Refusal("stale", "X-Date is too far from server time")

    def parse_imf_fixdate(self, value):
        match = re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (\w{3}) (\d{4}) (\d\d):(\d\d):(\d\d) GMT", value)
        months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
        if not match or match.group(3) not in months:
            return None
        day, year, hour, minute, second = (int(match.group(i)) for i in (2, 4, 5, 6, 7))
        try:
            moment = datetime(year, months.index(match.group(3)) + 1, day, hour, minute, second, tzinfo=timezone.utc)
        except ValueError:
            return None
        if moment.strftime("%a") != match.group(1) and not self.has("weekday-lenient"):
            return None
        return moment.timestamp()

    def check_length(self, headers, body):
        declared = headers.get("content-length")
        if declared is None:
            raise Refusal("signature", "Content-Length is missing")
        actual = len(body.decode("utf-8", "replace")) if self.has("length-in-characters") else len(body)
        if declared != str(actual):
            raise Refusal("signature", "Content-Length does not match the body")

    def check_digest(self, headers, body, hash_name, digest_header):
        if self.has("any-digest-header"):
            present = [name for name in ("content-sha512", "content-sha256") if name in headers]
            if present:
                digest_header = present[0]
                hash_name = "sha512" if digest_header == "content-sha512" else "sha256"
        given = headers.get(digest_header)
        if given is None:
            raise Refusal("signature", f"{digest_header} is missing")
        if self.has("no-digest-check"):
            return
        hashed = body
        if self.has("digest-of-reserialised"):
            try:
                hashed = json.dumps(json.loads(body), separators=(",", ":"), ensure_ascii=False).encode("utf-8")
            except ValueError:
                pass
        digest = hashlib.new(hash_name, hashed).digest()
        if hmac.compare_digest(given.encode("utf-8"), base64.b64encode(digest)):
            return
        if self.has("hex-digest") and hmac.compare_digest(given.encode("utf-8"), digest.hex().encode("ascii")):
            return
        raise Refusal("signature", f"{digest_header} is not the digest of the body")

    # --- body (section 4) -------------------------------------------------------------------

    def read_body(self, headers, body):
        content_type = headers.get("content-type", "")
        media = content_type.split(";")[0].strip().lower() if self.has("charset-accepted") else content_type
        if media != "application/json" and not self.has("any-content-type"):
            raise Refusal("media-type", "Content-Type must be application/json")
        if self.has("latin1-body"):
            text = body.decode("utf-16") if body[:2] in (b"\xff\xfe", b"\xfe\xff") else body.decode("utf-8", "replace")
        else:
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise Refusal("invalid", "the body is not UTF-8") from None
        try:
            value = loads_lenient(text) if self.has("lenient-json") else json.loads(text, parse_constant=refuse_constant)
        except ValueError:
            raise Refusal("invalid", "the body is not JSON") from None
        if not isinstance(value, dict):
            raise Refusal("invalid", "the body must be a JSON object")
        return value

    def validate(self, body):
        known = {"participant_unique_id1", "participant_unique_id2", "host_uri", "language_locale_code"}
        known.add("recipient_information")
        if not self.has("ignore-unknown-fields"):
            extra = sorted(set(body) - known)
            if extra:
                raise Refusal("invalid", f"unknown field {extra[0]}")
        limit = None if self.has("no-max-length") else 100
        self.check_text(body, "participant_unique_id1", True, limit)
        if body["participant_unique_id1"] == "" and not self.has("empty-id-accepted"):
            raise Refusal("invalid", "participant_unique_id1 is empty")
        self.check_text(body, "participant_unique_id2", False, limit)
        if "host_uri" in body:
            self.check_host_uri(body["host_uri"])
        if "language_locale_code" in body:
            locale = body["language_locale_code"]
            locales = {code.lower() for code in LOCALES} if self.has("locale-any-case") else LOCALES
            if not isinstance(locale, str) or (locale.lower() if self.has("locale-any-case") else locale) not in locales:
                raise Refusal("invalid", "language_locale_code is not a supported locale")
        recipient = body.get("recipient_information")
        if not isinstance(recipient, dict):
            raise Refusal("invalid", "recipient_information must be an object")
        if self.has("strict-recipient"):
            check_recipient_strictly(recipient)
        if self.has("recipient-required"):
            for name in ("first_name", "last_name", "email_address"):
                if not isinstance(recipient.get(name), str) or not recipient[name]:
                    raise Refusal("invalid", f"recipient_information.{name} is required")

    def check_text(self, body, name, required, limit):
        if name not in body:
            if required:
                raise Refusal("invalid", f"{name} is required")
            return
        value = body[name]
        if not isinstance(value, str):
            raise Refusal("invalid", f"{name} must be a string")
        if limit is not None and len(value) > limit:
            raise Refusal("invalid", f"{name} is longer than {limit} characters")

    def check_host_uri(self, value):
        if not isinstance(value, str):
            raise Refusal("invalid", "host_uri must be a string")
        if len(value) > 200 and not self.has("no-max-length"):
            raise Refusal("invalid", "host_uri is longer than 200 characters")
        try:
            parts = urlsplit(value) if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value) else None
        except ValueError:  # urlsplit refuses some hosts (an unbalanced IPv6 bracket)
            parts = None
        if not self.has("host-uri-no-scheme") and (parts is None or not parts.scheme or not parts.netloc):
            raise Refusal("invalid", "host_uri must be a URI with a scheme and a host")
        if self.has("host-allow-list") and value not in self.host_uris:
            raise Refusal("invalid", "host_uri is not allow-listed for this client")

    # --- idempotency (section 6) and the answer (section 5) ---------------------------------

    def create(self, headers, raw, body):
        key = headers.get("idempotency-key")
        if key is None and self.has("key-required"):
            raise Refusal("invalid", "Idempotency-Key is required")
        if key is not None and len(key) > MAX_KEY_LENGTH and not self.has("no-key-limit"):
            raise Refusal("invalid", "Idempotency-Key is longer than 250 characters")
        identity = raw if self.has("byte-compare") else canonical(body)
        now = time.time()
        with self.lock:
            stored = self.keys.get((self.username, key)) if key is not None else None
            if stored and now - stored[2] > IDEMPOTENCY_WINDOW_SECONDS:
                stored = None
            if stored:
                if stored[0] != identity and not self.has("mismatch-as-replay"):
                    if self.has("mismatch-409-code"):
                        raise Refusal("conflict-409", "the key was used with different parameters")
                    raise Refusal("mismatch", "the Idempotency-Key was used with different parameters")
                if self.has("cached-replay"):
                    return stored[3]
                return self.session(stored[1], stored[4], 101, "Success - Idempotent")
            session_id = str(uuid.uuid4())
            answer = self.session(session_id, body, 100, "Success")
            if key is not None:
                self.keys[(self.username, key)] = (identity, session_id, now, answer, body)
            return answer

    def session(self, session_id, body, status, message):
        expires = datetime.now(timezone.utc).timestamp() + 30
        token = uuid.uuid4().hex
        data = {
            "session_identifier": session_id,
            "authorized_url": f"https://plugin.example.test/session/{session_id}?t={token}&h={token[:12]}",
            "authorized_url_expiration_utc": datetime.fromtimestamp(expires, timezone.utc).strftime(
                "%Y-%m-%dT%H:%M:%S.%fZ"
            ),
            "participant_unique_id1": body["participant_unique_id1"],
        }
        if "participant_unique_id2" in body or not self.has("omit-empty-echo"):
            data["participant_unique_id2"] = body.get("participant_unique_id2", "")
        return {"status": status, "client_message": message, "data": data, "time": 0.01}

    def handle(self, method, path, headers, raw):
        """Returns (HTTP status, JSON answer)."""
        try:
            if path.split("?")[0] != PATH:
                raise Refusal("not-found", "no such operation")
            if method != "POST":
                raise Refusal("method", "only POST")
            if len(raw) > BODY_LIMIT and not self.has("no-body-limit"):
                raise Refusal("too-large", "the body is larger than 64 KiB")
            self.authenticate(method, path, headers, raw)
            body = self.read_body(headers, raw)
            self.validate(body)
            answer = self.create(headers, raw, body)
            return (201 if self.has("created-201") and answer["status"] == 100 else 200), answer
        except Refusal as refusal:
            codes = INGO_CODES if self.has("ingo-codes") else HTTP_CODES
            http_status, status = codes.get(refusal.kind, (409, 409))
            if refusal.kind == "signature" and self.has("forbidden-403"):
                http_status = 403
            if self.has("envelope-errors"):
                http_status = 200
            return http_status, {"status": status, "client_message": refusal.message, "time": 0.01}


def parse_params(text):
    """`name="value", …` into a dict; None when the text is not such a list."""
    params = {}
    rest = text.strip()
    while rest:
        match = re.match(r'([A-Za-z]+)="([^"]*)"\s*(,\s*|$)', rest)
        if not match:
            return None
        params[match.group(1)] = match.group(2)
        rest = rest[match.end() :]
    return params


def refuse_constant(name):
    raise ValueError(f"{name} is not JSON")


def loads_lenient(text):
    """The defect `lenient-json`: a forgiving parser (single quotes, trailing commas, comments, NaN)."""
    text = re.sub(r"/\*.*?\*/|//[^\n]*", "", text, flags=re.S)
    text = re.sub(r",\s*([}\]])", r"\1", text)
    text = re.sub(r"'([^'\\]*)'", lambda m: json.dumps(m.group(1)), text)
    return json.loads(text)


def parse_lenient_date(value):
    from email.utils import parsedate_to_datetime

    for parse in (parsedate_to_datetime, lambda v: datetime.fromisoformat(v.replace("Z", "+00:00"))):
        try:
            moment = parse(value)
        except (TypeError, ValueError, IndexError):
            continue
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return moment.timestamp()
    return None


def canonical(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


RECIPIENT_RULES = {
    "first_name": r"[A-Za-z][A-Za-z '\-]{0,49}",
    "last_name": r"[A-Za-z][A-Za-z '\-]{0,49}",
    "business_name": r"[^\x00-\x1f]{1,100}",
    "address_line1": r"[A-Za-z0-9 .,#'\-]{1,100}",
    "city": r"[A-Za-z .'\-]{1,50}",
    "state": r"[A-Z]{2}",
    "zip_code": r"\d{5}(-\d{4})?",
    "email_address": r"[^@\s]+@[^@\s]+\.[^@\s]+",
    "phone_number": r"\d{10}",
    "mobile_number": r"\d{10}",
}


def check_recipient_strictly(recipient):
    """The variant `strict-recipient`: shapes Ingo's examples suggest, enforced as a real deployment might."""
    for name, value in recipient.items():
        if name == "open_banking":
            if not isinstance(value, dict) or not all(isinstance(v, str) and v.isdigit() for v in value.values()):
                raise Refusal("invalid", "open_banking must be an object of digit strings")
            continue
        if name not in RECIPIENT_RULES:
            raise Refusal("invalid", f"recipient_information.{name} is not a known field")
        if not isinstance(value, str) or not re.fullmatch(RECIPIENT_RULES[name], value, flags=re.ASCII):
            raise Refusal("invalid", f"recipient_information.{name} is not valid")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "reference/1"

    def do_POST(self):
        self.answer()

    def do_GET(self):
        self.answer()

    def do_PUT(self):
        self.answer()

    def answer(self):
        raw = self.read_raw_body()
        headers = {}
        for name, value in self.headers.items():
            headers.setdefault(name.lower(), value)
        status, answer = self.server.app.handle(self.command, self.path, headers, raw)
        text = json.dumps(answer).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        self.wfile.write(text)

    def read_raw_body(self):
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = self.headers.get("Content-Length")
        return self.rfile.read(int(length)) if length and length.isdigit() else b""

    def log_message(self, *args):
        pass


def main():
    config = json.loads(sys.argv[1])
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.app = Server(config)
    print(f"LISTENING {httpd.server_address[1]}", flush=True)
    httpd.serve_forever()


if __name__ == "__main__":
    main()
