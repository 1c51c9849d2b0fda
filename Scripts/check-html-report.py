#!/usr/bin/env python3
"""Checks an HTML report of `vnalign report` in headless Chromium, as a reader would use it.

Drives Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: no port, no
network), with Python's standard library only. Asserts in the page's DOM, against the JSON
report of the same corpus:

- one pair row (data-pair="EN|VI") per same-event and per related pair of the JSON report;
- the text filter, reached with the Tab key and typed into, narrows the rows; the verdict and
  date filters give the counts the JSON report gives; sorting by score orders the rows;
- each per-day chart has one bar per publication day of the JSON report's articles;
- no console error, no uncaught exception, no network request, no page wider than a phone;
- axe-core (from the PyPI package axe-playwright-python, installed by Scripts/ensure-deps.sh)
  finds no accessibility violation.

Takes screenshots at 1280x800 and 390x844 when --shots DIR is given, and prints the time the
page took to open and to filter.

Usage:
  check-html-report.py --html report.html --json report.json [--shots DIR] [--axe axe.min.js]
                       [--chromium PATH] [--measure-only]
"""

import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


class Browser:
    """Headless Chromium spoken to over --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="vnalign-chromium-")
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        # Move the child's ends out of the way of 3 and 4 before they are put there.
        import fcntl
        high_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD_CLOEXEC, 10)
        high_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_child_r)
        os.close(from_child_w)

        def arrange():
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        args = [
            chromium, "--headless", "--remote-debugging-pipe", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-default-apps", "--mute-audio",
            "--hide-scrollbars", "--disable-features=Translate,MediaRouter,OptimizationHints",
            "--user-data-dir=" + self.profile, "about:blank",
        ]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox.
        self.log = open(os.path.join(self.profile, "chromium.log"), "wb")
        self.process = subprocess.Popen(args, preexec_fn=arrange, pass_fds=(3, 4), stdin=subprocess.DEVNULL,
                                        stdout=self.log, stderr=self.log)
        os.close(high_r)
        os.close(high_w)
        self.writer = os.fdopen(to_child_w, "wb", buffering=0)
        self.reader = os.fdopen(from_child_r, "rb", buffering=0)
        self.next_id = 0
        self.replies = {}
        self.events = []
        self.lock = threading.Condition()
        self.closed = False
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        buffer = b""
        while True:
            chunk = self.reader.read(1 << 16)
            if not chunk:
                break
            buffer += chunk
            while b"\0" in buffer:
                message, buffer = buffer.split(b"\0", 1)
                data = json.loads(message)
                with self.lock:
                    if "id" in data:
                        self.replies[data["id"]] = data
                    else:
                        self.events.append(data)
                    self.lock.notify_all()
        with self.lock:
            self.closed = True
            self.lock.notify_all()

    def send(self, method, params=None, session=None, timeout=30):
        with self.lock:
            self.next_id += 1
            ident = self.next_id
        message = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.writer.write(json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        with self.lock:
            while ident not in self.replies:
                if self.closed:
                    raise RuntimeError(f"Chromium closed the pipe during {method}; see {self.log.name}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise RuntimeError(f"no answer to {method} within {timeout} s")
                self.lock.wait(left)
            reply = self.replies.pop(ident)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def wait_for(self, method, session, since, timeout=30):
        deadline = time.monotonic() + timeout
        with self.lock:
            while True:
                for event in self.events[since:]:
                    if event.get("method") == method and event.get("sessionId") == session:
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise RuntimeError(f"no {method} within {timeout} s")
                self.lock.wait(left)

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    def __init__(self, browser):
        self.browser = browser
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(domain + ".enable")

    def send(self, method, params=None, timeout=30):
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def evaluate(self, expression, timeout=30):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, timeout)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def viewport(self, width, height, mobile):
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def open(self, url):
        """Opens url and waits for its load event; returns the wall time it took, in ms."""
        since = len(self.browser.events)
        start = time.monotonic()
        self.send("Page.navigate", {"url": url})
        self.browser.wait_for("Page.loadEventFired", self.session, since, timeout=60)
        return (time.monotonic() - start) * 1000

    def key(self, name, code, key_code, text=None):
        for kind in ("keyDown", "keyUp"):
            event = {"type": kind, "key": name, "code": code, "windowsVirtualKeyCode": key_code}
            if text and kind == "keyDown":
                event["text"] = text
            self.send("Input.dispatchKeyEvent", event)

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        Path(path).write_bytes(base64.b64decode(data))


class Check:
    def __init__(self):
        self.failures = []
        self.passed = 0

    def expect(self, condition, what):
        if condition:
            self.passed += 1
            print(f"  ok    {what}")
        else:
            self.failures.append(what)
            print(f"  FAIL  {what}")


def find_axe():
    root = Path(__file__).resolve().parent.parent
    for candidate in [root / ".build/tools/axe/axe_playwright_python/axe.min.js"]:
        if candidate.is_file():
            return candidate
    return None


NEXT_PAINT = "new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))"


def measure(page, url, runs):
    """Opens the page and filters it `runs` times; prints each run and the medians."""
    page.viewport(1280, 800, False)
    results = []
    for run in range(runs):
        opened = page.open(url)
        marks = page.evaluate("""(() => { const n = performance.getEntriesByType('navigation')[0];
            const p = performance.getEntriesByName('first-contentful-paint')[0];
            const d = performance.getEntriesByName('vnalign-drawn')[0];
            return {read: n.responseEnd, paint: p ? p.startTime : 0, drawn: d ? d.startTime : 0, load: n.loadEventEnd}; })()""")
        filtered = page.evaluate("""(async () => { const input = document.getElementById('f-text');
            const t0 = performance.now(); input.value = 'minh'; input.dispatchEvent(new Event('input'));
            await """ + NEXT_PAINT + """;
            const t1 = performance.now(); input.value = 'minh chinh'; input.dispatchEvent(new Event('input'));
            await """ + NEXT_PAINT + """;
            const t2 = performance.now();
            const to = document.getElementById('f-to'); to.value = document.getElementById('report-data') && to.min || '';
            to.dispatchEvent(new Event('change')); await """ + NEXT_PAINT + """;
            return {first: t1 - t0, next: t2 - t1, date: performance.now() - t2,
                    matching: +document.getElementById('pairs-status').getAttribute('data-matching')}; })()""")
        page.open(url)
        time.sleep(1)
        later = page.evaluate("""(async () => { const input = document.getElementById('f-text');
            const t0 = performance.now(); input.value = 'minh'; input.dispatchEvent(new Event('input'));
            await """ + NEXT_PAINT + """; return performance.now() - t0; })()""")
        filtered["later"] = later
        results.append((opened, marks["drawn"], filtered["first"], filtered["next"], filtered["date"], later))
        print(f"  run {run + 1}: open {opened:.0f} ms wall to the load event (file read {marks['read']:.0f} ms, first paint "
              f"{marks['paint']:.0f} ms, tables drawn {marks['drawn']:.0f} ms); filter 'minh' {filtered['first']:.0f} ms, "
              f"'minh chinh' {filtered['next']:.0f} ms, a date {filtered['date']:.0f} ms (each to the next frame); "
              f"'minh' a second after opening {later:.0f} ms")
    if runs > 1:
        median = lambda i: sorted(r[i] for r in results)[len(results) // 2]
        print(f"  median of {runs}: open {median(0):.0f} ms, tables drawn {median(1):.0f} ms, "
              f"first filter {median(2):.0f} ms, next filter {median(3):.0f} ms, date filter {median(4):.0f} ms, "
              f"first filter a second after opening {median(5):.0f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--html", required=True)
    parser.add_argument("--json", required=True, help="the JSON report of the same corpus")
    parser.add_argument("--shots", help="folder for the screenshots (report-1280x800.png, report-390x844.png)")
    parser.add_argument("--axe", help="axe.min.js (default: the one Scripts/ensure-deps.sh installs)")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--measure-only", action="store_true", help="only time opening and filtering; no screenshots, no axe")
    parser.add_argument("--repeat", type=int, default=1, help="with --measure-only: open and filter this many times, print the median")
    options = parser.parse_args()

    html = Path(options.html).resolve()
    report = json.loads(Path(options.json).read_text(encoding="utf-8"))
    pairs, related = report["pairs"], report["related"]
    days = sorted({a["date"] for a in report["articles"] if a.get("date")})
    date_of = {a["id"]: a.get("date") for a in report["articles"]}
    axe = None
    if not options.measure_only:
        axe = Path(options.axe) if options.axe else find_axe()
        if axe is None or not axe.is_file():
            sys.exit("check-html-report: axe.min.js not found; run Scripts/ensure-deps.sh (it installs axe-playwright-python into .build/tools/axe)")

    check = Check()
    size = html.stat().st_size
    print(f"{html}: {size / 1e6:.2f} MB, {len(pairs)} pairs, {len(related)} related, {len(days)} days")
    browser = Browser(options.chromium)
    if options.measure_only:
        try:
            measure(Page(browser), html.as_uri(), max(1, options.repeat))
        finally:
            browser.close()
        return
    try:
        page = Page(browser)
        page.viewport(1280, 800, False)
        url = html.as_uri()
        opened = page.open(url)
        timing = page.evaluate("""(() => { const n = performance.getEntriesByType('navigation')[0];
            const p = performance.getEntriesByName('first-contentful-paint')[0];
            return {load: n.loadEventEnd, dom: n.domContentLoadedEventEnd, paint: p ? p.startTime : null}; })()""")
        print(f"  open: {opened:.0f} ms wall (navigation to load event); in page: DOM ready {timing['dom']:.0f} ms, "
              f"load {timing['load']:.0f} ms, first paint {'%.0f ms' % timing['paint'] if timing['paint'] else 'not reported'}")

        rows = "#pair-table tbody tr[data-pair]"
        count = lambda selector: page.evaluate(f"document.querySelectorAll({json.dumps(selector)}).length")
        matching = lambda table: page.evaluate(f"+document.getElementById('{table}-status').getAttribute('data-matching')")

        if not options.measure_only and options.shots:
            Path(options.shots).mkdir(parents=True, exist_ok=True)
            page.screenshot(os.path.join(options.shots, "report-1280x800.png"))

        size_per_page = page.evaluate("+document.querySelector('.pager[data-for=pair-table]').getAttribute('data-size')")
        total = len(pairs) + len(related)
        check.expect(count(rows) == min(total, size_per_page), f"the first page shows {min(total, size_per_page)} pair rows")
        rows_per_page = lambda size: page.evaluate(f"""(() => {{ const s = document.querySelector('.pager[data-for=pair-table] select');
            s.value = '{size}'; s.dispatchEvent(new Event('change')); }})()""")
        has_all = page.evaluate("!!document.querySelector('.pager[data-for=pair-table] option[value=\"0\"]')")
        if has_all:
            start = time.monotonic()
            rows_per_page(0)
            all_rows = (time.monotonic() - start) * 1000
            print(f"  rows per page 'all': {all_rows:.0f} ms to draw {count(rows)} rows")
            check.expect(count(rows + '[data-verdict="same-event"]') == len(pairs),
                         f"rows per page 'all': same-event pair rows == JSON pairs ({len(pairs)})")
            check.expect(count(rows + '[data-verdict="related"]') == len(related),
                         f"rows per page 'all': related pair rows == JSON related ({len(related)})")
            keys = set(page.evaluate(f"Array.from(document.querySelectorAll('{rows}')).map(r => r.getAttribute('data-pair'))"))
            check.expect(keys == {p["score"]["en"] + "|" + p["score"]["vi"] for p in pairs + related},
                         "every JSON pair is a row, found by data-pair=\"EN_ID|VI_ID\"")
            rows_per_page(size_per_page)
        else:
            # Too many rows to draw at once: the page offers pages only; its data holds every pair.
            embedded = page.evaluate("JSON.parse(document.getElementById('report-data').textContent).pairs.map(p => p[2])")
            check.expect(embedded.count(0) == len(pairs) and embedded.count(1) == len(related),
                         f"the page's data holds the {len(pairs)} pairs and {len(related)} related pairs (no 'all' rows for {total})")
        check.expect(count("#unpaired-table tbody tr[data-article]") == min(len(report["unpaired"]), size_per_page),
                     "the unpaired table shows its first page")
        for chart in ("chart-articles", "chart-pairs", "chart-unpaired"):
            bars = count(f"#{chart} svg g.bar")
            check.expect(bars == len(days), f"{chart}: {bars} bars == {len(days)} publication days")
        check.expect(count("figure.chart svg[role=img] title") >= 3 and count("figure.chart details table") == count("figure.chart"),
                     "every chart has a title and a table of its figures")

        # Keyboard: Tab from the top of the page reaches the text filter; typing filters.
        page.evaluate("document.activeElement && document.activeElement.blur(), window.scrollTo(0, 0)")
        reached = False
        for _ in range(80):
            page.key("Tab", "Tab", 9)
            if page.evaluate("document.activeElement && document.activeElement.id") == "f-text":
                reached = True
                break
        check.expect(reached, "the text filter is reached with the Tab key")
        needle = pairs[0]["score"]["en"] if pairs else "zzz"
        start = time.monotonic()
        page.send("Input.insertText", {"text": needle})
        page.evaluate(NEXT_PAINT)
        filtered_wall = (time.monotonic() - start) * 1000
        narrowed = matching("pairs")
        check.expect(1 <= narrowed < total, f"typing {needle!r} narrows the pairs ({total} -> {narrowed})")
        visible_text = page.evaluate(f"Array.from(document.querySelectorAll('{rows}')).map(r => r.textContent)")
        check.expect(visible_text and all(needle in t for t in visible_text), "every row left shows the text typed")
        in_page = page.evaluate("""(async () => { const input = document.getElementById('f-text');
            input.value = ''; input.dispatchEvent(new Event('input'));
            await """ + NEXT_PAINT + """;
            const t0 = performance.now(); input.value = 'a'; input.dispatchEvent(new Event('input'));
            await """ + NEXT_PAINT + """;
            return performance.now() - t0; })()""")
        print(f"  filter: {filtered_wall:.0f} ms wall (typing an id, to the next frame); {in_page:.0f} ms in page (typing 'a' over every row, to the next frame)")
        page.evaluate("(() => { const i = document.getElementById('f-text'); i.value = ''; i.dispatchEvent(new Event('input')); })()")
        check.expect(matching("pairs") == total, "clearing the text brings every pair back")

        if not options.measure_only:
            page.evaluate("(() => { const s = document.getElementById('f-verdict'); s.value = 'related'; s.dispatchEvent(new Event('change')); })()")
            check.expect(matching("pairs") == len(related), f"verdict 'related' leaves the {len(related)} related pairs")
            page.evaluate("(() => { const s = document.getElementById('f-verdict'); s.value = ''; s.dispatchEvent(new Event('change')); })()")
            if days:
                day = days[len(days) // 2]
                expected = sum(1 for p in pairs + related
                               if min([d for d in (date_of.get(p["score"]["en"]), date_of.get(p["score"]["vi"])) if d], default=None) == day)
                page.evaluate(f"""(() => {{ for (const id of ['f-from', 'f-to']) {{ const i = document.getElementById(id);
                    i.value = '{day}'; i.dispatchEvent(new Event('change')); }} }})()""")
                check.expect(matching("pairs") == expected, f"dates {day}..{day} leave the {expected} pairs counted on that day")
                page.evaluate("document.getElementById('filters').reset()")
                page.evaluate(NEXT_PAINT)
                check.expect(matching("pairs") == total, "Clear filters brings every pair back")
            # Sorting by score, with the heading's button: ascending, then descending.
            score_column = page.evaluate("""(() => { const names = Array.from(document.querySelectorAll('#pair-table thead button')).map(b => b.textContent);
                const p = names.findIndex(n => n.startsWith('Probability')); return p >= 0 ? p : names.findIndex(n => n.startsWith('Score')); })()""")
            scores = f"Array.from(document.querySelectorAll('{rows}')).map(r => parseFloat(r.cells[{score_column}].textContent))"
            page.evaluate(f"document.querySelectorAll('#pair-table thead button')[{score_column}].click()")
            ascending = page.evaluate(scores)
            page.evaluate(f"document.querySelectorAll('#pair-table thead button')[{score_column}].click()")
            descending = page.evaluate(scores)
            check.expect(ascending == sorted(ascending) and descending == sorted(descending, reverse=True) and len(descending) > 0,
                         "the Probability heading sorts the rows ascending, then descending")
            check.expect(page.evaluate(f"document.querySelectorAll('#pair-table thead th')[{score_column}].getAttribute('aria-sort')") == "descending",
                         "the sorted heading says so (aria-sort)")
            # The explanation of the first pair, opened with the keyboard (Enter on its summary).
            page.evaluate(f"document.querySelector('{rows} details summary').focus()")
            page.key("Enter", "Enter", 13, text="\r")
            opened_details = page.evaluate(f"(() => {{ const d = document.querySelector('{rows} details'); return d.open ? d.querySelectorAll('li').length : -1; }})()")
            check.expect(opened_details > 0, "Enter on a pair's explanation opens it to its evidence and conflicts")
            if options.shots:
                # For the README: the related pairs, the first one's explanation open (its conflicts).
                page.open(url)
                page.evaluate("""(() => { const s = document.getElementById('f-verdict'); s.value = 'related';
                    s.dispatchEvent(new Event('change')); document.querySelector('#pair-table tbody details').open = true;
                    document.getElementById('pairs').scrollIntoView(); })()""")
                page.evaluate(NEXT_PAINT)
                page.screenshot(os.path.join(options.shots, "report-pairs-1280x800.png"))
                page.open(url)

            # A phone: the page is no wider than the screen (charts scroll inside their frame).
            page.viewport(390, 844, True)
            page.evaluate(NEXT_PAINT)
            width = page.evaluate("document.documentElement.scrollWidth")
            check.expect(width <= 390, f"at 390 px the page is {width} px wide (no sideways scrolling)")
            if width > 390:
                wide = page.evaluate("""Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > 391)
                    .slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))""")
                print("        wider than the screen:", "; ".join(wide))
            if options.shots:
                page.evaluate("window.scrollTo(0, 0), " + NEXT_PAINT)
                page.screenshot(os.path.join(options.shots, "report-390x844.png"))
                page.evaluate("document.getElementById('pairs').scrollIntoView(), " + NEXT_PAINT)
                page.screenshot(os.path.join(options.shots, "report-pairs-390x844.png"))
            page.viewport(1280, 800, False)

            page.evaluate(axe.read_text(encoding="utf-8") + "\n;true")
            violations = page.evaluate("""axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v =>
                ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, first: v.nodes[0] && v.nodes[0].target.join(' ')})))""",
                                       timeout=120)
            for v in violations:
                print(f"        axe: {v['id']} ({v['impact']}): {v['help']}; {v['nodes']} nodes, e.g. {v['first']}")
            version = page.evaluate("axe.version")
            check.expect(not violations, f"axe-core {version}: no accessibility violation")

        events = browser.events
        errors = [e for e in events if e.get("method") == "Runtime.consoleAPICalled" and e["params"].get("type") in ("error", "assert")]
        errors += [e for e in events if e.get("method") == "Runtime.exceptionThrown"]
        errors += [e for e in events if e.get("method") == "Log.entryAdded" and e["params"]["entry"].get("level") == "error"]
        for e in errors[:5]:
            print("        console:", json.dumps(e["params"])[:300])
        check.expect(not errors, "no console error or uncaught exception")
        requests = [e["params"]["request"]["url"] for e in events if e.get("method") == "Network.requestWillBeSent"]
        others = [u for u in requests if u != url and not u.startswith("data:")]
        for u in others[:5]:
            print("        request:", u)
        seen = sorted({u if u == url else u[:40] for u in requests})
        check.expect(not others, f"no network request (requests seen: {', '.join(seen) or 'none'})")
    finally:
        browser.close()
    print(f"{check.passed} passed, {len(check.failures)} failed")
    sys.exit(1 if check.failures else 0)


if __name__ == "__main__":
    main()
