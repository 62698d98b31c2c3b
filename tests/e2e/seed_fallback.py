"""A small stand-in for `traade demo` while the demo command does not exist yet.

Run as `traade shell -c "import tests.e2e.seed_fallback"` is not needed: the e2e
fixture runs this file with the server's environment.
"""

import datetime

import django

django.setup()

from django.utils import timezone  # noqa: E402

from traade.builders import make_area, make_person, make_unit, make_user  # noqa: E402

sundhed = make_area(key="sundhed", name="Sundhed og Omsorg")
boern = make_area(key="boern", name="Børn og Unge")
aeldre = make_unit(key="u-aeldre", name="Ældreområdet", area=sundhed, kind="center")
solgaarden = make_unit(
    key="u-solgaarden",
    name="Plejecenter Solgården",
    area=sundhed,
    parent=aeldre,
    kind="institution",
    description="Plejecenter med 48 boliger.",
    knowledge=["demens", "velfærdsteknologi"],
    email="solgaarden@egeby.dk",
)
hjemmepleje = make_unit(
    key="u-hjemmepleje",
    name="Hjemmeplejen Nord",
    area=sundhed,
    parent=aeldre,
    knowledge=["demens", "rehabilitering"],
    profile_updated_at=timezone.now() - datetime.timedelta(days=400),
)
make_unit(key="u-skolen", name="Egeby Skole", area=boern, kind="institution")
make_person(
    key="p-1", name="Mette Hansen", unit=hjemmepleje, user=make_user("medarbejder", password="demo")
)
make_person(
    key="p-2",
    name="Lars Holm",
    title="Centerleder",
    unit=solgaarden,
    is_leader=True,
    user=make_user("leder", password="demo"),
)
make_user("procesleder", password="demo", is_process_leader=True, first_name="Pia")
