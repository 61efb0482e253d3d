"""The benchmark: ``make bench`` (``python -m bench``) measures the local stack.

It runs the service as ``make run`` does, with the ``simulated`` provider set (fixed latencies,
fixed answers), and writes ``docs/benchmarks.md`` and ``build/bench.json``. Modules:

- ``stack``: the local stack in child processes, the emulator's counters, the S3 event tap;
- ``client``: queries sent and streams read as a client does, with arrival times;
- ``baseline``: the sequential baseline (one worker runs every step after the other);
- ``scenarios``: each measurement;
- ``stats`` and ``report``: the numbers and how they are written.
"""
