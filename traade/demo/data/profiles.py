"""All profiles, by key."""

from . import profiles_care, profiles_children, profiles_management, profiles_social, profiles_town

PROFILES: dict[str, dict] = {}
for module in (
    profiles_management,
    profiles_children,
    profiles_care,
    profiles_social,
    profiles_town,
):
    overlap = PROFILES.keys() & module.PROFILES.keys()
    if overlap:
        raise ValueError(f"profiles defined twice: {sorted(overlap)}")
    PROFILES.update(module.PROFILES)
