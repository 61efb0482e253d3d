"""``make smoke``: the deployed stack answers every step a user takes, each status checked.

The API's health; a query created (201); its photo posted to the presigned upload (204, as S3
answers a presigned POST); its stream read to the end, which must be ``done``; the query read
back (200); and ``POST /classify`` on the relay streaming to its end. The URLs come from the
stack's outputs (``--stack``) or are given (``--api``, ``--stream``; also a local stack).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable

import requests
from botocore.exceptions import BotoCoreError, ClientError

from infra.aws import NoRegion, session

PHOTO = Path(__file__).resolve().parents[1] / "samples" / "photos" / "wristwatch-q60.jpg"
# A stream ends within the run's stages plus a cold start; the relay sends keep-alives meanwhile.
STREAM_TIMEOUT_S = 300.0


class SmokeFailed(Exception):
    """A step of the smoke test got an answer other than the one it needs."""


def expect(answer: requests.Response, status: int, step: str) -> requests.Response:
    """``answer`` if its status is ``status``; else the step fails, showing the body."""
    if answer.status_code != status:
        raise SmokeFailed(f"{step}: HTTP {answer.status_code}, expected {status}: "
                          f"{answer.text[:500]}")
    return answer


def stack_outputs(stack: str, region_name: str | None = None) -> dict[str, str]:
    """The stack's outputs by key, read in ``region_name`` (default: ``AWS_REGION``, as
    ``make deploy`` used) with the caller's credentials."""
    described = session(region_name).client("cloudformation").describe_stacks(StackName=stack)
    return {o["OutputKey"]: o["OutputValue"] for o in described["Stacks"][0].get("Outputs", [])}


def key_headers() -> dict[str, str]:
    """The access key of a stack that requires one (``LENS_GPT_API_KEY``), as a header."""
    key = os.environ.get("LENS_GPT_API_KEY")
    return {"x-api-key": key} if key else {}


def read_stream(url: str, step: str) -> list[dict[str, Any]]:
    """Every chunk of a stream (NDJSON) until the server ends it."""
    with requests.get(url, headers={"Accept": "application/x-ndjson", **key_headers()},
                      stream=True,
                      timeout=(10, STREAM_TIMEOUT_S)) as answer:
        expect(answer, 200, step)
        return [json.loads(line) for line in answer.iter_lines() if line.strip()]


def smoke(api: str, stream: str, photo: Path = PHOTO,
          report: Callable[[str], None] = print) -> None:
    """Run every step against the API at ``api`` and the relay at ``stream``."""
    api, stream = api.rstrip("/") + "/", stream.rstrip("/") + "/"
    expect(requests.get(f"{api}health", timeout=30), 200, "GET /health")
    report("health: 200")
    created = expect(requests.post(f"{api}queries", json={"content_type": "image/jpeg"},
                                   headers=key_headers(), timeout=30), 201,
                     "POST /queries").json()
    report(f"query {created['id']}: 201")
    upload = created["upload"]
    with photo.open("rb") as file:
        expect(requests.post(upload["url"], data=upload["fields"],
                             files={"file": (photo.name, file, "image/jpeg")}, timeout=60),
               204, "presigned upload")
    report("upload: 204")
    chunks = read_stream(created["links"]["stream"], "GET stream")
    kinds = [chunk["data_description"] for chunk in chunks]
    if not kinds or kinds[-1] != "done":
        raise SmokeFailed(f"the stream ended without done: {kinds}")
    report(f"stream: {', '.join(kinds)}")
    expect(requests.get(created["links"]["self"], headers=key_headers(), timeout=30), 200,
           "GET query")
    report("query: 200")
    with photo.open("rb") as file, requests.post(
        f"{stream}classify", files={"file": (photo.name, file, "image/jpeg")}, stream=True,
        headers=key_headers(), timeout=(10, STREAM_TIMEOUT_S),
    ) as answer:
        expect(answer, 200, "POST /classify")
        events = [line for line in answer.iter_lines() if line.startswith(b"data:")]
    if not events:
        raise SmokeFailed("POST /classify streamed no event")
    report(f"classify: 200, {len(events)} events")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m infra.smoke", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stack", default="lens-gpt", help="read the URLs from this stack")
    parser.add_argument("--api", help="the API's base URL (instead of the stack's EndpointURL)")
    parser.add_argument("--stream", help="the relay's URL (instead of the stack's StreamURL)")
    parser.add_argument("--region", help="the stack's region (default: AWS_REGION)")
    args = parser.parse_args()
    try:
        outputs = {} if args.api and args.stream else stack_outputs(args.stack, args.region)
        smoke(args.api or outputs["EndpointURL"], args.stream or outputs["StreamURL"])
    except (SmokeFailed, NoRegion, BotoCoreError, ClientError,
            requests.RequestException) as exc:
        print(f"make smoke: {exc}", file=sys.stderr)
        raise SystemExit(1) from exc
    print("make smoke: every step answered as it should")


if __name__ == "__main__":
    main()
