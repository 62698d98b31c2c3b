"""Readable keys for records made in the app ("c-unge-der-isolerer-sig"), kept in URLs and
in the exchange format."""

from __future__ import annotations

from django.utils.text import slugify

DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def danish_slug(text: str) -> str:
    """A slug that keeps the Danish letters readable: "Forår på Ærø" -> "foraar-paa-aeroe"
    (Django's slugify alone drops æ and ø)."""
    return slugify(text.translate(DANISH))


def new_key(model, prefix: str, title: str, fallback: str, *, stem_length: int = 60) -> str:
    """An unused key for `model`: the prefix and the title's first words, numbered if
    taken ("c-unge", "c-unge-2", …)."""
    limit = model._meta.get_field("key").max_length
    stem = prefix + (danish_slug(title)[:stem_length].strip("-") or fallback)
    key, number = stem, 1
    while model.objects.filter(key=key).exists():
        number += 1
        key = f"{stem}-{number}"[:limit]
    return key
