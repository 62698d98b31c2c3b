"""The search index tables. Only `traade.search` reads or writes them.

`SearchDocument` holds one row per indexed record with its analysed text per column;
the SQLite backend adds an FTS5 table over those columns and the PostgreSQL backend a
`tsv` (tsvector) and a `tf` (term weights) column, both in migration 0002.
"""

from django.db import models


class SearchDocument(models.Model):
    kind = models.CharField(max_length=20)
    obj_id = models.BigIntegerField()
    # An exchange key (at most 100 characters), or a task's "<unit key>#opgave-<id>".
    key = models.CharField(max_length=120)
    title = models.CharField(max_length=300)
    area = models.CharField(max_length=100, blank=True)
    status = models.CharField(max_length=20, blank=True)
    result = models.CharField(max_length=20, blank=True)
    fields = models.JSONField(default=dict)
    t_name = models.TextField(blank=True)
    t_knowledge = models.TextField(blank=True)
    t_current = models.TextField(blank=True)
    t_body = models.TextField(blank=True)
    t_ended = models.TextField(blank=True)
    t_context = models.TextField(blank=True)
    t_parts = models.TextField(blank=True)
    length = models.IntegerField(default=0)

    class Meta:
        db_table = "search_document"
        constraints = [
            models.UniqueConstraint(fields=["kind", "obj_id"], name="search_document_kind_obj")
        ]
        indexes = [models.Index(fields=["kind", "key"], name="search_document_kind_key")]

    def __str__(self) -> str:
        return f"{self.kind} {self.key}"


class SearchTerm(models.Model):
    """Every index term with its document frequency and a written form of it."""

    term = models.CharField(max_length=200, primary_key=True)
    word = models.CharField(max_length=200)
    df = models.IntegerField(default=0)

    class Meta:
        db_table = "search_term"

    def __str__(self) -> str:
        return self.term


class SearchState(models.Model):
    """One row: totals for the ranking and a token that changes when the terms change."""

    doc_count = models.IntegerField(default=0)
    token_count = models.BigIntegerField(default=0)
    version = models.CharField(max_length=32, default="")
    # The day whose tasks were last weighed as current or ended (see indexing.refresh).
    fresh_on = models.DateField(null=True, blank=True)
    # Every record's embedding must be checked (after a rebuild): the worker catches up.
    embed_all = models.BooleanField(default=False, db_default=False)

    class Meta:
        db_table = "search_state"

    def __str__(self) -> str:
        return f"{self.doc_count} documents"


class SearchEmbedding(models.Model):
    """A record's text embedding for the semantic signal (see semantic.py).

    Keyed like the document, not by its row, so a rebuild of the index keeps embeddings
    whose text (`digest`) has not changed. `vector` holds 384 float16 values.
    """

    kind = models.CharField(max_length=20)
    obj_id = models.BigIntegerField()
    digest = models.CharField(max_length=64)
    vector = models.BinaryField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "search_embedding"
        constraints = [
            models.UniqueConstraint(fields=["kind", "obj_id"], name="search_embedding_kind_obj")
        ]
        # The latest change is the version of each process's in-memory copy (semantic.py).
        indexes = [models.Index(fields=["updated_at"], name="search_embedding_updated")]

    def __str__(self) -> str:
        return f"{self.kind} {self.obj_id}"


class EmbeddingQueue(models.Model):
    """Records whose embedding must be brought up to date (the semantic signal).

    Written in the transaction of the change that made it stale, so a rolled-back change
    queues nothing; read by the one worker, `traade embed --watch`, which `traade serve`
    starts. A record queued again while it is being embedded gets a new `queued_at`, so
    the worker's delete does not lose the newer change.
    """

    kind = models.CharField(max_length=20)
    obj_id = models.BigIntegerField()
    queued_at = models.DateTimeField()

    class Meta:
        db_table = "search_embedding_queue"
        constraints = [
            models.UniqueConstraint(fields=["kind", "obj_id"], name="search_embedding_queue_key")
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.obj_id}"
