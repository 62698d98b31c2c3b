"""Fast inserts for big imports: rows and their history rows, without model instances.

Django's `bulk_create` spends most of its time compiling SQL value by value (about
100 µs a row); an import of 500,000 people cannot afford that. Here each row is a
dict of attribute names to already validated Python values; the few types that need
it (JSON, dates, timestamps) are adapted once per column, and the rows go to the
database with `executemany`. For every inserted row a history row
(django-simple-history, type "+") is written the same way.
"""

from __future__ import annotations

import datetime
import operator

from django.db import connections, models, router
from simple_history.exceptions import NotHistoricalModelError
from simple_history.utils import get_history_model_for_model

BATCH_SIZE = 2000


def _converter(field, connection, now):
    ops = connection.ops
    if isinstance(field, models.JSONField):
        encoder = field.encoder
        return lambda value: ops.adapt_json_value(value, encoder)
    if isinstance(field, models.DateTimeField):
        # Nearly every timestamp in an import is `now`: adapt it once.
        adapted_now = ops.adapt_datetimefield_value(now)
        return lambda value: adapted_now if value is now else ops.adapt_datetimefield_value(value)
    if isinstance(field, models.DateField):
        return lambda value: ops.adapt_datefield_value(value)
    return None


def _default(field, now):
    if isinstance(field, models.DateTimeField) and (
        field.auto_now or field.auto_now_add or field.has_default()
    ):
        return now
    if field.has_default():
        return field.get_default()
    return None


class Inserter:
    """Inserts rows of one model (and their history rows) with a fixed column list.

    Rows go in multi-row `INSERT … VALUES (…), (…)` statements, as many rows per
    statement as the database's parameter limit allows.
    """

    def __init__(self, model, *, now: datetime.datetime, history_user_id, reason: str):
        self.model = model
        self.connection = connections[router.db_for_write(model)]
        self.now = now
        self.table = self._prepare(
            model, [f for f in model._meta.concrete_fields if not f.primary_key]
        )
        self.history = None
        try:
            history_model = get_history_model_for_model(model)
        except NotHistoricalModelError:
            history_model = None
        if history_model is not None:
            fields = [f for f in history_model._meta.concrete_fields if not f.primary_key]
            self.history = self._prepare(history_model, fields)
            self.history["defaults"].update(
                {
                    "history_date": now,
                    "history_change_reason": reason,
                    "history_type": "+",
                    "history_user_id": history_user_id,
                }
            )

    def _prepare(self, model, fields) -> dict:
        quote = self.connection.ops.quote_name
        columns = ", ".join(quote(f.column) for f in fields)
        table = quote(model._meta.db_table)
        limit = 30000 if self.connection.vendor == "sqlite" else 60000
        return {
            "table": table,
            "copy": f"COPY {table} ({columns}) FROM STDIN",
            "head": f"INSERT INTO {table} ({columns}) VALUES ",
            "row": "(" + ", ".join(["%s"] * len(fields)) + ")",
            "per_statement": max(1, limit // len(fields)),
            "names": [f.attname for f in fields],
            "convert": [_converter(f, self.connection, self.now) for f in fields],
            "defaults": {f.attname: _default(f, self.now) for f in fields},
        }

    @staticmethod
    def _values(table: dict, rows: list[dict]):
        """Each row's values in column order, adapted for the database."""
        getter = operator.itemgetter(*table["names"])
        defaults = table["defaults"]
        converted = [(i, conv) for i, conv in enumerate(table["convert"]) if conv is not None]
        for row in rows:
            values = list(getter({**defaults, **row}))
            for i, conv in converted:
                if values[i] is not None:
                    values[i] = conv(values[i])
            yield values

    def _copy(self, table: dict, rows: list[dict], returning=(), match: str = "key") -> list:
        """PostgreSQL: COPY the rows in, then read the `returning` columns back by `match`.

        (Multi-row INSERTs are slow here: psycopg parses the long statement in Python.)"""
        with self.connection.cursor() as cursor:
            with cursor.cursor.copy(table["copy"]) as copy:
                for values in self._values(table, rows):
                    copy.write_row(values)
            if not returning:
                return []
            quote = self.connection.ops.quote_name
            columns = ", ".join(quote(name) for name in returning)
            cursor.execute(
                f"SELECT {columns} FROM {table['table']} WHERE {quote(match)} = ANY(%s)",
                [list({row[match] for row in rows})],
            )
            return cursor.fetchall()

    def _execute(
        self, table: dict, rows: list[dict], returning: tuple[str, ...] = (), match: str = "key"
    ) -> list:
        if self.connection.vendor == "postgresql":
            return self._copy(table, rows, returning, match)
        quote = self.connection.ops.quote_name
        tail = (" RETURNING " + ", ".join(quote(name) for name in returning)) if returning else ""
        returned = []
        per = table["per_statement"]
        with self.connection.cursor() as cursor:
            for start in range(0, len(rows), per):
                chunk = rows[start : start + per]
                params = [value for values in self._values(table, chunk) for value in values]
                sql = table["head"] + ", ".join([table["row"]] * len(chunk)) + tail
                cursor.execute(sql, params)
                if returning:
                    returned.extend(cursor.fetchall())
        return returned

    def insert(
        self, rows: list[dict], returning: tuple[str, ...] = (), match: str = "key"
    ) -> list[tuple]:
        """Insert rows (dicts by attribute name; absent ones get their default); returns
        the `returning` columns of the new rows, in no particular order. On PostgreSQL
        they are read back: every row in the table whose `match` column has one of the
        rows' values (so that must select exactly the new rows)."""
        if self.connection.vendor not in ("postgresql", "sqlite"):
            raise NotImplementedError("fast inserts are written for SQLite and PostgreSQL")
        return self._execute(self.table, rows, returning, match)

    def insert_history(self, rows: list[dict]) -> None:
        """History rows for inserted rows; each row must have its primary key as "id"."""
        if self.history is not None and rows:
            self._execute(self.history, rows)
