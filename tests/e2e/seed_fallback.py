"""A small stand-in for `traade demo`, used only while the demo command is unfinished.

The e2e fixture runs it when TRAADE_E2E_FALLBACK_SEED=1. Same log-ins and unit keys
as the demo municipality (Skovlund Kommune).
"""

import datetime

import django

django.setup()

from django.utils import timezone  # noqa: E402

from traade.builders import make_area, make_person, make_unit, make_user  # noqa: E402

sundhed = make_area(key="sundhed", name="Sundhed og Omsorg")
boern = make_area(key="boern", name="Børn og Unge")
aeldre = make_unit(key="u-aeldre", name="Ældreområdet", area=sundhed, kind="center")
lindegaarden = make_unit(
    key="u-lindegaarden",
    name="Plejecenter Lindegården",
    area=sundhed,
    parent=aeldre,
    kind="institution",
    description="Plejecenter med 48 boliger.",
    knowledge=["demens", "velfærdsteknologi"],
    email="lindegaarden@skovlund.dk",
)
hjemmepleje = make_unit(
    key="u-hjp-by",
    name="Hjemmeplejen Skovlund By",
    area=sundhed,
    parent=aeldre,
    knowledge=["demens", "rehabilitering"],
    profile_updated_at=timezone.now() - datetime.timedelta(days=400),
)
make_unit(key="u-demens", name="Demensteamet", area=sundhed, parent=aeldre, knowledge=["demens"])
make_unit(key="u-skolen", name="Skovlund Skole", area=boern, kind="institution")
make_person(
    key="p-1", name="Mette Hansen", unit=hjemmepleje, user=make_user("medarbejder", password="demo")
)
make_person(
    key="p-2",
    name="Lars Holm",
    title="Centerleder",
    unit=lindegaarden,
    is_leader=True,
    user=make_user("leder", password="demo"),
)
make_user("procesleder", password="demo", is_process_leader=True, first_name="Pia")

from traade import search  # noqa: E402

search.rebuild()
