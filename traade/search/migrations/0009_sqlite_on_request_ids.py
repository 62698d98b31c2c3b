"""SQLite: records of the kinds searched only on request (tasks) move to row ids below
zero (see `backends/sqlite.py`), so the default search leaves them out without a join."""

from django.db import migrations


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    from traade.search.backends.sqlite import on_request_id, on_request_kinds

    kinds = sorted(on_request_kinds())
    if not kinds:
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, kind, obj_id FROM search_document "
            f"WHERE id > 0 AND kind IN ({', '.join(['%s'] * len(kinds))})",
            kinds,
        )
        moves = [(on_request_id(kind, obj_id), old) for old, kind, obj_id in cursor.fetchall()]
        if not moves:
            return
        cursor.executemany("UPDATE search_document SET id = %s WHERE id = %s", moves)
        cursor.executemany("UPDATE search_facet SET id = %s WHERE id = %s", moves)
        # FTS5 reads its external content again, under the new row ids.
        cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")


class Migration(migrations.Migration):
    dependencies = [("search", "0008_embedding_queue")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
