"""`make package`'s output, built once for the tests that read it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from infra.package import CODE_NAME, package


@dataclass(frozen=True)
class Packaged:
    """The template (parsed and as a file) and the functions' zip beside it."""

    path: Path
    template: dict[str, Any]
    code: Path
    said: list[str]  # the lines `make package` printed while it worked

    def resources(self, kind: str) -> dict[str, dict[str, Any]]:
        return {k: r for k, r in self.template["Resources"].items() if r["Type"] == kind}

    def resource(self, logical_id: str) -> dict[str, Any]:
        return self.template["Resources"][logical_id]


@pytest.fixture(scope="session")
def packaged(tmp_path_factory: pytest.TempPathFactory) -> Packaged:
    """What `make package` writes (chalice package runs once per session: it takes a while)."""
    said: list[str] = []
    path = package(tmp_path_factory.mktemp("build"), say=said.append)
    return Packaged(path=path, template=yaml.safe_load(path.read_text(encoding="utf-8")),
                    code=path.with_name(CODE_NAME), said=said)
