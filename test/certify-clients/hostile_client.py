#!/usr/bin/env python3
"""A client command that tries to exhaust certify: `hostile_client.py MODE`.

huge-body        a 10 MB body (Content-Length declared)
huge-headers     a 100 KB header
many-connections 40 connections held open at once
many-attempts    60 requests in a row, whatever the answers
"""
import http.client
import os
import socket
import sys
import time
from urllib.parse import urlsplit

MODE = sys.argv[1]
url = urlsplit(os.environ["INGO_BASE_URL"])
PATH = "/api/v1/sessions/point-in-time/plugin"


def post(body=b"{}", headers=None):
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=5)
    try:
        connection.request("POST", PATH, body=body, headers={"Content-Type": "application/json", **(headers or {})})
        return connection.getresponse().status
    except OSError as error:
        return str(error)
    finally:
        connection.close()


if MODE == "huge-body":
    print(post(body=b"x" * 10_000_000), file=sys.stderr)
elif MODE == "huge-headers":
    print(post(headers={"X-Padding": "x" * 100_000}), file=sys.stderr)
elif MODE == "many-connections":
    held = [socket.create_connection((url.hostname, url.port)) for _ in range(40)]
    time.sleep(0.5)
elif MODE == "many-attempts":
    for _ in range(60):
        post()
else:
    sys.exit(f"unknown mode {MODE}")
print("{}")
sys.exit(1)
