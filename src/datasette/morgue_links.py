"""morgue's Datasette plugin, which `morgue serve` loads with --plugins-dir.

In the results of a canned or ad-hoc query (Datasette links foreign keys only in table views), a
column named in the metadata's plugins."morgue-links".columns links each value to that table's row:
article_id to the article, source_id to the imported file, speaker_id to the speaker.
"""

import markupsafe
from datasette import hookimpl


@hookimpl
def render_cell(value, column, table, database, datasette):
    if table is not None or isinstance(value, bool) or not isinstance(value, int):
        return None
    config = datasette.plugin_config("morgue-links", database=database) or {}
    target = (config.get("columns") or {}).get(column)
    if not target:
        return None
    return markupsafe.Markup('<a href="{}">{}</a>').format(
        datasette.urls.row(database, target, str(value)), value
    )
