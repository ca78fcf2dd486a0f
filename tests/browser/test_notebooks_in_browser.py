"""Every notebook, run in JupyterLab in headless Chromium, then the explorer driven as a reader would.

Screenshots go to ``out/screenshots/`` (one per screenful of each notebook, one per explorer step).
"""

from __future__ import annotations

import re
import time

import pytest

from .conftest import NOTEBOOKS

EXPLORER = "04_explorer.ipynb"

#: seconds for one notebook's "run all" (the analysis itself is cached before the browser starts)
RUN_ALL_TIMEOUT = 240


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_clean_in_jupyterlab(browser, path):
    browser.open(path.name)
    assert browser.run_all(RUN_ALL_TIMEOUT) == "true"
    problems = _settled_problems(browser)
    browser.shoot_through(path.stem)
    assert problems == []
    if path.name != EXPLORER:  # the explorer test goes on with it
        browser.close()


def _settled_problems(browser) -> list[str]:
    """Problems once widgets have had a moment to render (a placeholder is not yet an error)."""
    try:
        browser.wait(lambda: not browser.problems(), 10, "problems")
    except TimeoutError:
        pass
    return browser.problems()


# ---------------------------------------------------------------------------------------------------- explorer
JS_ROOT = """
const input = document.querySelector("input[placeholder^='words of the title']");
return input && input.closest('.jp-OutputArea-output');
"""

JS_VIEW = """
const root = arguments[0], q = s => root.querySelector(s);
const panel = q('.nk-sources-panel') || q('.nk-nosources'), img = q('img'), sel = root.querySelector('select');
const status = root.innerText.match(/(\\d+) article\\(s\\) match[^;]*; (\\d+) claim\\(s\\) pass/);
return {
  title: (q('.newskit-article .nk-title') || {}).innerText || null,
  empty: !!q('.nk-empty'),
  claims: root.querySelectorAll('.newskit-article .nk-claim').length,
  sources: panel ? panel.innerText : null,
  named: Array.from(root.querySelectorAll('.nk-sources-table tbody tr')).map(r => r.cells[2].innerText.trim()),
  kinds: Array.from(root.querySelectorAll('.nk-sources-table tbody sup.nk-label')).map(s => s.title),
  chart: img ? img.src : null,
  articles: status ? Number(status[1]) : null,
  passing: status ? Number(status[2]) : null,
  options: sel ? Array.from(sel.options).map(o => o.text) : [],
  search: q("input[placeholder^='words of the title']").value,
  toggled: Array.from(root.querySelectorAll('.widget-toggle-buttons button.mod-active')).map(b => b.innerText.trim()),
  ticked: Array.from(root.querySelectorAll('.widget-checkbox')).filter(c => c.querySelector('input').checked)
            .map(c => c.innerText.trim()),
};
"""

JS_LAYOUT = """
const root = arguments[0], bad = [];
for (const b of root.querySelectorAll('button'))
  if (b.scrollWidth > b.clientWidth + 1) bad.push(`button "${b.innerText}" is cut off`);
const t = root.querySelector('.nk-sources-table');
if (t) {
  const box = t.closest('.widget-html'), right = box.getBoundingClientRect().right;
  if (box.scrollWidth > box.clientWidth + 1) bad.push('the sources panel scrolls sideways');
  for (const th of t.rows[0].cells)
    if (th.getBoundingClientRect().right > right + 1) bad.push(`column "${th.innerText}" is cut off`);
  const name = t.rows[0].cells[1].getBoundingClientRect().width;
  if (name < 140) bad.push(`the source column is only ${name}px wide`);
}
const img = root.querySelector('img'), shown = img && img.getBoundingClientRect().width;
if (img && Math.abs(shown - img.naturalWidth) > 2) bad.push(`chart drawn ${img.naturalWidth}px wide, shown ${shown}px`);
return bad;
"""

JS_CHART_TYPE = """
const done = arguments[arguments.length - 1];
fetch(arguments[0].querySelector('img').src).then(r => r.blob()).then(b => done(b.type), e => done('' + e));
"""


class ExplorerPage:
    """The explorer shown in notebook 04, read and driven through the DOM like a reader with a mouse."""

    def __init__(self, browser):
        self.browser, self.driver = browser, browser.driver
        self.root = browser.wait(lambda: self.driver.execute_script(JS_ROOT), 20, "no explorer on the page")
        self.step = 0

    def view(self) -> dict:
        return self.driver.execute_script(JS_VIEW, self.root)

    def layout_problems(self) -> list[str]:
        return self.driver.execute_script(JS_LAYOUT, self.root)

    def shot(self, what: str) -> None:
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", self.root)
        self.step += 1
        self.browser.shot(f"explorer-{self.step:02d}-{what}")

    def changed(self, before: dict, keys: tuple[str, ...], timeout: float = 30) -> dict:
        """Wait until the kernel has redrawn: every one of ``keys`` differs from ``before``."""
        self.browser.wait(
            lambda: (v := self.view()) and all(v[k] != before[k] for k in keys) and v,
            timeout,
            f"the explorer did not redraw {keys}",
        )
        return self.settled()

    def settled(self, timeout: float = 30) -> dict:
        """The view once the kernel is idle and two looks half a second apart agree (no redraw in flight)."""
        looks = [self.view()]

        def steady():
            time.sleep(0.5)
            looks.append(self.view())
            return self.browser.kernel_idle() and looks[-1] == looks[-2] and looks[-1]

        return self.browser.wait(steady, timeout, "the explorer kept changing")

    def click(self, selector: str, text: str) -> None:
        from selenium.webdriver.common.by import By

        for el in self.root.find_elements(By.CSS_SELECTOR, selector):
            if el.text.strip() == text:
                el.click()
                return
        raise AssertionError(f"no {selector} reading {text!r}")

    def set_date(self, index: int, iso: str) -> None:
        from selenium.webdriver.common.by import By

        el = self.root.find_elements(By.CSS_SELECTOR, "input[type=date]")[index]
        self.driver.execute_script(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
            el,
            iso,
        )


def _dates(options: list[str]) -> list[str]:
    return [m.group(0) for o in options if (m := re.match(r"\d{4}-\d{2}-\d{2}", o))]


def test_explorer_driven_in_the_browser(browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    if browser.current != EXPLORER:
        browser.open(EXPLORER)
        assert browser.run_all(RUN_ALL_TIMEOUT) == "true"
    page = ExplorerPage(browser)
    v0 = browser.wait(lambda: (v := page.view())["title"] and v["chart"] and v, 20, "explorer not drawn")
    page.shot("default")
    # Run All leaves it in its default state: later cells drive an explorer of their own
    assert v0["search"] == "" and v0["toggled"] == ["all"]
    assert v0["ticked"] == ["person", "organization", "government", "media", "document", "unknown"]
    assert v0["articles"] > 200 and v0["passing"] > 1000 and len(v0["options"]) == v0["articles"]
    assert page.layout_problems() == []
    assert set(v0["named"]) <= {"yes", "no"} and v0["kinds"]  # badges, yes/no as in render_article
    browser.driver.set_script_timeout(20)
    assert browser.driver.execute_async_script(JS_CHART_TYPE, page.root) == "image/svg+xml"

    # search as you type: no Enter
    page.root.find_element(By.CSS_SELECTOR, "input[placeholder^='words of the title']").send_keys("covid")
    v1 = page.changed(v0, ("title", "sources", "chart", "articles"))
    assert 0 < v1["articles"] < 30 and all("covid" in o.lower() for o in v1["options"])
    page.shot("search-covid")

    page.click(".widget-toggle-buttons button", "unnamed")
    v2 = page.changed(v1, ("passing", "chart"))
    assert v2["toggled"] == ["unnamed"] and set(v2["named"]) <= {"no"}
    assert v2["claims"] < v1["claims"] or v1["claims"] == 0
    page.shot("unnamed")
    page.click(".widget-toggle-buttons button", "named")
    v3 = page.changed(v2, ("passing", "chart"))
    assert set(v3["named"]) <= {"yes"}
    page.click(".widget-toggle-buttons button", "all")
    v4 = page.changed(v3, ("passing", "chart"))
    assert v4["passing"] == v1["passing"]

    page.click("button", "none")  # the kind filter: none, then one kind
    v5 = page.changed(v4, ("passing", "chart"))
    assert v5["ticked"] == [] and v5["passing"] == 0 and v5["claims"] == 0
    page.click(".widget-checkbox", "government")
    v6 = page.changed(v5, ("passing", "chart"))
    assert v6["ticked"] == ["government"] and 0 < v6["passing"] < v4["passing"]
    assert set(v6["kinds"]) <= {"government"}
    page.shot("government-only")
    page.click("button", "all")
    v7 = page.changed(v6, ("passing", "chart"))
    assert v7["passing"] == v1["passing"] and len(v7["ticked"]) == 6

    page.set_date(0, "2020-03-01")
    page.set_date(1, "2020-05-31")

    def in_range():
        v = page.view()
        days = _dates(v["options"])
        return days and all("2020-03-01" <= d <= "2020-05-31" for d in days) and v["chart"] != v7["chart"] and v

    browser.wait(in_range, 30, "the date range did not filter the articles")
    v8 = page.settled()
    assert v8["articles"] < v7["articles"]
    page.shot("march-to-may")

    select = Select(page.root.find_elements(By.CSS_SELECTOR, "select")[0])
    select.select_by_index(len(select.options) - 1)
    v9 = page.changed(v8, ("title", "sources"))
    assert v9["title"] in select.first_selected_option.text
    assert page.layout_problems() == []
    page.shot("last-article")

    Select(page.root.find_elements(By.CSS_SELECTOR, "select")[1]).select_by_visible_text("top sources")
    page.changed(v9, ("chart",))
    page.shot("top-sources")
    assert _settled_problems(browser) == []
    browser.close()
