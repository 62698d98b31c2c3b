"""PostgreSQL: a postings table (term, record, weighted frequency) replaces the tsvector
and the jsonb term weights. Scoring BM25 over a GIN match had to read each matching
record's whole term map; the postings are read by an index scan on the query's terms."""

from django.db import migrations

FORWARD = [
    "DROP INDEX IF EXISTS search_document_tsv",
    "ALTER TABLE search_document DROP COLUMN IF EXISTS tsv",
    "ALTER TABLE search_document DROP COLUMN IF EXISTS tf",
    """CREATE TABLE search_posting (
        term varchar(200) NOT NULL,
        doc_id bigint NOT NULL,
        tf real NOT NULL,
        strong boolean NOT NULL,
        len integer NOT NULL,
        kind varchar(20) NOT NULL,
        area varchar(100) NOT NULL,
        PRIMARY KEY (term, doc_id) INCLUDE (tf, strong, len, kind, area)
    )""",
    "CREATE INDEX search_posting_doc ON search_posting (doc_id)",
]
BACKWARD = [
    "DROP TABLE IF EXISTS search_posting",
    "ALTER TABLE search_document ADD COLUMN tsv tsvector NOT NULL DEFAULT ''::tsvector",
    "ALTER TABLE search_document ADD COLUMN tf jsonb NOT NULL DEFAULT '{}'::jsonb",
    "CREATE INDEX search_document_tsv ON search_document USING gin (tsv)",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_sqlite_facets")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
