"""SQLite: a narrow copy of each document's facets, so counting matches by kind and
area does not read the wide document rows."""

from django.db import migrations


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(
        "CREATE TABLE search_facet (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
        "area TEXT NOT NULL, status TEXT NOT NULL, result TEXT NOT NULL)"
    )
    schema_editor.execute(
        "INSERT INTO search_facet (id, kind, area, status, result) "
        "SELECT id, kind, area, status, result FROM search_document"
    )


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_facet")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_engine_tables")]

    operations = [migrations.RunPython(forward, backward)]
