"""PostgreSQL: compare posting terms byte by byte (collation "C"), and index the postings
in strong columns on their own.

A rebuild builds the postings' primary key over millions of (term, record) pairs; sorting
them under the database's default collation (strcoll) took about 40 % longer. Terms are
only compared for equality, so the order does not matter otherwise. The table is not
rewritten; its indexes are rebuilt.

A broad query reads only postings in strong columns (a sixth of them); without their own
partial index it read every posting of its words to keep those. A rebuild also creates
the index when it is missing."""

from django.db import migrations

STRONG_INDEX = (
    "CREATE INDEX IF NOT EXISTS search_posting_strong ON search_posting (term, doc_id) "
    "INCLUDE (tf, len, kind, area) WHERE strong"
)


def _run(*statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


def _collate(collation):
    return f'ALTER TABLE search_posting ALTER COLUMN term TYPE varchar(200) COLLATE "{collation}"'


class Migration(migrations.Migration):
    dependencies = [("search", "0005_freshness_embeddings")]

    operations = [
        migrations.RunPython(
            _run(_collate("C"), STRONG_INDEX),
            _run("DROP INDEX IF EXISTS search_posting_strong", _collate("default")),
        )
    ]
