"""The demo consultations: three phases, three languages, responses counted together."""

import pytest

from forum.consultations.models import ConsultationPage, Phase, Response

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo


def test_demo_has_an_open_a_closed_and_a_reported_consultation_in_every_language(hub):
    pages = ConsultationPage.objects.live().select_related("locale")
    phases = {}
    for page in pages.filter(
        slug__in=[
            "aktualizacja-modelu-2027",
            "standardy-obslugi-cudzoziemcow",
            "konsultacje-modelu-2016",
        ]
    ):
        phases[page.slug] = page.phase()
        assert {t.locale.language_code for t in page.get_translations(inclusive=True)} == {
            "pl",
            "en",
            "uk",
        }
    assert phases == {
        "aktualizacja-modelu-2027": Phase.OPEN,
        "standardy-obslugi-cudzoziemcow": Phase.CLOSED,
        "konsultacje-modelu-2016": Phase.REPORTED,
    }


def test_small_demo_has_about_30_responses_in_several_languages(hub):
    assert 25 <= Response.objects.count() <= 40
    assert set(Response.objects.values_list("language", flat=True)) == {"pl", "en", "uk"}
    # The 2016 respondents' personal data are long gone.
    reported = ConsultationPage.objects.get(slug="konsultacje-modelu-2016")
    old = Response.objects.for_consultation(reported)
    assert old.exists() and not old.exclude(name="", email="").exists()


def test_seeding_again_creates_nothing(hub):
    from forum.consultations.demo import seed_consultations
    from hub.demo.seed import SeedReport

    report = SeedReport()
    context = dict(hub, small=True)
    seed_consultations(context, report)
    assert report.created == {}
