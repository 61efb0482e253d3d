#!/bin/bash
# `make deploy` and `make destroy` (docs/operations.md, "Deploy").
#
#   infra/deploy.sh deploy    preflight, the lens image to ECR, then the stack with the SAM CLI
#   infra/deploy.sh destroy   the stack and everything deploy made beside it (infra/destroy.py)
#
# Settings (environment): AWS_REGION (required), STACK (lens-gpt), IMAGE_REPOSITORY
# (lens-gpt-lens), IMAGE_TAG (the commit, or a hash of the image's sources without git),
# OPENAI_KEY_PARAMETER / SERPAPI_KEY_PARAMETER (SSM parameter names, not keys), OPENAI_API_KEY /
# SERPAPI_API_KEY (keys to store in those parameters when they do not exist yet), PARAMETERS
# (more "Key=Value" overrides), SAM (the sam command), PYTHON (the repository's .venv python).
set -euo pipefail
# Functions called in $(...) stop at their first failure too (bash drops errexit there).
shopt -s inherit_errexit

STACK="${STACK:-lens-gpt}"
IMAGE_REPOSITORY="${IMAGE_REPOSITORY:-lens-gpt-lens}"
OPENAI_KEY_PARAMETER="${OPENAI_KEY_PARAMETER:-/lens-gpt/openai-api-key}"
SERPAPI_KEY_PARAMETER="${SERPAPI_KEY_PARAMETER:-/lens-gpt/serpapi-api-key}"
SAM="${SAM:-.venv-deploy/bin/sam}"
PYTHON="${PYTHON:-.venv/bin/python}"
# Lambda takes a single-platform image manifest (Docker v2 schema 2 or OCI), never a list.
ACCEPTED_MANIFESTS="application/vnd.docker.distribution.manifest.v2+json application/vnd.oci.image.manifest.v1+json"
# What the lens image is built from (its tag when there is no git checkout).
IMAGE_SOURCES=(layers/lens requirements.lock chalicelib)

fail() { echo "infra/deploy.sh: $*" >&2; exit 1; }

need_region() {
  : "${AWS_REGION:?set AWS_REGION, e.g. export AWS_REGION=eu-central-1}"
  export AWS_DEFAULT_REGION="$AWS_REGION"
}

stack_status() {
  aws cloudformation describe-stacks --stack-name "$STACK" \
    --query 'Stacks[0].StackStatus' --output text 2>/dev/null || echo NONE
}

# The commit; without a git checkout (an unpacked archive), a hash of the image's sources.
image_tag() {
  if [ -n "${IMAGE_TAG:-}" ]; then
    echo "$IMAGE_TAG"
  elif git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git rev-parse --short=12 HEAD
  else
    find "${IMAGE_SOURCES[@]}" -type f ! -name '*.pyc' -print0 | LC_ALL=C sort -z |
      xargs -0 sha256sum | sha256sum | cut -c1-12
  fi
}

# Builds and pushes the lens image; sets IMAGE (its URI). Called directly, never in $(...), so a
# failed login or build stops the deploy.
push_image() {
  local account registry media tag
  account=$(aws sts get-caller-identity --query Account --output text)
  registry="$account.dkr.ecr.$AWS_REGION.$(dns_suffix)"
  tag=$(image_tag)
  IMAGE="$registry/$IMAGE_REPOSITORY:$tag"
  aws ecr describe-repositories --repository-names "$IMAGE_REPOSITORY" >/dev/null 2>&1 ||
    aws ecr create-repository --repository-name "$IMAGE_REPOSITORY" \
      --image-scanning-configuration scanOnPush=true \
      --tags "Key=lens-gpt:stack,Value=$STACK" >/dev/null
  aws ecr get-login-password | docker login --username AWS --password-stdin "$registry"
  # One platform and no provenance or SBOM attestations: otherwise BuildKit pushes a manifest
  # list, whose media type Lambda refuses (and the stack's first create rolls back).
  docker buildx build --platform linux/amd64 --provenance=false --sbom=false --push \
    -f layers/lens/Dockerfile -t "$IMAGE" .
  media=$(docker buildx imagetools inspect --raw "$IMAGE" |
          "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin).get("mediaType", ""))')
  case " $ACCEPTED_MANIFESTS " in
    *" $media "*) ;;
    *) fail "$IMAGE has manifest type '$media'; Lambda takes only: $ACCEPTED_MANIFESTS" ;;
  esac
}

dns_suffix() {
  case "$AWS_REGION" in cn-*) echo amazonaws.com.cn ;; *) echo amazonaws.com ;; esac
}

deploy() {
  need_region
  local reservations artifacts
  # Credentials, region, Python, Docker and the account's concurrency, before anything is built.
  reservations=$("$PYTHON" -m infra.preflight --python "$PYTHON" --parameters "${PARAMETERS:-}")
  case "$(stack_status)" in
    ROLLBACK_COMPLETE)
      fail "stack $STACK is in ROLLBACK_COMPLETE (its first create failed) and cannot be" \
           "updated: run 'make destroy', then 'make deploy' again" ;;
    *_IN_PROGRESS) fail "stack $STACK is busy ($(stack_status)); try again when it settles" ;;
  esac
  make package
  artifacts=$("$PYTHON" -m infra.outside --stack "$STACK")
  push_image
  "$SAM" build --template-file build/template.yaml --build-dir build/sam
  # shellcheck disable=SC2086  # PARAMETERS and the reservations are lists of Key=Value words
  "$SAM" deploy --template-file build/sam/template.yaml --stack-name "$STACK" \
    --region "$AWS_REGION" --s3-bucket "$artifacts" --s3-prefix "$STACK" \
    --image-repository "${IMAGE%:*}" \
    --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM CAPABILITY_AUTO_EXPAND \
    --no-fail-on-empty-changeset \
    --parameter-overrides "LensImageUri=$IMAGE" \
      "OpenAiKeyParameter=$OPENAI_KEY_PARAMETER" "SerpApiKeyParameter=$SERPAPI_KEY_PARAMETER" \
      $reservations ${PARAMETERS:-}
  aws cloudformation describe-stacks --stack-name "$STACK" --query 'Stacks[0].Outputs' \
    --output table
}

destroy() {
  need_region
  "$PYTHON" -m infra.destroy --stack "$STACK" --image-repository "$IMAGE_REPOSITORY"
}

# (Sourced by the tests for its functions.)
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  case "${1:-}" in
    deploy) deploy ;;
    destroy) destroy ;;
    *) fail "usage: infra/deploy.sh deploy|destroy" ;;
  esac
fi
