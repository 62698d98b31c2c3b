"""Tables as downloads: CSV as Danish Excel opens it, and .xlsx (openpyxl), with text that
a spreadsheet would run as a formula neutralised."""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe(lines: list[list[str]]) -> list[list[str]]:
    """Text that a spreadsheet would run as a formula starts with an apostrophe."""
    return [
        [f"'{cell}" if cell[:1] in ("=", "+", "-", "@") else cell for cell in line]
        for line in lines
    ]


def as_csv(lines: list[list[str]]) -> bytes:
    """UTF-8 with a byte order mark and semicolons, as Danish Excel opens it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerows(safe(lines))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def as_xlsx(lines: list[list[str]], *, sheet: str) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet[:31])  # Excel's limit for a sheet name
    for line in safe(lines):
        worksheet.append(line)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def download(lines: list[list[str]], *, fmt: str, filename: str, sheet: str) -> HttpResponse:
    """An attachment `filename.csv` or `filename.xlsx` (fmt is "csv" or "xlsx")."""
    if fmt == "csv":
        response = HttpResponse(as_csv(lines), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(as_xlsx(lines, sheet=sheet), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
