"""Opinions and resolutions: numbered per year, listed with filters."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from council.models import CouncilOpinionArea, CouncilOpinionPage
from hub.factories import ThematicAreaFactory


def add_opinion(index, title, adopted_on, kind="opinion", area=None):
    opinion = CouncilOpinionPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        kind=kind,
        adopted_on=adopted_on,
        subject=f"Temat: {title}",
        text=[("paragraph", "<p>Treść.</p>")],
        prepared_by="Sekretarz Rady",
        prepared_on=adopted_on,
    )
    if area is not None:
        opinion.area_links.add(CouncilOpinionArea(area=area))
    index.add_child(instance=opinion)
    return opinion


def test_numbers_run_per_year_and_kind(council):
    index = council["opinions"]["pl"]
    first = add_opinion(index, "Opinia A", date(2031, 2, 1))
    second = add_opinion(index, "Opinia B", date(2031, 5, 1))
    resolution = add_opinion(index, "Uchwala A", date(2031, 6, 1), kind="resolution")
    next_year = add_opinion(index, "Opinia C", date(2032, 1, 15))
    assert first.reference == "1/2031"
    assert second.reference == "2/2031"
    assert resolution.reference == "1/2031"
    assert next_year.reference == "1/2032"


def test_a_taken_number_is_refused_with_a_clear_message(council):
    index = council["opinions"]["pl"]
    add_opinion(index, "Opinia D", date(2033, 2, 1))
    duplicate = CouncilOpinionPage(
        title="Opinia E",
        slug="opinia-e",
        number=1,
        adopted_on=date(2033, 3, 1),
        subject="Temat",
        text=[("paragraph", "<p>Treść.</p>")],
        prepared_by="Sekretarz Rady",
        prepared_on=date(2033, 3, 1),
    )
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=duplicate)
    assert "number" in error.value.message_dict


def test_the_listing_filters_by_year_kind_and_area(client, council):
    index = council["opinions"]["pl"]
    areas = [ThematicAreaFactory(locale=index.locale) for _ in range(2)]
    add_opinion(index, "Opinia Zdrowie", date(2031, 2, 1), area=areas[0])
    add_opinion(index, "Uchwala Praca", date(2031, 3, 1), kind="resolution", area=areas[1])
    add_opinion(index, "Opinia Pozniej", date(2032, 3, 1), area=areas[1])
    html = client.get(index.url, {"year": 2031}).content.decode()
    assert "Opinia Zdrowie" in html and "Uchwala Praca" in html
    assert "Opinia Pozniej" not in html
    html = client.get(index.url, {"kind": "resolution"}).content.decode()
    assert "Uchwala Praca" in html and "Opinia Zdrowie" not in html
    html = client.get(index.url, {"area": areas[1].code}).content.decode()
    assert "Uchwala Praca" in html and "Opinia Pozniej" in html
    assert "Opinia Zdrowie" not in html


def test_opinions_are_translated_with_the_same_number(council, locales):
    index = council["opinions"]["pl"]
    add_opinion(index, "Opinia F", date(2034, 2, 1))
    second = add_opinion(index, "Opinia G", date(2034, 4, 1))
    for code in ("uk", "en"):
        second.copy_for_translation(locales[code])
    translations = second.get_translations()
    assert translations.count() == 2
    for translation in translations:
        assert translation.specific.reference == second.reference == "2/2034"
