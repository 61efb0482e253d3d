#!/bin/bash
# `make deploy` and `make destroy` (docs/operations.md, "Deploy").
#
#   infra/deploy.sh deploy    the lens image to ECR, then the stack with the SAM CLI
#   infra/deploy.sh destroy   the stack, its bucket's objects, the image repository
#
# Settings (environment): AWS_REGION (required), STACK (lens-gpt), IMAGE_REPOSITORY
# (lens-gpt-lens), IMAGE_TAG (the commit), OPENAI_KEY_PARAMETER / SERPAPI_KEY_PARAMETER (SSM
# parameter names, not keys), PARAMETERS (more "Key=Value" overrides), SAM (the sam command),
# PYTHON (the repository's .venv python).
set -euo pipefail

: "${AWS_REGION:?set AWS_REGION, e.g. export AWS_REGION=eu-central-1}"
export AWS_DEFAULT_REGION="$AWS_REGION"
STACK="${STACK:-lens-gpt}"
IMAGE_REPOSITORY="${IMAGE_REPOSITORY:-lens-gpt-lens}"
IMAGE_TAG="${IMAGE_TAG:-$(git rev-parse --short=12 HEAD)}"
OPENAI_KEY_PARAMETER="${OPENAI_KEY_PARAMETER:-/lens-gpt/openai-api-key}"
SERPAPI_KEY_PARAMETER="${SERPAPI_KEY_PARAMETER:-/lens-gpt/serpapi-api-key}"
SAM="${SAM:-.venv-deploy/bin/sam}"
PYTHON="${PYTHON:-.venv/bin/python}"
# Lambda takes a single-platform image manifest (Docker v2 schema 2 or OCI), never a list.
ACCEPTED_MANIFESTS="application/vnd.docker.distribution.manifest.v2+json application/vnd.oci.image.manifest.v1+json"

fail() { echo "infra/deploy.sh: $*" >&2; exit 1; }

stack_status() {
  aws cloudformation describe-stacks --stack-name "$STACK" \
    --query 'Stacks[0].StackStatus' --output text 2>/dev/null || echo NONE
}

push_image() {
  local account registry uri media
  account=$(aws sts get-caller-identity --query Account --output text)
  registry="$account.dkr.ecr.$AWS_REGION.$(dns_suffix)"
  uri="$registry/$IMAGE_REPOSITORY:$IMAGE_TAG"
  aws ecr describe-repositories --repository-names "$IMAGE_REPOSITORY" >/dev/null 2>&1 ||
    aws ecr create-repository --repository-name "$IMAGE_REPOSITORY" \
      --image-scanning-configuration scanOnPush=true >/dev/null
  aws ecr get-login-password | docker login --username AWS --password-stdin "$registry"
  # One platform and no provenance or SBOM attestations: otherwise BuildKit pushes a manifest
  # list, whose media type Lambda refuses (and the stack's first create rolls back).
  docker buildx build --platform linux/amd64 --provenance=false --sbom=false --push \
    -f layers/lens/Dockerfile -t "$uri" .
  media=$(docker buildx imagetools inspect --raw "$uri" |
          "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin).get("mediaType", ""))')
  case " $ACCEPTED_MANIFESTS " in
    *" $media "*) ;;
    *) fail "$uri has manifest type '$media'; Lambda takes only: $ACCEPTED_MANIFESTS" ;;
  esac
  echo "$uri"
}

dns_suffix() {
  case "$AWS_REGION" in cn-*) echo amazonaws.com.cn ;; *) echo amazonaws.com ;; esac
}

deploy() {
  "$PYTHON" -m infra.regions "$AWS_REGION"  # fails clearly where the relay cannot run
  case "$(stack_status)" in
    ROLLBACK_COMPLETE)
      fail "stack $STACK is in ROLLBACK_COMPLETE (its first create failed) and cannot be" \
           "updated: run 'make destroy', then 'make deploy' again" ;;
    *_IN_PROGRESS) fail "stack $STACK is busy ($(stack_status)); try again when it settles" ;;
  esac
  local image
  image=$(push_image | tail -n 1)
  make package
  "$SAM" build --template-file build/template.yaml --build-dir build/sam
  "$SAM" deploy --template-file build/sam/template.yaml --stack-name "$STACK" \
    --region "$AWS_REGION" --resolve-s3 --image-repository "${image%:*}" \
    --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM CAPABILITY_AUTO_EXPAND \
    --no-fail-on-empty-changeset \
    --parameter-overrides "LensImageUri=$image" \
      "OpenAiKeyParameter=$OPENAI_KEY_PARAMETER" "SerpApiKeyParameter=$SERPAPI_KEY_PARAMETER" \
      ${PARAMETERS:-}
  aws cloudformation describe-stacks --stack-name "$STACK" --query 'Stacks[0].Outputs' \
    --output table
}

destroy() {
  local bucket
  bucket=$(aws cloudformation describe-stacks --stack-name "$STACK" \
           --query "Stacks[0].Outputs[?OutputKey=='BucketName'].OutputValue" \
           --output text 2>/dev/null || true)
  # CloudFormation deletes only an empty bucket.
  if [ -n "$bucket" ] && [ "$bucket" != "None" ]; then
    aws s3 rm "s3://$bucket" --recursive --quiet || true
  fi
  "$SAM" delete --stack-name "$STACK" --region "$AWS_REGION" --no-prompts
  aws ecr delete-repository --repository-name "$IMAGE_REPOSITORY" --force >/dev/null 2>&1 || true
  echo "deleted $STACK; the SSM parameters $OPENAI_KEY_PARAMETER and $SERPAPI_KEY_PARAMETER" \
       "are yours to delete (aws ssm delete-parameter --name ...)"
}

case "${1:-}" in
  deploy) deploy ;;
  destroy) destroy ;;
  *) fail "usage: infra/deploy.sh deploy|destroy" ;;
esac
