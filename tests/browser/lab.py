"""Run the notebooks in a real JupyterLab in headless Chromium (Debian's chromium + chromium-driver).

:class:`Lab` starts JupyterLab on a free loopback port with a token, over a scratch copy of ``notebooks/``
(so nothing the browser does can touch the committed notebooks) whose ``../out`` is the project's ``out/``
(so the notebooks share the analysis cache in ``out/cache``). :class:`Browser` drives it with Selenium
through ``/usr/bin/chromedriver``; it reaches JupyterLab's own command registry (``window.jupyterapp``,
exposed with ``expose_app_in_browser``) to run all cells and reads the notebook model for error outputs.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

#: Chromium flags for this closed, screenless machine (see the environment notes): no GPU, no sandbox as
#: root, and none of the background connections a closed network refuses.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--lang=en-US",
    "--window-size=1600,1000",
)

#: JupyterLab user settings: no news or update checks (no network), no autosave, every cell in the DOM.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "checkForUpdates": False,
        "fetchNews": "false",
    },
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """A JupyterLab server over a scratch copy of the notebooks; use it as a context manager."""

    def __init__(self, scratch: Path, notebooks: list[Path]):
        self.scratch = scratch
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.base = f"http://127.0.0.1:{self.port}"
        work = scratch / "root"
        (work / "notebooks").mkdir(parents=True)
        for nb in notebooks:
            shutil.copy(nb, work / "notebooks" / nb.name)
        (ROOT / "out").mkdir(exist_ok=True)
        (work / "out").symlink_to(ROOT / "out", target_is_directory=True)
        self.root = work
        settings = scratch / "settings"
        for name, value in LAB_SETTINGS.items():
            (settings / name).parent.mkdir(parents=True, exist_ok=True)
            (settings / name).write_text(json.dumps(value))
        self._settings = settings
        self.log = scratch / "jupyterlab.log"
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> Lab:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
        env["PATH"] = os.pathsep.join((str(Path(sys.executable).parent), env.get("PATH", "")))
        env["JUPYTER_CONFIG_DIR"] = str(self.scratch / "config")
        env["JUPYTER_RUNTIME_DIR"] = str(self.scratch / "runtime")
        cmd = [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
            f"--LabApp.user_settings_dir={self._settings}",
            f"--LabApp.workspaces_dir={self.scratch / 'workspaces'}",
            "--LabApp.expose_app_in_browser=True",
            "--LabApp.news_url=",
            "--LabApp.extension_manager=readonly",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:  # CI machines run as root
            cmd.append("--allow-root")
        self._logfile = self.log.open("w")
        self.proc = subprocess.Popen(cmd, env=env, stdout=self._logfile, stderr=subprocess.STDOUT, cwd=self.root)
        self._wait_up(timeout=120)
        return self

    def _wait_up(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        url = f"{self.base}/api/status?token={self.token}"
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"JupyterLab exited ({self.proc.returncode}):\n{self.log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(url, timeout=5) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        raise TimeoutError(f"JupyterLab did not answer in {timeout:.0f}s:\n{self.log.read_text()[-3000:]}")

    def url(self, path: str) -> str:
        return f"{self.base}/lab/tree/{path}?token={self.token}"

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # the server shuts its kernels down on SIGTERM
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._logfile.close()


def chromium_driver(profile: Path):
    """Headless Debian Chromium through Debian's chromedriver (Selenium never looks for a driver itself)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(options=opts, service=Service(executable_path=str(CHROMEDRIVER)))
    driver.set_window_size(1600, 1000)
    inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    driver.set_window_size(1600 + 1600 - inner[0], 1000 + 1000 - inner[1])  # a 1600 x 1000 page, as in the issue
    return driver


# JavaScript run in the page: the notebook now shown, its kernel state, run all, and what went wrong.
JS_STATE = """
const app = window.jupyterapp, w = app && app.shell.currentWidget;
if (!w || !w.content || !w.sessionContext || !w.context) return 'no notebook';
if (!w.context.isReady) return 'loading';
const s = w.sessionContext.session, k = s && s.kernel;
return (k ? k.status : 'no kernel') + '|' + w.context.path;
"""

JS_RUN_ALL = """
const done = arguments[arguments.length - 1];
const app = window.jupyterapp;
app.commands.execute('notebook:run-all-cells').then(ok => done(String(ok)), err => done('failed: ' + err));
"""

JS_PROBLEMS = """
const w = window.jupyterapp.shell.currentWidget, out = [];
const cells = w.content.model.cells;
for (let i = 0; i < cells.length; i++) {
  const cell = cells.get(i);
  if (cell.type !== 'code') continue;
  if (cell.executionCount === null) out.push(`cell ${i}: not executed`);
  for (const o of cell.outputs.toJSON()) {
    if (o.output_type === 'error') out.push(`cell ${i}: ${o.ename}: ${o.evalue}`);
    const text = Array.isArray(o.text) ? o.text.join('') : (o.text || '');
    if (o.output_type === 'stream' && o.name === 'stderr' && /Traceback|Warning/.test(text))
      out.push(`cell ${i} stderr: ${text.slice(0, 300)}`);
  }
}
const shown = w.node.innerText;
for (const bad of ['Error displaying widget', 'Loading widget...'])
  if (shown.includes(bad)) out.push(`the page shows "${bad}"`);
return out;
"""

JS_CLOSE = """
const done = arguments[arguments.length - 1];
const w = window.jupyterapp.shell.currentWidget;
w.context.model.dirty = false;
w.sessionContext.shutdown().then(() => { w.dispose(); done('closed'); }, err => done('failed: ' + err));
"""

JS_SCROLLER = """
const w = window.jupyterapp.shell.currentWidget;
return w.content.outerNode || w.content.node;
"""


class Browser:
    """One Chromium window on a :class:`Lab`; opens a notebook, runs it, checks it, takes screenshots."""

    def __init__(self, lab: Lab, driver, shots: Path):
        self.lab, self.driver, self.shots = lab, driver, shots
        shots.mkdir(parents=True, exist_ok=True)
        self.current: str | None = None

    def wait(self, condition, timeout: float, what: str, poll: float = 0.25):
        """Poll ``condition()`` until it returns a truthy value; raise with ``what`` after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            last = condition()
            if last:
                return last
            time.sleep(poll)
        raise TimeoutError(f"{what} (after {timeout:.0f}s; last: {last!r})")

    def open(self, name: str, timeout: float = 90) -> None:
        self.driver.get(self.lab.url(f"notebooks/{name}"))
        want = f"idle|notebooks/{name}"
        self.wait(lambda: self.driver.execute_script(JS_STATE) == want, timeout, f"{name}: kernel not idle")
        self.current = name

    def kernel_idle(self) -> bool:
        return self.driver.execute_script(JS_STATE) == f"idle|notebooks/{self.current}"

    def run_all(self, timeout: float) -> str:
        self.driver.set_script_timeout(timeout)
        ok = self.driver.execute_async_script(JS_RUN_ALL)
        want = f"idle|notebooks/{self.current}"
        self.wait(lambda: self.driver.execute_script(JS_STATE) == want, 30, "kernel not idle after run all")
        return ok

    def problems(self) -> list[str]:
        return self.driver.execute_script(JS_PROBLEMS)

    def close(self) -> None:
        self.driver.set_script_timeout(30)
        self.driver.execute_async_script(JS_CLOSE)
        self.current = None

    def shot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.driver.save_screenshot(str(path))
        return path

    def shoot_through(self, stem: str, limit: int = 14) -> list[Path]:
        """Screenshots down the whole notebook, one a screenful (at most ``limit``)."""
        scroller = self.driver.execute_script(JS_SCROLLER)
        self.driver.execute_script("arguments[0].scrollTop = 0", scroller)
        paths = []
        for i in range(limit):
            time.sleep(0.2)
            paths.append(self.shot(f"{stem}-{i:02d}"))
            before = self.driver.execute_script("return arguments[0].scrollTop", scroller)
            self.driver.execute_script("arguments[0].scrollTop += arguments[0].clientHeight * 0.9", scroller)
            if self.driver.execute_script("return arguments[0].scrollTop", scroller) == before:
                break
        return paths
