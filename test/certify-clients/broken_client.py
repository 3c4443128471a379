#!/usr/bin/env python3
"""A Create Session client with one defect, the way a team gets it wrong: `broken_client.py DEFECT`.

The same client as examples/python/certify_client.py but for the one line each defect changes,
marked `DEFECT`. Certification must fail it on exactly the check that names the defect.
"""
import base64
import email.utils
import hashlib
import hmac
import json
import os
import random
import sys
import time
import urllib.error
import urllib.request
import uuid

DEFECT = sys.argv[1]
DEFECTS = {
    "hex-digest",  # Content-sha512 as hex, not Base64 of the raw digest
    "known-fields-only",  # the body rebuilt from a fixed model, dropping fields it does not know
    "status-101-is-error",  # only envelope 100 is a success: the replay of a retry counts as failure
    "new-key-per-attempt",  # a fresh Idempotency-Key on every attempt
    "ignores-retry-after",  # backoff only, whatever Retry-After says
    "retries-refusals",  # every failure retried, 400 and 401 included
    "http-200-is-success",  # HTTP 200 means success, whatever the envelope says
    "follows-redirects",  # a 307/308 resent to its Location
    "retries-15-times",  # MAX_RETRIES = 15
    "never-retries",  # one attempt, whatever happens
    "signs-once",  # the headers signed once, before the retry loop
    "fixed-backoff",  # sleeps two seconds between retries, every time: no jitter
    "no-timeout",  # waits for an answer forever
    "ignores-clock-skew",  # a stale-date 401 is final
    "409-is-final",  # a 409 read as a conflict that retrying cannot fix
}
assert DEFECT in DEFECTS, f"unknown defect {DEFECT}"

PATH = "/api/v1/sessions/point-in-time/plugin"
SIGNED_HEADERS = ["request-line", "x-date", "content-type", "content-length", "content-sha512"]
KNOWN_RECIPIENT_FIELDS = ["first_name", "last_name", "address_line1", "city", "state", "zip_code", "email_address"]


def sign(username, secret, body, now):
    digest = hashlib.sha512(body)
    headers = {
        "x-date": email.utils.formatdate(now, usegmt=True),
        "content-type": "application/json",
        "content-length": str(len(body)),
        "content-sha512": digest.hexdigest() if DEFECT == "hex-digest" else base64.b64encode(digest.digest()).decode(),
    }
    lines = [f"POST {PATH} HTTP/1.1"] + [f"{name}: {headers[name]}" for name in SIGNED_HEADERS[1:]]
    signature = base64.b64encode(hmac.new(secret.encode(), "\n".join(lines).encode(), hashlib.sha512).digest()).decode()
    headers["authorization"] = (
        f'hmac username="{username}", algorithm="hmac-sha512", '
        f'headers="{" ".join(SIGNED_HEADERS)}", signature="{signature}"'
    )
    return headers


RETRIES = 15 if DEFECT == "retries-15-times" else 0 if DEFECT == "never-retries" else 6
TIMEOUT_SECONDS = None if DEFECT == "no-timeout" else 6
RETRYABLE = {408, 429, 500, 502, 503, 504} if DEFECT == "409-is-final" else {408, 409, 429, 500, 502, 503, 504}


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def send(url, headers, body):
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


def create_session(url, username, secret, body):
    key = str(uuid.uuid4())
    clock_offset = 0.0
    corrected = False
    answer = None
    signed = sign(username, secret, body, time.time())
    for attempt in range(RETRIES + 1):
        if DEFECT == "new-key-per-attempt":
            key = str(uuid.uuid4())
        headers = dict(signed) if DEFECT == "signs-once" else sign(username, secret, body, time.time() + clock_offset)
        headers["idempotency-key"] = key
        try:
            status, answer, response_headers = send(url, headers, body)
        except OSError as error:
            answer = {"error": str(error)}
            wait = backoff(attempt)
        else:
            envelope = answer.get("status") if isinstance(answer, dict) else None
            if DEFECT == "http-200-is-success" and status == 200:
                return True, answer
            if status == 200 and envelope in ((100,) if DEFECT == "status-101-is-error" else (100, 101)):
                return True, answer
            if DEFECT == "follows-redirects" and status in (307, 308):
                url = response_headers["Location"]
                continue
            if status == 401 and envelope == 402 and not corrected and DEFECT != "ignores-clock-skew":
                clock_offset = email.utils.parsedate_to_datetime(response_headers["Date"]).timestamp() - time.time()
                corrected = True
                continue
            if status not in RETRYABLE and DEFECT != "retries-refusals":
                return False, answer
            retry_after = response_headers.get("Retry-After")
            honour = retry_after and retry_after.isdigit() and DEFECT != "ignores-retry-after"
            wait = float(retry_after) if honour else backoff(attempt)
        if attempt < RETRIES:
            time.sleep(wait)
    return False, answer


def backoff(attempt):
    if DEFECT == "fixed-backoff":
        return 2.0
    return random.uniform(0, min(1.0, 0.1 * 2**attempt))


def main():
    with open(os.environ["INGO_BODY_FILE"], encoding="utf-8") as file:
        value = json.load(file)
    if DEFECT == "known-fields-only":
        recipient = value["recipient_information"]
        value = {
            "participant_unique_id1": value["participant_unique_id1"],
            "recipient_information": {name: recipient[name] for name in KNOWN_RECIPIENT_FIELDS if name in recipient},
        }
    body = json.dumps(value, ensure_ascii=False).encode("utf-8")
    ok, answer = create_session(
        os.environ["INGO_BASE_URL"] + PATH, os.environ["INGO_USERNAME"], os.environ["INGO_SECRET"], body
    )
    print(json.dumps(answer))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
