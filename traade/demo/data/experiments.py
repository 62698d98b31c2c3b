"""All prøvehandlinger, by the profile of the unit that ran them.

Each record: key, profile (the generator picks a unit with that profile, taking a
shared profile's units in turn), "status result phase", title, why, what, learning,
tags, partners, and `also`: profiles of further units that took part.
"""

from .experiments_people import EXPERIMENTS as PEOPLE
from .experiments_places import EXPERIMENTS as PLACES

EXPERIMENTS = [*PEOPLE, *PLACES]
