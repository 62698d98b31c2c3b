"""What the challenge exchange makes findable: udfordringer with their responses.

Registered with the search module in `ChallengesConfig.ready()`.
"""

from __future__ import annotations

import datetime

from django.utils.translation import gettext_lazy as _

from traade import search
from traade.search.documents import Document, grouped, sentences

from .models import Challenge, ChallengeStatus, Response


def load_challenges(ids: list[int], today: datetime.date) -> list[Document]:
    responses = grouped(
        Response.objects.filter(challenge_id__in=ids)
        .order_by("position", "pk")
        .values("challenge_id", "text"),
        "challenge_id",
    )
    docs = []
    for c in (
        Challenge.objects.filter(pk__in=ids)
        .order_by("pk")
        .values("pk", "key", "title", "description", "status", "unit__name", "unit__area__key")
    ):
        docs.append(
            Document(
                kind="challenge",
                obj_id=c["pk"],
                key=c["key"],
                title=c["title"],
                area=c["unit__area__key"],
                status=c["status"],
                fields={
                    "name": c["title"],
                    "body": sentences(
                        [c["description"], *(r["text"] for r in responses.get(c["pk"], ()))]
                    ),
                    "context": c["unit__name"],
                },
            )
        )
    return docs


def register() -> None:
    search.register(
        search.Kind(
            name="challenge",
            model="challenges.Challenge",
            load=load_challenges,
            url_name="challenges:challenge-detail",
            label=_("Udfordringer"),
            singular=_("Udfordring"),
            order=40,
            statuses=lambda: list(ChallengeStatus.choices),
        )
    )
    search.register(search.Part(model="challenges.Response", owner=lambda r: r.challenge))
