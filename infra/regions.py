"""Where the stack can run: the regions in which the Web Adapter's layer is published.

The template maps each region to the layer's ARN in its partition (``Mappings``) and refuses any
other region at deploy time (``Rules``); ``python -m infra.regions <region>`` says the same
before anything is built.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

WEB_ADAPTER = Path(__file__).resolve().parents[1] / "layers" / "relay" / "web-adapter.json"


class UnsupportedRegion(Exception):
    """The relay's Web Adapter layer is not published in the region (or it has no function
    URLs)."""


def web_adapter() -> dict[str, Any]:
    """The Web Adapter's layer, the relay's handler and the adapter's settings."""
    return json.loads(WEB_ADAPTER.read_text(encoding="utf-8"))


def layer_arns() -> dict[str, str]:
    """The layer's ARN in each supported region."""
    adapter = web_adapter()
    return {
        region: (f"arn:{partition}:lambda:{region}:"
                 f"{published.get('region_accounts', {}).get(region, published['account'])}:"
                 f"layer:{adapter['layer_name']}:{adapter['layer_version']}")
        for partition, published in adapter["partitions"].items()
        for region in published["regions"]
    }


def unsupported_message(region: str) -> str:
    return (f"The relay needs the AWS Lambda Web Adapter layer, which is not published in "
            f"{region!r} (GovCloud has no function URLs). Supported regions: "
            f"{', '.join(sorted(layer_arns()))}.")


def check(region: str) -> str:
    """The layer's ARN in ``region``; raises ``UnsupportedRegion`` where there is none."""
    arn = layer_arns().get(region)
    if arn is None:
        raise UnsupportedRegion(unsupported_message(region))
    return arn


if __name__ == "__main__":
    try:
        check(sys.argv[1])
    except (UnsupportedRegion, IndexError) as exc:
        print(f"make deploy: {exc or 'usage: python -m infra.regions <region>'}", file=sys.stderr)
        raise SystemExit(1) from exc
