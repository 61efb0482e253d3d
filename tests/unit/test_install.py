"""What `make install` leaves: an environment whose pip reads its packages' extras as they are
declared, so that installing says nothing alarming that is not so."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import REPO


def test_pip_sees_the_html_clean_extra_lxml_provides() -> None:
    # Given the installed environment (jusText asks for lxml[html_clean]; lxml declares the
    # extra under its normalised name html-clean)
    # When pip resolves it again, offline
    run = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--no-index",
         "--disable-pip-version-check", "-c", "requirements.lock", "justext"],
        cwd=REPO, capture_output=True, text=True, timeout=120)

    # Then it warns of no missing extra
    assert run.returncode == 0, run.stderr
    assert "does not provide the extra" not in run.stdout + run.stderr
