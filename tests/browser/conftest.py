"""Fixtures for the browser tests: a JupyterLab server and a headless Chromium on it, one per session.

The tests need Debian's ``chromium`` and ``chromium-driver`` (``/usr/bin/chromium``, ``/usr/bin/chromedriver``)
and the ``selenium`` package. Without them they are skipped, unless ``NEWSKIT_BROWSER_TESTS`` is set (as
``.ci/run`` does, after installing Chromium): then a missing browser is a failure, so CI never passes by
skipping.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from .lab import CHROMEDRIVER, CHROMIUM, ROOT, Browser, Lab, chromium_driver

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SHOTS = ROOT / "out" / "screenshots"


def _missing() -> str | None:
    for exe in (CHROMIUM, CHROMEDRIVER):
        if not exe.exists():
            return f"{exe} is not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="session")
def browser_ready() -> None:
    why = _missing()
    if why and os.environ.get("NEWSKIT_BROWSER_TESTS"):
        pytest.fail(f"NEWSKIT_BROWSER_TESTS is set but {why}")
    if why:
        pytest.skip(why)


@pytest.fixture(scope="session")
def warm_cache(browser_ready) -> None:
    """Analyse the Wikinews corpus into out/cache once, in a separate process, before any notebook runs.

    Notebooks 02-04 read it back with ``load_or_analyze`` in seconds; on a warm cache this is a quick read.
    """
    code = (
        "import newskit\nfrom newskit.display import load_or_analyze\n"
        f"load_or_analyze(newskit.datasets.wikinews(), {str(ROOT / 'out' / 'cache')!r}, progress=False)\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=900)


@pytest.fixture(scope="session")
def browser(warm_cache):
    with tempfile.TemporaryDirectory(prefix="newskit-lab-") as tmp:
        scratch = Path(tmp)
        with Lab(scratch, NOTEBOOKS) as lab:
            driver = chromium_driver(scratch / "chromium-profile")
            try:
                yield Browser(lab, driver, SHOTS)
            finally:
                driver.quit()
