"""The archive in a real browser: pages that `morgue serve` serves, read by headless Chromium.

Run by .ci/browser-test, which installs Datasette and Chromium, restores the sample archive and starts
the server; this script only reads pages and compares them with what `morgue query` answers on the
same archive. Every page is loaded with `chromium --dump-dom`, after its scripts ran, as an editor's
browser would show it. Prints one line per check and a closing "N passed, N failed".
"""

import argparse
import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from html.parser import HTMLParser

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


class Page(HTMLParser):
    """What the checks look at in a page: inputs, error boxes, result rows, headings, links."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.inputs = {}
        self.errors = []
        self.problems = []
        self.rows = []
        self.links = []
        self.h1 = ""
        self.description = ""
        self.help = {}
        self.pre = ""
        self._stack = []
        self._row = None
        self._cell = None
        self._help_for = None
        self._last_input = None
        self.feed(html)

    def _inside(self, tag, cls=None):
        return any(t == tag and (cls is None or cls in c) for t, c in self._stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        cls = (attrs.get("class") or "").split()
        if tag == "input":
            self.inputs[attrs.get("name")] = attrs
            self._last_input = attrs.get("name")
            return
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "tr" and self._inside("tbody") and self._inside("table", "rows-and-columns"):
            self._row = []
        if tag == "td" and self._row is not None:
            self._cell = ""
        if tag == "span" and "param-help" in cls:
            self._help_for = self._last_input
            self.help[self._help_for] = ""
        self._stack.append((tag, cls))

    def handle_endtag(self, tag):
        while self._stack:
            popped, _ = self._stack.pop()
            if popped == tag:
                break
        if tag == "td" and self._row is not None and self._cell is not None:
            self._row.append(self._cell.strip())
            self._cell = None
        if tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        if tag == "span":
            self._help_for = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data
        if self._help_for is not None:
            self.help[self._help_for] += data
        if self._inside("h1"):
            self.h1 += data
        if self._inside("div", "metadata-description"):
            self.description += data
        if self._inside("p", "message-error"):
            self.errors.append(data.strip())
        if self._inside("p", "search-problem") and data.strip():
            self.problems.append(data.strip())
        if self._inside("pre"):
            self.pre += data


class Browser:
    def __init__(self, chromium, base, shots):
        self.chromium = chromium
        self.base = base
        self.shots = shots
        self.profile = tempfile.mkdtemp(prefix="morgue-chromium-")

    def _run(self, extra, path):
        url = self.base + path
        result = subprocess.run(
            [self.chromium, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", *extra, url],
            capture_output=True,
            text=True,
            timeout=90,
        )
        if result.returncode != 0:
            raise RuntimeError(f"chromium failed on {url}: {result.stderr[-500:]}")
        return result.stdout

    def html(self, path):
        return self._run(["--dump-dom"], path)

    def page(self, path):
        return Page(self.html(path))

    def screenshot(self, name, path, height):
        target = os.path.join(self.shots, name)
        self._run([f"--screenshot={target}", f"--window-size=1280,{height}"], path)
        return target


def wait_for(base, seconds):
    """Until the server answers, for at most `seconds` (polled every half second)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/-/versions.json", timeout=2) as response:
                return json.load(response)
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"FAIL: no answer from {base} within {seconds} s")


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what, detail=""):
        if ok:
            self.passed += 1
            print(f"ok    {what}")
        else:
            self.failed += 1
            print(f"FAIL  {what}{': ' + detail if detail else ''}")
        return ok


def morgue_rows(args, name, params):
    command = [args.morgue, "--db", args.archive, "query", name, "-f", "csv"]
    for key, value in params.items():
        command += ["-p", f"{key}={value}"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return list(csv.reader(io.StringIO(out)))


def check_search(checks, browser, args, db, table, fts, term):
    """The table has a search box, and ?_search= narrows its rows to what FTS5 finds."""
    every = browser.page(f"/{db}/{table}?_size=max")
    checks.check("_search" in every.inputs, f"{table}: the page has a search box")
    found = browser.page(f"/{db}/{table}?_search={urllib.parse.quote(term)}&_size=max")
    with sqlite3.connect(f"file:{args.archive}?mode=ro", uri=True) as conn:
        expected = conn.execute(
            f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?", (f'"{term}"',)
        ).fetchone()[0]
    checks.check(
        0 < len(found.rows) == expected < len(every.rows),
        f"{table}: _search={term} narrows {len(every.rows)} rows to the {expected} that match",
        f"{len(found.rows)} rows shown",
    )


def check_query(checks, browser, args, db, name, query):
    """A canned query's page: title, description and inputs with help; its example runs and gives
    what `morgue query` gives; empty and malformed inputs show no error; CSV has every row."""
    blank = browser.page(f"/{db}/{name}")
    checks.check(blank.h1.strip() == query["title"], f"{name}: titled {query['title']!r}", blank.h1)
    checks.check(
        query["description"][:40] in " ".join(blank.description.split()),
        f"{name}: shows its description",
    )
    missing = [p for p in query["params"] if p not in blank.inputs or not blank.help.get(p)]
    checks.check(not missing, f"{name}: an input with help for each of {query['params']}", f"{missing}")
    checks.check(not blank.errors, f"{name}: opened with empty inputs, no error", f"{blank.errors}")
    # A malformed term finds nothing and the page says what is wrong and how to write it, in the words
    # of `morgue search`; a term with only punctuation, or a name with an apostrophe, just runs.
    for term, problem in [
        ('"unbalanced', "never closed"),
        ("strike OR", "OR has nothing after it"),
        ("()", "the parentheses hold nothing"),
        ("O'Brien", None),
        ("- ...", None),
    ]:
        if "term" in query.get("search_params", {}):
            odd = browser.page(f"/{db}/{name}?term={urllib.parse.quote(term)}")
            said = " ".join(odd.problems)
            checks.check(
                not odd.errors and (problem in said if problem else not said),
                f"{name}: term={term} shows no error and "
                + (f"says {problem!r} and how to fix it" if problem else "no complaint"),
                f"errors {odd.errors}, problems {odd.problems}",
            )
            if problem:
                checks.check(
                    "To fix it" in said and not odd.rows,
                    f"{name}: term={term} finds nothing and says how to fix the term",
                    f"{len(odd.rows)} rows, {said!r}",
                )
    example = query.get("example") or {}
    qs = urllib.parse.urlencode(example)
    ran = browser.page(f"/{db}/{name}?{qs}") if qs else blank
    expected = morgue_rows(args, name, example)
    checks.check(
        not ran.errors and len(ran.rows) == len(expected) - 1 > 0,
        f"{name}: its example ({qs or 'no parameters'}) shows the {len(expected) - 1} rows morgue query gives",
        f"{len(ran.rows)} rows, errors {ran.errors}",
    )
    exported = browser.page(f"/{db}/{name}.csv?{qs}&_size=max")
    rows = list(csv.reader(io.StringIO(exported.pre)))
    checks.check(
        len(rows) == len(expected) and rows[:1] == expected[:1],
        f"{name}: CSV export has the header and all {len(expected) - 1} rows",
        f"{len(rows) - 1} rows, header {rows[:1]}",
    )
    return ran


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the server, http://127.0.0.1:PORT")
    parser.add_argument("--archive", required=True, help="the archive the server serves")
    parser.add_argument("--morgue", required=True, help="the morgue binary")
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--shots", required=True, help="folder for the screenshots")
    args = parser.parse_args()

    versions = wait_for(args.base, 60)
    print(f"Datasette {versions['datasette']['version']}, SQLite {versions['sqlite']['version']}")
    db = os.path.splitext(os.path.basename(args.archive))[0]
    metadata = json.loads(
        subprocess.run(
            [args.morgue, "--db", args.archive, "datasette-metadata"],
            capture_output=True, text=True, check=True,
        ).stdout
    )
    queries = metadata["databases"][db]["queries"]
    browser = Browser(args.chromium, args.base, args.shots)
    checks = Checks()

    titles = [q["title"] for q in queries.values()]
    html = browser.html(f"/{db}")
    checks.check(all(t in html for t in titles), "database page lists every query by its title")
    checks.check("refinery_schema_history" not in html, "database page hides internal tables")
    home = Page(html)
    checks.check(
        "_search" in home.inputs and f'action="/{db}/quotes"' in html and f'action="/{db}/articles"' in html,
        "database page has search boxes for articles and quotes",
    )
    checks.check(
        html.find('id="queries"') < html.find('id="sql-editor"'),
        "database page lists the queries before the SQL editor",
    )

    check_search(checks, browser, args, db, "articles", "articles_fts", "strike")
    check_search(checks, browser, args, db, "quotes", "quotes_fts", "strike")

    articles = browser.page(f"/{db}/articles?_size=max")
    checks.check(
        any(cell.startswith("samples/") for row in articles.rows for cell in row),
        "articles: source_id shows the file's path, not a bare number",
    )
    checks.check(
        all(len(cell) <= 405 for row in articles.rows for cell in row)
        and any(cell.endswith("\u2026") for row in articles.rows for cell in row),
        "articles: long bodies are cut short in the table",
    )

    for name, query in queries.items():
        ran = check_query(checks, browser, args, db, name, query)
        if name == "who-said-what":
            linked = [link for link in ran.links if link.startswith(f"/{db}/articles/")]
            checks.check(bool(linked), f"{name}: article_id links to the article row")
            if linked:
                row = browser.page(linked[0])
                checks.check(not row.errors and row.h1.strip(), f"{name}: the linked row page opens")

    os.makedirs(args.shots, exist_ok=True)
    for shot, path, height in [
        ("database.png", f"/{db}", 1000),
        ("quotes-search.png", f"/{db}/quotes?_search=strike", 1000),
        ("who-said-what.png", f"/{db}/who-said-what?term=strike", 900),
        ("who-said-what-malformed.png", f"/{db}/who-said-what?term={urllib.parse.quote('strike OR')}", 500),
        ("articles.png", f"/{db}/articles", 1000),
    ]:
        target = browser.screenshot(shot, path, height)
        checks.check(os.path.getsize(target) > 10_000, f"screenshot {target}")

    # Live mode: an import while the server runs shows on the next page load (after the screenshots,
    # which show the sample archive as it is).
    before = len(browser.page(f"/{db}/articles?_size=max").rows)
    folder = os.path.join("tests", "fixtures", "articles")
    fixture = os.path.join(folder, sorted(f for f in os.listdir(folder) if f.endswith(".txt"))[0])
    subprocess.run([args.morgue, "--db", args.archive, "import", fixture], capture_output=True, check=True)
    # A URL not loaded before: Datasette lets a browser cache a page for 5 s, as a reload would not.
    after = len(browser.page(f"/{db}/articles?_size=1000").rows)
    checks.check(after > before, f"live mode: an import shows on reload ({before} -> {after} articles)")

    print(f"browser: {checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
