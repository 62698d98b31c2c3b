"""Reading import files: the JSON exchange format, and CSV or Excel sheets of units or people.

`read_file(path_or_fileobj, kind=…)` returns a `Document` (a dict in the exchange
format) or raises `ImportFailed` with a problem saying what is wrong with the
file itself: too big, not UTF-8, not JSON, unknown columns. Spreadsheets become
a partial document: columns that are absent leave those fields as they are.
The columns are documented in docs/exchange.md.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import re
from pathlib import Path

from django.conf import settings

from .schema import FORMAT, Locator, LongNumber, Problem, Problems, shown

KINDS = ("units", "people")
EXTENSIONS = (".json", ".csv", ".xlsx")

# Spreadsheet columns per kind, in the order they are documented. List columns hold
# several phrases separated by semicolons or line breaks.
COLUMNS = {
    "units": (
        "key",
        "name",
        "area",
        "area_name",
        "kind",
        "parent",
        "description",
        "address",
        "email",
        "phone",
        "knowledge",
        "offers",
        "kle",
    ),
    "people": ("key", "name", "title", "unit", "email", "phone", "is_leader", "expertise"),
}
# The Danish names of the columns, accepted as well (the upload page shows both).
DANISH_COLUMNS = {
    "units": {
        "nøgle": "key",
        "navn": "name",
        "fagområde": "area",
        "fagområdets navn": "area_name",
        "type": "kind",
        "overordnet enhed": "parent",
        "beskrivelse": "description",
        "adresse": "address",
        "e-mail": "email",
        "telefon": "phone",
        "særlig viden": "knowledge",
        "tilbud": "offers",
        "kle-numre": "kle",
    },
    "people": {
        "nøgle": "key",
        "navn": "name",
        "stilling": "title",
        "enhed": "unit",
        "e-mail": "email",
        "telefon": "phone",
        "leder": "is_leader",
        "særlig viden": "expertise",
    },
}
REQUIRED_COLUMNS = {"units": ("key", "name", "area"), "people": ("key", "name", "unit")}
LIST_COLUMNS = {"knowledge", "offers", "kle", "expertise"}
TRUE_WORDS = {"ja", "j", "yes", "y", "true", "sand", "1", "x"}
FALSE_WORDS = {"nej", "n", "no", "false", "falsk", "0", ""}
LIST_SEPARATOR = re.compile(r"[;\n]")


class Document(dict):
    """A parsed document, with how to name locations in it and whether it is partial.

    `consumable`: nobody else holds the document, so the importer may empty its lists
    as it goes (this halves the memory a big import needs)."""

    partial = False
    locate = None
    consumable = True
    notes: list[str] | tuple = ()  # how the file was read, for the person importing it


def max_upload_bytes() -> int:
    return settings.TRAADE_MAX_UPLOAD_MB * 1024 * 1024


class FormulaCell(str):
    """An empty cell text for a formula that has no calculated value stored in the file."""

    def __new__(cls, formula: str):
        cell = super().__new__(cls, "")
        cell.formula = formula
        return cell


class _DuplicateField(Exception):
    def __init__(self, name: str):
        super().__init__(name)
        self.name = name


def _json_object(pairs: list) -> dict:
    """json's object hook: a dict, refusing a field that appears twice in one object."""
    obj = dict(pairs)
    if len(obj) < len(pairs):
        seen = set()
        for name, _value in pairs:
            if name in seen:
                raise _DuplicateField(name)
            seen.add(name)
    return obj


def _json_int(digits: str):
    try:
        return int(digits)
    except ValueError:  # more digits than Python converts (4,300)
        return LongNumber(digits)


def _json_reason(message: str) -> str:
    """json's message without its dangling "at" ("Invalid control character at")."""
    return message.removesuffix(" at").removesuffix(" starting").removesuffix(":")


def _fail(message: str, path: str = ""):
    from .importer import ImportFailed

    raise ImportFailed([Problem(path, message)])


def read_file(source, *, kind: str | None = None, name: str | None = None) -> Document:
    """Read a .json, .csv or .xlsx file (a path or a file object such as an upload).

    `kind` ("units" or "people") is required for spreadsheets and not allowed for JSON.
    """
    if isinstance(source, str | os.PathLike):
        name = name or os.fspath(source)
        size = os.path.getsize(source)
    else:
        name = name or getattr(source, "name", "") or ""
        size = getattr(source, "size", None)
        if size is None:
            position = source.tell()
            size = source.seek(0, os.SEEK_END) - position
            source.seek(position)
    extension = Path(name).suffix.lower()
    if extension not in EXTENSIONS:
        _fail(f"the file must end in .json, .csv or .xlsx, not {extension or 'nothing'!r}")
    if extension == ".json" and kind:
        _fail("--units and --people are for CSV and Excel files; a JSON file says what it holds")
    if extension != ".json" and kind not in KINDS:
        _fail("say whether the spreadsheet holds units or people (--units or --people)")
    limit = settings.TRAADE_MAX_UPLOAD_MB
    if size > max_upload_bytes():
        _fail(
            f"the file is {size / 1024 / 1024:.1f} MB; files larger than {limit} MB are "
            "refused (the limit is the setting TRAADE_MAX_UPLOAD_MB)"
        )

    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as handle:
            raw = handle.read(max_upload_bytes() + 1)
    else:
        raw = source.read(max_upload_bytes() + 1)
    if len(raw) > max_upload_bytes():
        _fail(f"the file is larger than {limit} MB (the setting TRAADE_MAX_UPLOAD_MB)")

    notes: list[str] = []
    if extension == ".xlsx":
        return _rows_to_document(kind, _xlsx_rows(raw, notes), notes)
    text = _decode(raw)
    del raw
    if extension == ".csv":
        return _rows_to_document(kind, _csv_rows(text), notes)
    if not text.strip():
        _fail("the file is empty")
    try:
        data = json.loads(text, parse_int=_json_int, object_pairs_hook=_json_object)
    except json.JSONDecodeError as error:
        _fail(
            f"the file is not valid JSON: {_json_reason(error.msg)} at line {error.lineno}, "
            f"column {error.colno}"
        )
    except _DuplicateField as error:
        _fail(
            f"the field {shown(error.name)} appears twice in the same object; "
            "each field may appear only once"
        )
    except RecursionError:
        _fail("the file is not valid JSON: it is nested too deeply")
    document = Document(data) if isinstance(data, dict) else data
    return document


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        offset = error.start
        line = raw.count(b"\n", 0, offset) + 1
        column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
        _fail(
            f"the file is not UTF-8 text: the byte 0x{raw[offset]:02x} at offset {offset} "
            f"(line {line}, column {column}) is not valid UTF-8; save the file as UTF-8 "
            "and try again"
        )


# What the csv module's messages mean, for people (strict mode).
CSV_REASONS = {
    "unexpected end of data": 'a quoted cell that begins in this row is never closed (a " is missing)',
    "field larger than field limit": "a cell is too long",
}


def _csv_rows(text: str):
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    # strict: an unclosed quote is an error, not a cell that swallows the rest of the file.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    number = 0  # the row as a spreadsheet program numbers it (a cell may hold line breaks)
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            reason = str(error)
            for start, meaning in CSV_REASONS.items():
                if reason.startswith(start):
                    reason = meaning
            _fail(f"the file is not valid CSV: {reason}", f"row {number}")
        yield row


def _xlsx_rows(raw: bytes, notes: list[str]):
    """The first sheet's rows as lists of text, streamed (openpyxl's read-only mode).

    The workbook is refused if it unpacks to more than TRAADE_MAX_UPLOAD_MB: a small .xlsx
    can hold one enormous cell. Formulas are read a second time, in step, to tell a
    formula without a calculated value from an empty cell."""
    import zipfile

    from openpyxl import load_workbook

    def open_workbook(data_only: bool):
        try:
            return load_workbook(io.BytesIO(raw), read_only=True, data_only=data_only)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError):
            _fail("the file is not an Excel workbook (.xlsx) that can be read")

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        _fail("the file is not an Excel workbook (.xlsx) that can be read")
    if unpacked > max_upload_bytes():
        _fail(
            f"the workbook unpacks to {unpacked / 1024 / 1024:.0f} MB; workbooks that unpack "
            f"to more than {settings.TRAADE_MAX_UPLOAD_MB} MB are refused (the setting "
            "TRAADE_MAX_UPLOAD_MB)"
        )
    values, formulas = open_workbook(True), open_workbook(False)
    try:
        names = values.sheetnames
        if len(names) > 1:
            notes.append(
                f"only the first sheet, {shown(names[0])}, was read; the workbook has "
                f"{len(names)} sheets"
            )
        rows = zip(
            values.worksheets[0].iter_rows(values_only=True),
            formulas.worksheets[0].iter_rows(values_only=True),
            strict=False,
        )
        for row, formula_row in rows:
            yield [
                FormulaCell(formula)
                if value is None and isinstance(formula, str) and formula.startswith("=")
                else _cell_text(value)
                for value, formula in zip(row, formula_row, strict=False)
            ]
    finally:
        values.close()
        formulas.close()


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()[:10]
    return str(value)


class RowLocator(Locator):
    """Locations in a spreadsheet: `row 14, column "parent"`."""

    def __init__(self, rows: dict[str, list[int]], columns: dict[str, dict[str, str]]):
        self.rows = rows
        self.columns = columns

    def __call__(self, section, index=None, *parts):
        rows = self.rows.get(section)
        if rows is None or index is None:
            return super().__call__(section, index, *parts)
        where = f"row {rows[index]}"
        if parts:
            column = self.columns.get(section, {}).get(parts[0], parts[0])
            where += f', column "{column}"'
        return where


def _rows_to_document(kind: str, rows, notes: list[str]) -> Document:
    from .importer import ImportFailed

    try:
        document = _sheet_to_document(kind, rows)
    except ImportFailed as failed:
        failed.notes.extend(notes)
        raise
    document.notes = notes
    return document


def _sheet_to_document(kind: str, rows) -> Document:
    rows = iter(rows)
    header = next(rows, None)
    if header is None or not any(cell.strip() for cell in header):
        _fail("the file is empty; the first row must name the columns", "row 1")
    problems = Problems()
    names = [" ".join(cell.split()).lower() for cell in header]
    names = [DANISH_COLUMNS[kind].get(name, name) for name in names]
    original = {}
    for position, column in enumerate(names):
        if not column:
            continue
        if column not in COLUMNS[kind]:
            known = ", ".join(f"{name} ({danish})" for danish, name in DANISH_COLUMNS[kind].items())
            problems.append(
                Problem(
                    f'row 1, column "{header[position].strip()}"',
                    f"unknown column; the columns for {kind} are: {known}",
                )
            )
        elif column in original:
            problems.append(Problem(f'row 1, column "{header[position].strip()}"', "appears twice"))
        else:
            original[column] = header[position].strip()
    for column in REQUIRED_COLUMNS[kind]:
        if column not in original:
            problems.append(Problem("row 1", f'the column "{column}" is missing'))
    if problems:
        from .importer import ImportFailed

        raise ImportFailed(problems)

    records, record_rows = [], []
    areas, area_rows, area_names = [], [], {}
    max_rows, max_chars = settings.TRAADE_MAX_SHEET_ROWS, settings.TRAADE_MAX_CELL_CHARS
    for number, row in enumerate(rows, start=2):
        if number > max_rows:
            problems.append(
                Problem(
                    f"row {number}",
                    f"the sheet has more than {max_rows} rows; larger sheets are refused (the "
                    "setting TRAADE_MAX_SHEET_ROWS)",
                )
            )
            break
        if not any(cell.strip() or isinstance(cell, FormulaCell) for cell in row):
            continue
        if len(row) > len(names) and any(cell.strip() for cell in row[len(names) :]):
            problems.append(
                Problem(f"row {number}", "has more cells than the first row has columns")
            )
        record = {}
        for position, column in enumerate(names):
            if column not in original:
                continue
            cell = row[position] if position < len(row) else ""
            where = f'row {number}, column "{original[column]}"'
            if isinstance(cell, FormulaCell):
                problems.append(
                    Problem(
                        where,
                        f"the cell holds the formula {shown(cell.formula)} but no calculated "
                        "value; open the file in Excel or LibreOffice and save it again, or "
                        "replace the formula by its value",
                    )
                )
            elif len(cell) > max_chars:
                problems.append(
                    Problem(
                        where,
                        f"the cell holds {len(cell)} characters; at most {max_chars} are "
                        "allowed (the setting TRAADE_MAX_CELL_CHARS)",
                    )
                )
                cell = ""
            record[column] = _cell_value(column, cell.strip())
        area_name = record.pop("area_name", "")
        if area_name and record.get("area"):
            area = record["area"]
            if area not in area_names:
                area_names[area] = (area_name, number)
                areas.append({"key": area, "name": area_name})
                area_rows.append(number)
            elif area_names[area][0] != area_name:
                problems.append(
                    Problem(
                        f'row {number}, column "{original["area_name"]}"',
                        f"the area {shown(area)} is called {shown(area_names[area][0])} in row "
                        f"{area_names[area][1]}",
                    )
                )
        records.append(record)
        record_rows.append(number)
    if problems:
        from .importer import ImportFailed

        raise ImportFailed(problems)

    document = Document({"format": FORMAT, kind: records})
    columns = {kind: original}
    rows_of = {kind: record_rows}
    if areas:
        document["areas"] = areas
        rows_of["areas"] = area_rows
        columns["areas"] = {"key": original["area"], "name": original.get("area_name", "")}
    document.partial = True
    document.locate = RowLocator(rows_of, columns)
    return document


def _cell_value(column: str, cell: str):
    if column in LIST_COLUMNS:
        return [part for part in LIST_SEPARATOR.split(cell) if part.strip()]
    if column == "is_leader":
        word = cell.lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        return cell
    if column == "kind":
        return cell.lower()
    return cell
