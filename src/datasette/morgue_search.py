"""morgue's search parser in Datasette, which `morgue serve` loads with --plugins-dir.

The search queries read their term through the SQL function morgue_fts(term), the parser `morgue
search` uses. This plugin registers that function on Datasette's connections and answers it by asking
morgue itself (`morgue serve --parse-search`, the term on standard input), so that a term reads the
same in the browser as on the command line. In the browser a malformed term finds nothing instead of
failing, and the query page says what is wrong with it and how to write it (morgue_search_problem, for
the template); a term with nothing to search for finds nothing. The program is named by the
metadata's plugins."morgue-search".morgue.
"""

import functools
import json
import subprocess

from datasette import hookimpl


def _morgue(datasette):
    return (datasette.plugin_config("morgue-search") or {}).get("morgue")


@functools.lru_cache(maxsize=4096)
def _parse(morgue, term, columns):
    """{"expression": FTS5 expression or None, "problem": what is wrong or None}, for an index with
    `columns` (space-separated; None for all of the archive's)."""
    done = subprocess.run(
        [morgue, "serve", f"--parse-search={columns or ''}"],
        input=term.encode("utf-8", "surrogatepass"),
        capture_output=True,
        timeout=30,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{morgue} could not read the search term: {done.stderr.decode(errors='replace')}")
    return json.loads(done.stdout)


def _text(term):
    if term is None:
        return None
    return term if isinstance(term, str) else str(term)


@hookimpl
def prepare_connection(conn, database, datasette):
    morgue = _morgue(datasette)
    if not morgue:
        return

    def morgue_fts(term, columns=None):
        term = _text(term)
        return None if term is None else _parse(morgue, term, _text(columns))["expression"]

    conn.create_function("morgue_fts", 1, morgue_fts, deterministic=True)
    conn.create_function("morgue_fts", 2, morgue_fts, deterministic=True)


@hookimpl
def extra_template_vars(datasette):
    morgue = _morgue(datasette)

    def morgue_search_problem(term, columns=None):
        term = _text(term)
        if not morgue or not term:
            return None
        return _parse(morgue, term, _text(columns))["problem"]

    return {"morgue_search_problem": morgue_search_problem}
