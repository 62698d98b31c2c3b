"""PostgreSQL: compare posting terms byte by byte (collation "C").

A rebuild builds the postings' primary key over millions of (term, record) pairs; sorting
them under the database's default collation (strcoll) took about 40 % longer. Terms are
only compared for equality, so the order does not matter otherwise. The table is not
rewritten; its indexes are rebuilt."""

from django.db import migrations


def _collate(collation):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(
                f'ALTER TABLE search_posting ALTER COLUMN term TYPE varchar(200) COLLATE "{collation}"'
            )

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0005_freshness_embeddings")]

    operations = [migrations.RunPython(_collate("C"), _collate("default"))]
