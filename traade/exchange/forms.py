from pathlib import Path

from django import forms
from django.conf import settings

from .files import EXTENSIONS, max_upload_bytes

SPREADSHEETS = (".csv", ".xlsx")


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Fil",
        help_text="En JSON-fil i Trådes udvekslingsformat, eller et regneark (CSV eller Excel) "
        "med enheder eller med personer.",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )
    kind = forms.ChoiceField(
        label="Hvad indeholder regnearket?",
        choices=[("", "Vælg – kun for CSV og Excel"), ("units", "Enheder"), ("people", "Personer")],
        required=False,
        help_text="Kun for CSV- og Excel-filer. En JSON-fil siger selv, hvad den indeholder.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Not "(valgfrit)": a spreadsheet needs it; the label and help say when.
        self.fields["kind"].show_optional = False

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload is None:
            return data
        extension = Path(upload.name).suffix.lower()
        if extension not in EXTENSIONS:
            self.add_error("file", "Filen skal være en .json-, .csv- eller .xlsx-fil.")
        elif upload.size > max_upload_bytes():
            self.add_error(
                "file",
                f"Filen fylder {upload.size / 1024 / 1024:.0f} MB. Den må højst fylde "
                f"{settings.TRAADE_MAX_UPLOAD_MB} MB.",
            )
        elif extension in SPREADSHEETS and not data.get("kind"):
            self.add_error("kind", "Vælg, om regnearket indeholder enheder eller personer.")
        elif extension not in SPREADSHEETS:
            data["kind"] = ""
        return data
