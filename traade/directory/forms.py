import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from traade.lib.concurrency import EditSnapshotMixin, values_of

from .models import Area, Suggestion, SuggestionKind, Task


class PhraseListField(forms.CharField):
    """A list of short phrases, one per line."""

    widget = forms.Textarea(attrs={"rows": 5})

    def __init__(self, *args, max_phrase_length: int = 200, **kwargs):
        self.max_phrase_length = max_phrase_length
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [" ".join(line.split()) for line in text.splitlines() if line.strip()]

    def validate(self, value):
        super().validate(value)
        too_long = [phrase for phrase in value if len(phrase) > self.max_phrase_length]
        if too_long:
            raise forms.ValidationError(
                _("Hold hver linje under %(max)d tegn. Denne er for lang: »%(phrase)s…«"),
                params={"max": self.max_phrase_length, "phrase": too_long[0][:40]},
            )


class VisitkortForm(EditSnapshotMixin, forms.Form):
    description = forms.CharField(
        label=_("Beskrivelse"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Hvad laver I, og for hvem? Skriv, så en kollega fra et andet område forstår det."
        ),
    )
    knowledge = PhraseListField(
        label=_("Særlig viden"),
        help_text=_(
            "Det, andre kan spørge jer om. Én ting pr. linje, fx »demens« eller »VR i ældreplejen«."
        ),
    )
    offers = PhraseListField(
        label=_("Tilbud – spørg os om"),
        max_phrase_length=300,
        help_text=_("Det, I gerne deler med andre enheder. Én ting pr. linje."),
    )
    address = forms.CharField(label=_("Adresse"), required=False, max_length=300)
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        error_messages={"invalid": _("Skriv en gyldig e-mailadresse, fx navn@kommune.dk.")},
    )
    phone = forms.CharField(label=_("Telefon"), required=False, max_length=50)


TASK_FIELDS = ("title", "description", "until")


class TaskForm(EditSnapshotMixin, forms.Form):
    """One task of the tasks form; `task` is the stored task (None for a new one)."""

    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    title = forms.CharField(label=_("Opgave"), max_length=300)
    description = forms.CharField(
        label=_("Kort beskrivelse"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    until = forms.DateField(
        label=_("Slutdato"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Når datoen er passeret, står opgaven ikke længere som aktuel."),
    )
    end = forms.BooleanField(
        label=_("Afslut opgaven nu"),
        required=False,
        help_text=_("Den står så ikke længere som aktuel, men du kan stadig se den her."),
    )
    tracked_fields = TASK_FIELDS
    new_number = 0  # set by the formset: the first, second … empty form

    def __init__(self, *args, task: Task | None = None, **kwargs):
        if task is not None:
            kwargs.setdefault("initial", {})["id"] = task.pk
            kwargs["current"] = values_of(task, TASK_FIELDS)
        super().__init__(*args, **kwargs)
        self.task = task

    @property
    def task_id(self) -> int | None:
        if self.is_bound:
            return self.cleaned_data.get("id") if hasattr(self, "cleaned_data") else None
        return self.task.pk if self.task else None

    @property
    def is_existing(self) -> bool:
        if self.is_bound:
            return bool(self.data.get(self.add_prefix("id")))
        return self.task is not None

    @property
    def legend(self) -> str:
        if self.task is not None:
            return self.task.title
        if self.is_existing:
            base = self.base_values()
            if isinstance(base, dict) and base.get("title"):
                return base["title"]
            return self.data.get(self.add_prefix("title")) or str(_("Opgave"))
        if self.new_number > 1:
            return str(_("Ny opgave %(n)d")) % {"n": self.new_number}
        return str(_("Ny opgave"))

    @property
    def is_current(self) -> bool:
        return self.task is not None and self.task.is_current()


class BaseTaskFormSet(forms.BaseFormSet):
    """The unit's tasks, each with its own snapshot, plus one empty form for a new task."""

    def __init__(self, data=None, *, unit, **kwargs):
        self.unit = unit
        self.tasks = {task.pk: task for task in Task.objects.filter(unit=unit)}
        self._ordered = list(self.tasks.values())
        super().__init__(data, **kwargs)

    def initial_form_count(self):
        if self.is_bound:
            return super().initial_form_count()
        return len(self._ordered)

    def get_form_kwargs(self, index):
        if not self.is_bound:
            known = index is not None and index < len(self._ordered)
            return {"task": self._ordered[index] if known else None}
        raw = self.data.get(f"{self.add_prefix(index)}-id") if index is not None else None
        try:
            return {"task": self.tasks.get(int(raw)) if raw else None}
        except ValueError:
            return {"task": None}

    def add_fields(self, form, index):
        super().add_fields(form, index)
        form.fields["ORDER"].label = _("Placering")
        form.fields["ORDER"].help_text = _("1 står øverst på visitkortet.")
        form.fields["ORDER"].widget.attrs["min"] = 1
        if index is not None and index >= self.initial_form_count():
            form.new_number = index - self.initial_form_count() + 1

    def _positions(self) -> dict[str, int]:
        """{form prefix: position} for the tasks that stay. When the editor changed a
        "Placering", every task gets its place 1…n (blank: last); otherwise the stored
        tasks keep theirs and new tasks go last, in the order they were written."""
        staying = [
            (index, form)
            for index, form in enumerate(self.forms)
            if not (self.can_delete and self._should_delete_form(form))
            and (form.is_existing or form.has_changed())
        ]

        def placed(index, form) -> bool:  # the editor gave it a new place
            order = form.cleaned_data.get("ORDER")
            return order != index + 1 if form.is_existing else order is not None

        moved = any(placed(index, form) for index, form in staying)
        if not moved:
            after = max((task.position for task in self.tasks.values()), default=0)
            new = [form for _index, form in staying if not form.is_existing]
            return {form.prefix: after + n for n, form in enumerate(new, start=1)}
        last = len(self.forms) + 1

        def key(item):
            # Two with the same number: the one moved there goes first.
            index, form = item
            order = form.cleaned_data.get("ORDER")
            return (order if order is not None else last, not placed(index, form), index)

        ordered = sorted(staying, key=key)
        return {form.prefix: position for position, (_i, form) in enumerate(ordered, start=1)}

    def edits(self):
        """The forms as `services.TaskEdit`s (a form whose conflict was settled by keeping
        the stored version is left out). "Afslut opgaven nu" sets the end date to
        yesterday, so the task is no longer current today."""
        from .services import TaskEdit

        positions = self._positions()
        yesterday = timezone.localdate() - datetime.timedelta(days=1)
        edits = []
        for form in self.forms:
            if not form.is_existing and not form.has_changed():
                continue
            if form.keeps_saved_record:
                continue
            delete = self.can_delete and self._should_delete_form(form)
            if not form.is_existing and delete:
                continue
            data = None
            if not delete:
                data = form.resolved_data()
                data["position"] = positions.get(form.prefix)
                if form.cleaned_data.get("end") and form.is_existing:
                    data["until"] = yesterday
            edits.append(
                TaskEdit(
                    key=form.prefix,
                    task_id=form.cleaned_data.get("id") if form.is_existing else None,
                    data=data,
                    base=form.base_values() if form.is_existing else None,
                )
            )
        return edits

    def show_conflicts(self, conflict) -> None:
        for form in self.forms:
            if form.prefix in conflict.conflicts:
                form.show_conflicts(
                    conflict, conflict.conflicts[form.prefix], conflict.current[form.prefix]
                )

    @property
    def in_conflict(self) -> bool:
        return any(form.in_conflict for form in self.forms)


NEW_TASK_FORMS = 3
TaskFormSet = forms.formset_factory(
    TaskForm, formset=BaseTaskFormSet, extra=NEW_TASK_FORMS, can_delete=True, can_order=True
)


SUGGESTION_MAX_LENGTH = 2000


def _bounded_text(label, *, rows: int, message, help_text=""):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=False,
        max_length=SUGGESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={"max_length": message},
    )


class SuggestionForm(forms.ModelForm):
    kind = forms.ChoiceField(
        label=_("Hvad vil du foreslå?"),
        choices=SuggestionKind.choices,
        widget=forms.RadioSelect,
        initial=SuggestionKind.KNOWLEDGE,
    )
    # Every text has a limit, with a message saying which one is too long.
    text = forms.CharField(
        label=_("Dit forslag"),
        max_length=SUGGESTION_MAX_LENGTH,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Skriv fx en ny ting enheden ved noget om, en opgave de arbejder med, "
            "eller hvad der er forkert på visitkortet."
        ),
        error_messages={
            "required": _("Skriv dit forslag."),
            "max_length": _(
                "Forslaget er for langt: højst %(limit_value)d tegn (du har skrevet %(show_value)d)."
            ),
        },
    )
    task_description = _bounded_text(
        _("Beskrivelse af opgaven"),
        rows=2,
        message=_(
            "Beskrivelsen af opgaven er for lang: højst %(limit_value)d tegn "
            "(du har skrevet %(show_value)d)."
        ),
    )
    comment = _bounded_text(
        _("Hvorfor?"),
        help_text=_("Fx hvor du kender det fra. Det hjælper redaktøren med at beslutte."),
        rows=2,
        message=_(
            "Begrundelsen er for lang: højst %(limit_value)d tegn (du har skrevet %(show_value)d)."
        ),
    )

    class Meta:
        model = Suggestion
        fields = ["kind", "text", "task_description", "task_until", "comment"]
        labels = {"task_until": _("Slutdato for opgaven")}
        widgets = {"task_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    # The fields that fit only some kinds of suggestion (shown only for those; the rest
    # of a suggestion's fields fit every kind).
    KIND_FIELDS = {"task_description": ("task",), "task_until": ("task",)}

    def clean(self):
        data = super().clean()
        if data.get("kind") != SuggestionKind.TASK:
            # Left over from choosing "opgave" first: not part of this suggestion.
            data["task_description"], data["task_until"] = "", None
            self.errors.pop("task_until", None)
            return data
        until = data.get("task_until")
        if until and until < timezone.localdate():
            self.add_error(
                "task_until",
                _("Slutdatoen er passeret. En aktuel opgave skal slutte i dag eller senere."),
            )
        return data

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Skriv dit forslag."))
        return text


class AcceptSuggestionForm(forms.Form):
    text = forms.CharField(
        label=_("Tekst der kommer på visitkortet"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Du kan rette ordlyden, før du godkender."),
    )
    # Set by the "ret ordlyden" form: then an empty text is a mistake, not "use the original".
    edited = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if data.get("edited") and not (data.get("text") or "").strip():
            self.add_error("text", _("Skriv den tekst, der skal stå på visitkortet."))
        return data


class DeclineSuggestionForm(forms.Form):
    reason = forms.CharField(
        label=_("Begrundelse"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Forslagsstilleren ser begrundelsen. Skriv venligt og kort."),
        error_messages={"required": _("Skriv en kort begrundelse, så din kollega ved hvorfor.")},
    )


def area_filter_field() -> forms.ModelChoiceField:
    """The optional "Fagområde" filter of list pages, chosen by the area's key."""
    return forms.ModelChoiceField(
        label=_("Fagområde"),
        queryset=Area.objects.all(),
        to_field_name="key",
        required=False,
        empty_label=_("Alle fagområder"),
    )


class MaintenanceFilterForm(forms.Form):
    """Narrows and orders the list of stale visitkort (a query string)."""

    ORDERS = {
        "aeldst": ("profile_updated_at", "name"),
        "nyest": ("-profile_updated_at", "name"),
        "navn": ("name",),
        "omraade": ("area__name", "profile_updated_at"),
    }

    area = area_filter_field()
    age = forms.TypedChoiceField(
        label=_("Ikke opdateret i"),
        choices=[],
        coerce=int,
        required=False,
        empty_value=None,
    )
    order = forms.ChoiceField(
        label=_("Sortér efter"),
        choices=[
            ("aeldst", _("ældste først")),
            ("nyest", _("nyeste først")),
            ("navn", _("enhedens navn")),
            ("omraade", _("fagområde")),
        ],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        from django.conf import settings

        super().__init__(*args, **kwargs)
        stale = settings.TRAADE_STALE_MONTHS
        self.fields["age"].choices = [("", _("mindst %(n)d måneder") % {"n": stale})] + [
            (str(n), _("mindst %(n)d måneder") % {"n": n}) for n in (12, 24) if n > stale
        ]

    def filtered(self, units):
        """`units` narrowed and ordered as asked; unknown values are ignored."""
        self.is_valid()  # keeps the valid fields' values in cleaned_data
        data = self.cleaned_data
        if data.get("area"):
            units = units.filter(area=data["area"])
        if data.get("age"):
            cutoff = timezone.now() - datetime.timedelta(days=round(30.44 * data["age"]))
            units = units.filter(profile_updated_at__lt=cutoff)
        return units.order_by(*self.ORDERS[data.get("order") or "aeldst"])


class PersonForm(EditSnapshotMixin, forms.Form):
    title = forms.CharField(label=_("Stilling"), required=False, max_length=200)
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        error_messages={"invalid": _("Skriv en gyldig e-mailadresse, fx navn@kommune.dk.")},
    )
    phone = forms.CharField(label=_("Telefon"), required=False, max_length=50)
    expertise = PhraseListField(
        label=_("Særlig viden"),
        help_text=_("Det, kollegaer kan spørge dig om. Én ting pr. linje."),
    )
