#!/bin/bash
# The relay's entry point in Lambda (the function's handler). The AWS Lambda Web Adapter layer
# (see web-adapter.json) runs this script through its /opt/bootstrap wrapper, waits until the
# port answers, then turns each Function URL invocation into an HTTP request to it and streams
# the answer back (AWS_LWA_INVOKE_MODE=response_stream).
set -euo pipefail

PORT="${AWS_LWA_PORT:-${PORT:-8080}}"
# The function's code (and its vendored packages) is at LAMBDA_TASK_ROOT; the runtime's own
# modules are at LAMBDA_RUNTIME_DIR.
export PATH="${PATH}:${LAMBDA_TASK_ROOT:-.}/bin"
export PYTHONPATH="${LAMBDA_TASK_ROOT:-.}${PYTHONPATH:+:${PYTHONPATH}}${LAMBDA_RUNTIME_DIR:+:${LAMBDA_RUNTIME_DIR}}"

exec python3 -m uvicorn --factory chalicelib.surfaces.relay.app:create_app \
    --host 127.0.0.1 --port "${PORT}" --no-access-log --log-level warning \
    --timeout-graceful-shutdown 2
