"""The results log keeps seq gap-free and unique, never writes a chunk twice, ends with done."""

from __future__ import annotations

import threading

import pytest

from chalicelib.errors import RunClosed
from chalicelib.pipeline.stage_run import final_status
from chalicelib.services import Services
from chalicelib.stores.results_log import ResultsLog
from chalicelib.wire import ChunkKind
from devstack.emulator import MotoServer, create_resources


def new_run(services: Services, run_id: str = "r1") -> ResultsLog:
    services.log.create_run(run_id, "ab" * 32, "q1")
    return services.log


def test_appends_are_numbered_from_one_without_gaps(aws: Services) -> None:
    log = new_run(aws)
    for n in range(5):
        log.append("r1", f"gpt/{n}", "gpt", ChunkKind.MODEL_PRODUCER,
                   {"producer": str(n), "model": "m"})

    assert [c.seq for c in log.chunks("r1")] == [1, 2, 3, 4, 5]
    assert [c.seq for c in log.chunks("r1", after=3)] == [4, 5]
    assert log.chunks("r1")[0].image_sha256 == "ab" * 32


def test_the_same_key_twice_appends_once_and_returns_the_first(aws: Services) -> None:
    log = new_run(aws)
    key = "gpt/model-producer"
    first = log.append("r1", key, "gpt", ChunkKind.MODEL_PRODUCER, {"producer": "A"})
    again = log.append("r1", key, "gpt", ChunkKind.MODEL_PRODUCER, {"producer": "B"})

    assert again == first
    assert len(log.chunks("r1")) == 1


def test_done_is_written_once_and_nothing_after_it(aws: Services) -> None:
    log = new_run(aws)
    log.append("r1", "gpt/model-producer", "gpt", ChunkKind.MODEL_PRODUCER, {"producer": "A"})
    done = log.close("r1", final_status)

    assert log.close("r1", final_status) == done
    assert done.data == {"status": "done"}
    with pytest.raises(RunClosed):
        log.append("r1", "pricing/x", "pricing", ChunkKind.MODEL_PRODUCER, {})
    kinds = [c.data_description for c in log.chunks("r1")]
    assert kinds == [ChunkKind.MODEL_PRODUCER, ChunkKind.DONE]
    assert log.head("r1").status == "done"


@pytest.mark.parametrize(("code", "status"), [("no-offers", "done"), ("provider-error", "failed")])
def test_a_run_fails_only_when_a_stage_gave_up_for_a_reason_not_a_finding(
    aws: Services, code: str, status: str
) -> None:
    log = new_run(aws)
    log.append("r1", "pricing/error", "pricing", ChunkKind.ERROR,
               {"stage": "pricing", "code": code, "message": "m"})

    assert log.close("r1", final_status).data["status"] == status


def test_the_run_ends_when_the_last_pending_stage_finishes(aws: Services) -> None:
    log = new_run(aws)
    assert log.hand_over("r1", "lens", ["gpt", "pricing"])
    assert not log.hand_over("r1", "lens", ["gpt", "pricing"])

    assert log.finish_stage("r1", "gpt") is False
    assert log.finish_stage("r1", "gpt") is False
    assert log.finish_stage("r1", "pricing") is True


def test_concurrent_stages_never_share_or_skip_a_seq() -> None:
    """Given two stages appending at once through the emulator's HTTP server (as in the stack),
    every chunk gets its own seq and the seqs have no gap."""
    server = MotoServer().start()
    try:
        env = create_resources(server.endpoint)
        from chalicelib.config import Settings
        from chalicelib.stores.clients import make_clients

        settings = Settings.from_env({**env, "AWS_ENDPOINT_URL": server.endpoint})
        log = ResultsLog(make_clients(settings).dynamodb, settings.table)
        log.create_run("r1", None, "q1")

        def stage(name: str) -> None:
            for n in range(15):
                log.append("r1", f"{name}/{n}", name, ChunkKind.MODEL_PRODUCER, {"n": n})
                # a redelivery
                log.append("r1", f"{name}/{n}", name, ChunkKind.MODEL_PRODUCER, {"n": n})

        threads = [threading.Thread(target=stage, args=(s,)) for s in ("gpt", "pricing", "x")]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

        chunks = log.chunks("r1")
        assert [c.seq for c in chunks] == list(range(1, 46))
        assert len({(c.stage, c.data["n"]) for c in chunks}) == 45
    finally:
        server.stop()


def test_a_stage_with_no_followers_leaves_nothing_pending(aws: Services) -> None:
    log = new_run(aws)

    assert log.hand_over("r1", "lens", [])
    assert log.head("r1").pending == set()
