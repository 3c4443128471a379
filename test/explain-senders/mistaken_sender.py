"""A Create Session sender written the way a Python team writes one, with the standard library only.

It signs from the rule in /work/shared/reference/ingo-session-api.md section 3 (Kong-style HMAC),
not from ingo-session's code, and can commit the mistakes real stacks make: each mistake is a flag
that changes one step of the signing or of the sending, at the place a real sender would get it
wrong. The clock is fixed: X-Date comes from the case (a retry's clock is that X-Date plus its
back-off), so the same case always gives the same bytes.

Usage: python3 mistaken_sender.py < cases.json > captures.json
  cases.json:    {"cases": [{"name", "request": {...}, "mistakes": [...], "format": "raw"|"har"}]}
  captures.json: {"<name>": "<Base64 of the capture>"}
Each request goes through http.client to a socket server on loopback (started here), and the
capture is what that server read: the request line, the headers as sent, the body (de-chunked).
"""

import base64
import email.utils
import hashlib
import hmac
import http.client
import json
import os
import socket
import sys
import tempfile
import threading
from datetime import datetime, timedelta, timezone

DEFAULT_NAMES = ["request-line", "x-date", "content-type", "content-length", "content-sha512"]


# --- the signing rule, one step per function ---------------------------------------------------


def request_line(method, target, m):
    if "cavage_request_target" in m:
        return f"(request-target): {method.lower()} {target}"
    if "method_lower_case" in m:
        method = method.lower()
    version = "HTTP/2" if "signed_http2" in m else "HTTP/1.1"
    return f"{method} {target} {version}"


def signing_string(lines, m):
    joiner = "\r\n" if "crlf_joins" in m else "\n"
    text = joiner.join(lines)
    return text + joiner if "trailing_newline" in m else text


def hmac_key(secret, m):
    if "secret_base64_decoded" in m:
        return base64.b64decode(secret)
    if "secret_hex_decoded" in m:
        return bytes.fromhex(secret)
    if "secret_from_file" in m:
        # `echo "$SECRET" > secret.txt`, then read without strip(): the newline is part of the key.
        with tempfile.NamedTemporaryFile("w", delete=False) as file:
            file.write(secret + "\n")
        with open(file.name) as file:
            key = file.read()
        os.unlink(file.name)
        return key.encode()
    if "secret_from_dotenv" in m:
        # INGO_SECRET="…" in a .env file, split on "=" by hand: the quotes stay.
        line = f'INGO_SECRET="{secret}"'
        return line.split("=", 1)[1].encode()
    return secret.encode("utf-8")


def mac_hash(algorithm, m):
    if "hmac_sha256_declared_sha512" in m:
        return hashlib.sha256
    return hashlib.sha256 if algorithm == "hmac-sha256" else hashlib.sha512


def encode_signature(mac, hash_name, key, message, m):
    if "signature_hex" in m:
        return mac.hex()
    if "signature_base64_of_hexdigest" in m:
        # PHP's base64_encode(hash_hmac('sha512', $msg, $key)) without raw output, written in Python.
        return base64.b64encode(hmac.new(key, message, hash_name).hexdigest().encode()).decode()
    if "signature_urlsafe_unpadded" in m:
        return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()
    return base64.b64encode(mac).decode()


def body_bytes(payload, text):
    """The bytes the sender digests (and, unless the HTTP layer re-serialises, sends)."""
    if payload is None:
        return text.encode("utf-8")
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


# --- the sender ----------------------------------------------------------------------------------


def build(case):
    """Signs the case's request under its mistakes; returns the attempts to send (the last is explained)."""
    r = case["request"]
    m = set(case.get("mistakes", []))
    method, path, x_date = r["method"], r["path"], r["x_date"]
    algorithm = r.get("algorithm", "hmac-sha512")
    names = list(r.get("headers", DEFAULT_NAMES))
    digest_name = "content-sha256" if algorithm == "hmac-sha256" else "content-sha512"
    digest_hash = hashlib.sha256 if algorithm == "hmac-sha256" else hashlib.sha512
    payload = json.loads(r["body"]) if "json_payload" in m else None
    body = body_bytes(payload, r["body"])
    if "pretty_body" in m:
        body = sent_body = json.dumps(json.loads(r["body"]), indent=2, ensure_ascii=False).encode("utf-8")
    if "send_python_default_separators" in m:
        # requests' json= (and json.dumps defaults) serialise again after the digest was taken.
        sent_body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    else:
        sent_body = body

    signed_date = x_date
    if "date_signed_without_usegmt" in m:
        signed_date = email.utils.formatdate(email.utils.parsedate_to_datetime(x_date).timestamp())
    if "date_signed_in_local_time" in m:
        instant = email.utils.parsedate_to_datetime(x_date)
        local = instant.astimezone(timezone(timedelta(hours=-5)))
        signed_date = local.strftime("%a, %d %b %Y %H:%M:%S GMT")

    content_length = str(len(body))
    if "content_length_counts_characters" in m:
        content_length = str(len(body.decode("utf-8")))
    digested = body
    if "digest_with_bom" in m:
        # The 'utf-8-sig' codec (what Windows tools write) puts a byte-order mark before the text.
        digested = body.decode("utf-8").encode("utf-8-sig")
    if "digest_with_crlf" in m:
        # The body as saved on Windows: the digest is taken over CRLF line ends, LF is sent.
        digested = body.replace(b"\n", b"\r\n")
    values = {
        "x-date": signed_date,
        "content-type": r.get("content_type", "application/json"),
        "content-length": content_length,
        digest_name: base64.b64encode(digest_hash(digested).digest()).decode(),
        "host": r.get("host", "iip-session-management-uat.ingo.money"),
    }

    signed_target = path
    if "path_relative_to_base_url" in m:
        signed_target = path[len(r["base_path"]) :]
    if "query_sorted" in m and "?" in path:
        route, query = path.split("?", 1)
        signed_target = route + "?" + "&".join(sorted(query.split("&")))

    lines = []
    signed_names = list(names)
    if "sign_host_undeclared" in m:
        signed_names.insert(1, "host")
    if "skip_digest_line" in m:
        signed_names.remove(digest_name)
    for name in signed_names:
        if name == "request-line":
            lines.append(request_line(method, signed_target, m))
        else:
            lines.append(f"{name}: {values[name]}")
    message = signing_string(lines, m).encode("utf-8")
    key = hmac_key(r["secret"], m)
    hash_name = mac_hash(algorithm, m)
    mac = hmac.new(key, message, hash_name).digest()
    signature = encode_signature(mac, hash_name, key, message, m)
    separator = "," if "headers_comma_separated" in m else " "
    authorization = (
        f'hmac username="{r["username"]}", algorithm="{algorithm}", '
        f'headers="{separator.join(names)}", signature="{signature}"'
    )

    headers = [
        ("X-Date", x_date),
        ("Content-Type", values["content-type"]),
        ("Content-sha512" if digest_name == "content-sha512" else "Content-sha256", values[digest_name]),
        ("Authorization", authorization),
    ]
    if "content_type_charset_added_after_signing" in m:
        headers[1] = ("Content-Type", values["content-type"] + "; charset=utf-8")
    if "date_header_instead_of_x_date" in m:
        headers[0] = ("Date", x_date)
    # Content-Length is left to http.client (it counts the bytes it sends) unless the sender sets it.
    if not m & {"content_length_counts_characters", "send_python_default_separators", "chunked_transfer"}:
        headers.insert(2, ("Content-Length", content_length))
    chunked = "chunked_transfer" in m
    attempts = [(method, path, headers, sent_body, chunked)]
    if "retry_restamps_x_date" in m:
        # The first attempt timed out; the retry stamps a fresh X-Date (clock + 7 s back-off) and
        # reuses the Authorization it computed before.
        later = email.utils.parsedate_to_datetime(x_date) + timedelta(seconds=7)
        retried = [(n, email.utils.format_datetime(later, usegmt=True) if n == "X-Date" else v) for n, v in headers]
        attempts.append((method, path, retried, sent_body, chunked))
    return attempts


# --- sending through http.client to a loopback server that records what it reads ------------------


def read_request(connection):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    length = next((int(l.split(b":", 1)[1]) for l in lines if l.lower().startswith(b"content-length:")), None)
    if any(l.lower().startswith(b"transfer-encoding:") and b"chunked" in l.lower() for l in lines):
        while not rest.endswith(b"0\r\n\r\n"):
            rest += connection.recv(65536)
        body, at = b"", 0
        while True:
            end = rest.index(b"\r\n", at)
            size = int(rest[at:end], 16)
            if size == 0:
                break
            body += rest[end + 2 : end + 2 + size]
            at = end + 2 + size + 2
        return head + b"\r\n\r\n" + body
    while length is not None and len(rest) < length:
        rest += connection.recv(65536)
    return head + b"\r\n\r\n" + rest


def serve(listener, captured):
    while True:
        connection, _ = listener.accept()
        with connection:
            captured.append(read_request(connection))
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


def send(port, captured, attempt):
    method, path, headers, body, chunked = attempt
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    # http.client adds Accept-Encoding, and Content-Length from the bytes it sends when the sender
    # set none; given an iterable body and no length, it sends it chunked.
    sent = dict([("Host", "iip-session-management-uat.ingo.money"), *headers])
    connection.request(method, path, body=iter([body]) if chunked else body, headers=sent)
    connection.getresponse().read()
    connection.close()
    return captured[-1]


def to_har(capture):
    head, _, body = capture.partition(b"\r\n\r\n")
    lines = head.decode("utf-8").split("\r\n")
    method, target, version = lines[0].split(" ")
    headers = [{"name": n, "value": v.strip()} for n, v in (line.split(":", 1) for line in lines[1:])]
    host = next(h["value"] for h in headers if h["name"].lower() == "host")
    request = {
        "method": method,
        "url": f"https://{host}{target}",
        "httpVersion": version,
        "headers": headers,
        "queryString": [],
        "cookies": [],
        "headersSize": -1,
        "bodySize": len(body),
        "postData": {"mimeType": "application/json", "text": body.decode("utf-8")},
    }
    return json.dumps({"log": {"version": "1.2", "creator": {"name": "mistaken_sender.py", "version": "1"},
                               "entries": [{"request": request}]}}).encode()


def main():
    cases = json.load(sys.stdin)["cases"]
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    captured = []
    threading.Thread(target=serve, args=(listener, captured), daemon=True).start()
    out = {}
    for case in cases:
        for attempt in build(case):
            capture = send(listener.getsockname()[1], captured, attempt)
        if case.get("format") == "har":
            capture = to_har(capture)
        out[case["name"]] = base64.b64encode(capture).decode()
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
