"""``lens-gpt``: identify a photo, follow a query, drop a photo into the bucket, receive
webhooks, or serve the service to AI agents (MCP).

    lens-gpt identify PHOTO [--hint TEXT] [--url BASE] [--json] [--timeout S] [--callback-url URL]
    lens-gpt watch QUERY_ID [--url BASE] [--json] [--timeout S]
    lens-gpt drop PHOTO [--url BASE] [--key KEY] [--json] [--timeout S]   (needs the s3 extra)
    lens-gpt listen [--port 9009] [--secret SECRET ...] [--count N] [--json]
    lens-gpt mcp [--url BASE]        (the Model Context Protocol on stdio; needs the mcp extra)

``--url`` defaults to ``$LENS_GPT_URL``, else ``http://127.0.0.1:$PORT`` (``PORT`` 8000 when
unset), the address ``make run`` serves on. ``--api-key`` (default ``$LENS_GPT_API_KEY``) is the
access key of a deployment that requires one.

Progress is shown live, one line per result with the state of each stage, and a summary at the
end; ``--json`` prints the chunks instead, one JSON object per line (NDJSON).

Exit codes:
    0  the query finished and succeeded (status ``done``)
    1  the query finished and failed (status ``failed``: a stage gave up, see its error)
    2  the command line is wrong
    3  the service or the bucket could not be reached, or refused the request
    4  the result did not arrive within ``--timeout`` seconds
    130  interrupted (Ctrl-C)
    141  the output was closed early (e.g. piped into ``head``)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import threading
import time
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Iterable, TextIO

from lens_gpt_client import (
    Client,
    ImageTooLarge,
    InvalidImage,
    LensGptClientError,
    Query,
    checked_image,
)
from lens_gpt_client.drop import drop_key, hint_metadata, result_key_for_drop
from lens_gpt_client.listen import Delivery, Listener
from lens_gpt_client.policy import URL_VARIABLE, PollPauses
from lens_gpt_client.types import Chunk, ChunkKind
from lens_gpt_client.webhooks import WebhookChunk

EXIT_DONE, EXIT_FAILED, EXIT_USAGE, EXIT_UNREACHABLE, EXIT_TIMEOUT = 0, 1, 2, 3, 4
EXIT_INTERRUPTED, EXIT_CLOSED_OUTPUT = 130, 141
# The results each stage writes, in the order the progress display lists the stages.
STAGE_STEPS: dict[str, tuple[str, ...]] = {
    "lens": (ChunkKind.LENS_MATCHES,),
    "gpt": (ChunkKind.MODEL_PRODUCER, ChunkKind.PRODUCER_URL, ChunkKind.RETAIL_PRICE_DETAILS),
    "pricing": (ChunkKind.SECOND_HAND_OFFERS, ChunkKind.ESTIMATED_PRICE),
}
# The emulator of ``make run`` accepts any credentials; boto3 only needs some to sign.
LOCAL_CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


def default_url() -> str:
    """``$LENS_GPT_URL``, else the local stack on ``$PORT`` (8000 when unset)."""
    return os.environ.get(URL_VARIABLE) or f"http://127.0.0.1:{os.environ.get('PORT') or 8000}"


class CliError(Exception):
    """A command could not be carried out; ``exit_code`` says why."""

    def __init__(self, message: str, exit_code: int = EXIT_UNREACHABLE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# -- what is printed ------------------------------------------------------------------------------

class Progress:
    """One line per chunk: the state of every stage, then what the chunk says."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._steps: dict[str, set[str]] = {stage: set() for stage in STAGE_STEPS}
        self._gave_up: set[str] = set()
        self._finished = False

    def show(self, chunk: Chunk) -> None:
        if chunk.data_description == ChunkKind.ERROR:
            self._gave_up.add(chunk.data.get("stage", chunk.stage))
        elif chunk.data_description == ChunkKind.DONE:
            self._finished = True
        elif chunk.stage in self._steps:
            self._steps[chunk.stage].add(chunk.data_description)
        print(f"[{self.stages()}]  {describe(chunk)}", file=self._out, flush=True)

    def stages(self) -> str:
        return " | ".join(f"{stage} {self._state(stage)}" for stage in STAGE_STEPS)

    def _state(self, stage: str) -> str:
        got, total = len(self._steps[stage]), len(STAGE_STEPS[stage])
        if stage in self._gave_up:
            return "gave up"
        if got == total:
            return "done"
        if self._finished:
            return "ended" if got else "skipped"
        return f"{got}/{total}"


# One chunk in a few words, by kind (the chunk's data in, the words out).
_DESCRIPTIONS: dict[str, Callable[[Any], str]] = {
    ChunkKind.LENS_MATCHES: lambda d: f"lens: {len(d)} visual matches",
    ChunkKind.MODEL_PRODUCER: lambda d: f"gpt: identified as {_name(d) or 'nothing known'}",
    ChunkKind.PRODUCER_URL: lambda d: f"gpt: producer's page {d.get('link')}",
    ChunkKind.RETAIL_PRICE_DETAILS: lambda d: "gpt: retail price "
    + (money(d.get("price"), d.get("currency")) or "unknown"),
    ChunkKind.SECOND_HAND_OFFERS: lambda d: f"pricing: {len(d)} second-hand offers",
    ChunkKind.ESTIMATED_PRICE: lambda d: f"pricing: estimated {_estimate(d)}",
    ChunkKind.ERROR: lambda d: f"{d.get('stage')}: gave up ({d.get('code')}): {d.get('message')}",
    ChunkKind.DONE: lambda d: f"finished: {d.get('status')}",
}


def describe(chunk: Chunk) -> str:
    """One chunk in a few words."""
    words = _DESCRIPTIONS.get(chunk.data_description)
    return words(chunk.data) if words else f"{chunk.stage}: {chunk.data_description}"


def summary_lines(query: Query, permalink: str | None) -> list[str]:
    """A readable account of a finished (or timed-out) query."""
    s = query.summary
    retail = query.latest(ChunkKind.RETAIL_PRICE_DETAILS) or {}
    offers = query.latest(ChunkKind.SECOND_HAND_OFFERS) or []
    estimate = query.latest(ChunkKind.ESTIMATED_PRICE)
    rows = [
        ("Producer's page", s.producer_url or "not found"),
        ("Retail price", money(retail.get("price"), retail.get("currency")) or "not found"),
        ("Second-hand", f"{len(offers)} offers" if offers else "no offers found"),
        *[("", _offer(o)) for o in offers],
        ("Estimate", _estimate(estimate) if estimate else "none"),
        *[("Problem", f"{e.get('stage')}: {e.get('message')} ({e.get('code')})")
          for e in query.errors],
        ("Status", query.status if query.finished else f"{query.status} (not finished)"),
        *([("Result", permalink)] if permalink else []),
    ]
    lines = ["", _name({"producer": s.producer, "model": s.model}) or "Not identified"]
    return lines + [f"  {label:<16} {value}" for label, value in rows]


def money(amount: Any, currency: str | None) -> str:
    if not isinstance(amount, (int, float)):
        return ""
    return f"{amount:,.2f} {currency or ''}".rstrip()


def _name(identity: dict[str, Any]) -> str:
    return " ".join(p for p in (identity.get("producer"), identity.get("model")) if p)


def _estimate(data: dict[str, Any]) -> str:
    currency = data.get("currency")
    low, high = money(data.get("min_range"), currency), money(data.get("max_range"), currency)
    certainty = data.get("certainty") or 0.0
    return (f"{money(data.get('price'), currency)} (likely {low} to {high}), "
            f"certainty {certainty:.0%}")


def _offer(offer: dict[str, Any]) -> str:
    price = money(offer.get("price"), offer.get("currency"))
    return f"{price:>12}  {offer.get('wear') or '':<9} {offer.get('link')}"


# -- the commands ---------------------------------------------------------------------------------

class Printer:
    """Where chunks and messages go: a live display and a summary, or NDJSON."""

    def __init__(self, as_json: bool, out: TextIO, err: TextIO) -> None:
        self.as_json = as_json
        self.out = out
        self.err = err
        self._progress = Progress(out)

    def note(self, message: str) -> None:
        """A line for people: on stdout normally, on stderr beside NDJSON."""
        print(message, file=self.err if self.as_json else self.out, flush=True)

    def chunk(self, chunk: Chunk) -> None:
        if self.as_json:
            print(chunk.model_dump_json(), file=self.out, flush=True)
        else:
            self._progress.show(chunk)

    def webhook(self, delivery: Delivery) -> None:
        """One delivery taken: its body as NDJSON, or a line saying what it holds."""
        if self.as_json:
            print(delivery.body.decode(), file=self.out, flush=True)
            return
        event = delivery.event
        if isinstance(event, WebhookChunk):
            said = describe(event.chunk)
        else:  # the outcome (a refused delivery is never printed here)
            name = _name(event.summary.model_dump()) if event else ""
            said = f"outcome: {name or 'not identified'} ({event.status if event else '?'})"
        check = "signature verified" if delivery.verified else "signature not checked"
        print(f"{delivery.id}  {said}  [{check}]", file=self.out, flush=True)

    def finish(self, query: Query, permalink: str | None) -> int:
        if not self.as_json:
            print("\n".join(summary_lines(query, permalink)), file=self.out, flush=True)
        if not query.finished:
            self.note("lens-gpt: the result did not arrive in time.")
            return EXIT_TIMEOUT
        return EXIT_DONE if query.status == "done" else EXIT_FAILED


def identify(args: argparse.Namespace, printer: Printer) -> int:
    with Client(args.url, api_key=args.api_key) as client:
        query = client.ask_async(_photo(args.photo), callback_url=args.callback_url,
                                 callback_events=args.callback_events, hint=args.hint)
        printer.note(f"Uploaded {Path(args.photo).name}: query {query.id}")
        if query.callback_secret:
            # Shown this once: the service never returns it again.
            printer.note(f"Webhooks to {args.callback_url} are signed with "
                         f"{query.callback_secret}")
        return _follow(client, query.id, args, printer)


def watch(args: argparse.Namespace, printer: Printer) -> int:
    with Client(args.url, api_key=args.api_key) as client:
        query = client.get_query(args.query_id)  # an unknown id fails here, with its error
        if query.status == "awaiting_upload":
            # Otherwise nothing at all is printed until the photo arrives, if it ever does.
            printer.note(f"Query {args.query_id} is waiting for its photo to be uploaded; "
                         "its results follow once it is.")
        return _follow(client, args.query_id, args, printer)


def _follow(client: Client, query_id: str, args: argparse.Namespace, printer: Printer) -> int:
    for chunk in client.stream(query_id, timeout=args.timeout):
        printer.chunk(chunk)
    query = client.get_query(query_id)
    return printer.finish(query, f"{args.url.rstrip('/')}/?q={query_id}")


def drop(args: argparse.Namespace, printer: Printer) -> int:
    """Put the photo under ``drop/`` and wait for the result of these very bytes."""
    bucket, s3 = _bucket(args)  # first: it says so when boto3 (the s3 extra) is missing
    from botocore.exceptions import BotoCoreError, ClientError

    upload = checked_image(_photo(args.photo))
    key = drop_key(args.key or upload.filename)
    result_key = result_key_for_drop(key)
    try:
        s3.put_object(Bucket=bucket, Key=key, Body=upload.data,
                      ContentType=upload.content_type or "application/octet-stream",
                      Metadata=hint_metadata(args.hint))
        dropped_at = s3.head_object(Bucket=bucket, Key=key)["LastModified"]
        printer.note(f"Dropped {upload.filename} at s3://{bucket}/{key}; "
                     f"waiting for s3://{bucket}/{result_key}")
        document = _result_of(s3, bucket, result_key, hashlib.sha256(upload.data).hexdigest(),
                              dropped_at, args.timeout or 600)
    except (BotoCoreError, ClientError) as exc:
        raise CliError(f"The bucket could not be used: {exc}") from exc
    query = Query.model_validate({"id": key, **document})
    for chunk in query.chunks:
        printer.chunk(chunk)
    return printer.finish(query, f"s3://{bucket}/{result_key}")


def _result_of(s3: Any, bucket: str, result_key: str, sha256: str, dropped_at: Any,
               timeout: float) -> dict[str, Any]:
    """The result document written for the dropped bytes, not an earlier one at that key.

    A result counts when it names the SHA-256 of the bytes put and was written no earlier
    than they were (the same bytes dropped again must not be answered by the old result).
    """
    deadline = time.monotonic() + timeout
    pauses = PollPauses(most=1.0)
    while True:
        document = _fresh_document(s3, bucket, result_key, dropped_at)
        if document is not None and document.get("image_sha256") == sha256:
            return document
        if time.monotonic() >= deadline:
            raise CliError(f"s3://{bucket}/{result_key} did not appear in time.", EXIT_TIMEOUT)
        time.sleep(pauses.next())


def _fresh_document(s3: Any, bucket: str, key: str, not_before: Any) -> dict[str, Any] | None:
    from botocore.exceptions import ClientError

    try:
        stored = s3.get_object(Bucket=bucket, Key=key)
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
            return None
        raise
    if stored["LastModified"] < not_before:
        return None
    return json.loads(stored["Body"].read())


def _bucket(args: argparse.Namespace) -> tuple[str, Any]:
    """The bucket and an S3 client: as given, or the local stack's (from its ``/health``)."""
    try:
        import boto3
    except ImportError as exc:
        raise CliError("drop needs boto3: pip install 'lens-gpt-client[s3]'.",
                       EXIT_USAGE) from exc
    if args.bucket:
        return args.bucket, boto3.client("s3", endpoint_url=args.endpoint)
    with Client(args.url, api_key=args.api_key) as client:
        health = client.health()
    if not health.get("bucket") or not health.get("aws_endpoint"):
        raise CliError(f"{args.url} does not name its bucket (not a local stack): "
                       "pass --bucket (and --endpoint).", EXIT_USAGE)
    endpoint = args.endpoint or health["aws_endpoint"]
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                          **LOCAL_CREDENTIALS)
    return health["bucket"], client


def _photo(path: str) -> Path:
    photo = Path(path)
    if not photo.is_file():
        raise CliError(f"There is no file {path!r}.", EXIT_USAGE)
    return photo


# -- the command line -----------------------------------------------------------------------------

def listen(args: argparse.Namespace, printer: Printer) -> int:
    """Receive webhooks on this machine and print each; after ``--count`` taken, stop."""
    taken = threading.Semaphore(0)

    def report(delivery: Delivery) -> None:
        if delivery.refused:
            printer.note(f"refused {delivery.id or 'a delivery'}: {delivery.refused}")
            return
        printer.webhook(delivery)
        taken.release()

    try:
        listener = Listener(report, port=args.port, host=args.host, secrets=args.secret)
    except OSError as exc:
        raise CliError(f"Cannot listen on {args.host}:{args.port}: {exc.strerror}.") from exc
    printer.note(f"Listening for webhooks at {listener.url} (Ctrl-C stops)")
    threading.Thread(target=listener.serve_forever, daemon=True, name="listener").start()
    try:
        for _ in range(args.count) if args.count else iter(int, 1):  # forever without --count
            taken.acquire()
    finally:
        listener.shutdown()
    return EXIT_DONE


def mcp(args: argparse.Namespace, printer: Printer) -> int:
    """Serve the service's tools over MCP on stdin/stdout until the client closes them."""
    from lens_gpt_client.mcp_server import serve

    return serve(args.url, args.api_key)


COMMANDS: dict[str, Callable[[argparse.Namespace, Printer], int]] = {
    "identify": identify, "watch": watch, "drop": drop, "listen": listen, "mcp": mcp,
}


def _version() -> str:
    """This distribution's version, as installed."""
    try:
        return metadata.version("lens-gpt-client")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--url", default=default_url(),
                        help=f"the service's base URL (default {default_url()}: "
                             f"${URL_VARIABLE}, else 127.0.0.1:$PORT)")
    common.add_argument("--api-key", default=None, metavar="KEY",
                        help="the access key of a service that requires one (sent as "
                             "x-api-key; default $LENS_GPT_API_KEY)")
    common.add_argument("--json", action="store_true",
                        help="print the chunks as NDJSON instead of progress and a summary")
    common.add_argument("--timeout", type=float, default=None, metavar="S",
                        help="give up waiting after S seconds (exit code 4)")
    top = argparse.ArgumentParser(
        prog="lens-gpt", description="Ask lens-gpt what an item is and is worth.",
        epilog="exit codes: 0 done, 1 failed, 2 usage, 3 unreachable or refused, 4 timed out, "
               "130 interrupted, 141 output closed",
    )
    top.add_argument("--version", action="version", version=f"lens-gpt {_version()}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    identify_ = commands.add_parser("identify", parents=[common],
                                    help="upload a photo and follow its analysis live")
    identify_.add_argument("photo", metavar="PHOTO")
    identify_.add_argument("--hint", metavar="TEXT",
                           help='a short text about the photo, e.g. "Sony camera" or "the lamp, '
                                'not the table" (at most 200 characters)')
    identify_.add_argument("--callback-url", metavar="URL",
                           help="also POST the result to this public http(s) URL (a webhook)")
    identify_.add_argument("--callback-events", choices=("done", "chunk"),
                           help="with --callback-url: POST the summary once (done, the default) "
                                "or every chunk")
    watch_ = commands.add_parser("watch", parents=[common], help="follow an existing query")
    watch_.add_argument("query_id", metavar="ID")
    drop_ = commands.add_parser("drop", parents=[common],
                                help="put a photo into the bucket's drop/ prefix and wait for "
                                     "its results/ file")
    drop_.add_argument("photo", metavar="PHOTO")
    drop_.add_argument("--key", help="the key under drop/ (default: the file's name)")
    drop_.add_argument("--hint", metavar="TEXT",
                       help="a short text about the photo, stored as the object's metadata "
                            "hint (x-amz-meta-hint)")
    drop_.add_argument("--bucket", help="the bucket (default: the local stack's)")
    drop_.add_argument("--endpoint", help="an S3 endpoint URL (default: the local stack's)")
    listen_ = commands.add_parser("listen", help="receive webhooks on this machine and print "
                                                 "each (callback_url http://127.0.0.1:PORT/hooks)")
    listen_.add_argument("--port", type=int, default=9009, help="the port (default 9009)")
    listen_.add_argument("--host", default="127.0.0.1", help="the address (default 127.0.0.1)")
    listen_.add_argument("--secret", action="append", default=[], metavar="SECRET",
                         help="a query's callback_secret: deliveries must be signed with it (or "
                              "another --secret); without, signatures are not checked")
    listen_.add_argument("--count", type=int, default=0, metavar="N",
                         help="stop after N deliveries taken (default: run until Ctrl-C)")
    listen_.add_argument("--json", action="store_true",
                         help="print each delivery's body as one JSON line")
    mcp_ = commands.add_parser("mcp", help="serve identify / get / wait-for-confident to AI "
                                           "agents over the Model Context Protocol (stdio)")
    mcp_.add_argument("--url", default=default_url(),
                      help=f"the service's base URL (default {default_url()})")
    mcp_.add_argument("--api-key", default=None, metavar="KEY",
                      help="the access key of a service that requires one (default "
                           "$LENS_GPT_API_KEY)")
    mcp_.set_defaults(json=False)  # stdout is the protocol's: nothing else is printed there
    return top


def main(argv: Iterable[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    args = parser().parse_args(None if argv is None else list(argv))
    printer = Printer(args.json, out or sys.stdout, err or sys.stderr)
    try:
        return COMMANDS[args.command](args, printer)
    except (InvalidImage, ImageTooLarge) as exc:  # refused here, before any upload
        print(f"lens-gpt: {exc.message} ({exc.code})", file=printer.err)
        return EXIT_FAILED
    except LensGptClientError as exc:
        print(f"lens-gpt: {exc.message} ({exc.code})", file=printer.err)
        return EXIT_UNREACHABLE
    except CliError as exc:
        print(f"lens-gpt: {exc}", file=printer.err)
        return exc.exit_code
    except KeyboardInterrupt:
        print("lens-gpt: interrupted.", file=printer.err)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away: stop quietly, and keep Python from complaining at exit.
        if printer.out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_CLOSED_OUTPUT


if __name__ == "__main__":
    sys.exit(main())
