"""A deployed function has no samples: LENS_PROVIDER=auto does not fall back to a catalog that
is not there (and the template does not offer the catalog provider at all)."""

from __future__ import annotations

from pathlib import Path

from chalicelib.config import Settings
from chalicelib.providers.registry import LENS_PROVIDERS


def test_auto_leaves_out_the_catalog_where_its_samples_are_missing(tmp_path: Path) -> None:
    deployed = Settings(lens_provider="auto", catalog_dir=tmp_path / "not-shipped")
    local = Settings(lens_provider="auto", catalog_dir=tmp_path)

    assert "catalog" not in LENS_PROVIDERS["auto"](deployed).names
    assert LENS_PROVIDERS["auto"](local).names[-1] == "catalog"
