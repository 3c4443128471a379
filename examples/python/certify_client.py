#!/usr/bin/env python3
"""Create Session from Python (standard library only), speaking the certification protocol.

One logical call with the body in INGO_BODY_FILE: signed per attempt, one Idempotency-Key for
every retry, Retry-After honoured, backoff with full jitter, clock corrected once from a
stale-date answer. Prints the final answer's JSON and exits 0 on success, 1 on failure.

    ingo-session certify --strict -- python3 examples/python/certify_client.py
"""
import json
import os
import random
import sys
import time
import urllib.error
import urllib.request
import uuid

# region signing
import base64
import email.utils
import hashlib
import hmac

PATH = "/api/v1/sessions/point-in-time/plugin"
SIGNED_HEADERS = ["request-line", "x-date", "content-type", "content-length", "content-sha512"]


def sign(username, secret, body, now):
    """The signing headers for one attempt: `body` is the exact bytes sent, `now` epoch seconds."""
    headers = {
        "x-date": email.utils.formatdate(now, usegmt=True),  # IMF-fixdate, e.g. Tue, 01 Apr 2026 20:18:47 GMT
        "content-type": "application/json",
        "content-length": str(len(body)),  # bytes, not characters
        "content-sha512": base64.b64encode(hashlib.sha512(body).digest()).decode(),  # Base64 of the raw digest
    }
    lines = [f"POST {PATH} HTTP/1.1"] + [f"{name}: {headers[name]}" for name in SIGNED_HEADERS[1:]]
    signature = base64.b64encode(
        hmac.new(secret.encode(), "\n".join(lines).encode(), hashlib.sha512).digest()
    ).decode()
    headers["authorization"] = (
        f'hmac username="{username}", algorithm="hmac-sha512", '
        f'headers="{" ".join(SIGNED_HEADERS)}", signature="{signature}"'
    )
    return headers
# endregion signing


RETRIES = 6  # at most 7 attempts
TIMEOUT_SECONDS = 5  # a stalled answer is abandoned after this and retried
RETRYABLE = {408, 409, 429, 500, 502, 503, 504}


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None  # never resend a signed body to wherever a Location points


def send(url, headers, body):
    """One attempt: (HTTP status, parsed answer or None, response headers); raises OSError on a network failure."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    opener = urllib.request.build_opener(NoRedirects)
    try:
        with opener.open(request, timeout=TIMEOUT_SECONDS) as response:
            return response.status, parse(response.read()), response.headers
    except urllib.error.HTTPError as error:
        return error.code, parse(error.read()), error.headers


def parse(data):
    try:
        return json.loads(data)
    except ValueError:
        return None


def create_session(base_url, username, secret, body):
    key = str(uuid.uuid4())  # one key for every attempt of this call
    clock_offset = 0.0
    corrected = False
    answer = None
    for attempt in range(RETRIES + 1):
        headers = sign(username, secret, body, time.time() + clock_offset)
        headers["idempotency-key"] = key
        try:
            status, answer, response_headers = send(base_url + PATH, headers, body)
        except OSError as error:  # cut connection, reset, timeout: retry under the same key
            answer = {"error": str(error)}
            wait = backoff(attempt)
        else:
            envelope = answer.get("status") if isinstance(answer, dict) else None
            if status == 200 and envelope in (100, 101):
                return True, answer
            if status == 401 and envelope == 402 and not corrected and response_headers.get("Date"):
                # Our clock is off: learn the server's time from its Date and sign again, once.
                clock_offset = email.utils.parsedate_to_datetime(response_headers["Date"]).timestamp() - time.time()
                corrected = True
                continue
            if status not in RETRYABLE:
                return False, answer  # a refusal: the same request would fail the same way
            retry_after = response_headers.get("Retry-After")
            wait = float(retry_after) if retry_after and retry_after.isdigit() else backoff(attempt)
        if attempt < RETRIES:
            time.sleep(wait)
    return False, answer


def backoff(attempt):
    """Full jitter: a uniform wait under a ceiling that doubles from 0.1 s up to 1 s."""
    return random.uniform(0, min(1.0, 0.1 * 2**attempt))


def main():
    with open(os.environ["INGO_BODY_FILE"], encoding="utf-8") as file:
        body = json.dumps(json.load(file), ensure_ascii=False).encode("utf-8")
    ok, answer = create_session(
        os.environ["INGO_BASE_URL"], os.environ["INGO_USERNAME"], os.environ["INGO_SECRET"], body
    )
    print(json.dumps(answer))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
