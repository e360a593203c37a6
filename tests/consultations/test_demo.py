"""The demo consultations: three phases, three languages, responses counted together.

The consultations' part of the demo is seeded inside the test, on the bare hub;
the pages are found through the demo's own data, by the key of each scenario.
"""

from forum.consultations.demo.seed import CONSULTATIONS, SOURCE, seed_consultations
from forum.consultations.models import ConsultationPage, Phase, Response
from hub.demo.seeder import SeedReport

SLUGS = {spec["key"]: spec["slug"][SOURCE] for spec in CONSULTATIONS}


def seed(hub):
    report = SeedReport()
    seed_consultations(dict(hub, small=True), report)
    return report


# One test, because seeding takes most of the file's time budget: the pages,
# the responses, then seeding a second time.


def test_the_demo_consultations_cover_every_phase_language_and_a_second_seed_adds_nothing(hub):
    first = seed(hub)

    # An open, a closed and a reported consultation, each in every language.
    pages = ConsultationPage.objects.live().select_related("locale")
    phases = {}
    for key, slug in SLUGS.items():
        page = pages.get(slug=slug, locale__language_code=SOURCE)
        phases[key] = page.phase()
        assert {t.locale.language_code for t in page.get_translations(inclusive=True)} == {
            "pl",
            "en",
            "uk",
        }
    assert phases == {"open": Phase.OPEN, "closed": Phase.CLOSED, "reported": Phase.REPORTED}

    # About 30 responses in several languages.
    assert 25 <= Response.objects.count() <= 40
    assert set(Response.objects.values_list("language", flat=True)) == {"pl", "en", "uk"}
    # The 2016 respondents' personal data are long gone...
    reported = pages.get(slug=SLUGS["reported"], locale__language_code=SOURCE)
    old = Response.objects.for_consultation(reported)
    assert old.exists() and not old.exclude(name="", email="").exists()
    # ...while those of the open consultation are kept.
    current = pages.get(slug=SLUGS["open"], locale__language_code=SOURCE)
    assert Response.objects.for_consultation(current).exclude(name="", email="").exists()

    # Seeding again creates nothing (the first time it did).
    assert first.created.get("consultations") == len(CONSULTATIONS)
    assert seed(hub).created == {}
