"""Editors manage organisations (with their areas and groups) and the Forum's pages."""

import inspect
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale

import hub.models.people
from forum.models import BodyMembership
from hub.factories import ThematicAreaFactory
from hub.models import Organisation


def test_editor_edits_an_organisation_with_its_areas_and_groups(editor_client, make_organisation):
    for code in ("health", "work"):
        ThematicAreaFactory(code=code, locale=Locale.objects.get(language_code="pl"))
    organisation = make_organisation(
        "fundacja-wspolny-dom", areas=("health", "work"), groups=("health",)
    )
    url = reverse("wagtailsnippets_hub_organisation:edit", args=[organisation.pk])
    response = editor_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_area_links-TOTAL_FORMS"' in html
    assert 'id="id_group_links-TOTAL_FORMS"' in html
    assert organisation.area_links.count() == 2


def test_the_foundations_name_no_row_the_forum_defines():
    # The Forum contributes the inline rows (forum.wagtail_hooks) that the form above shows.
    source = inspect.getsource(hub.models.people)
    assert "area_links" not in source
    assert "group_links" not in source
    names = [getattr(panel, "relation_name", None) for panel in Organisation.panels]
    assert names[-2:] == ["area_links", "group_links"]


def test_editor_may_add_people(editor_client):
    response = editor_client.get(reverse("wagtailsnippets_hub_person:add"))
    assert response.status_code == 200


def test_a_body_term_cannot_end_before_it_starts():
    row = BodyMembership(term_start=date(2026, 1, 1), term_end=date(2025, 1, 1))
    with pytest.raises(ValidationError) as error:
        row.clean()
    assert "term_end" in error.value.message_dict


def test_session_form_has_an_agenda_and_no_kind_field(editor_client, forum_sections):
    index = forum_sections["sessions"]["pl"]
    url = reverse("wagtailadmin_pages:add", args=("forum", "plenarysessionpage", index.pk))
    response = editor_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_agenda_items-TOTAL_FORMS"' in html
    assert 'name="kind"' not in html


def test_group_form_has_leaders(editor_client, forum_sections):
    index = forum_sections["groups"]["pl"]
    url = reverse("wagtailadmin_pages:add", args=("forum", "workinggrouppage", index.pk))
    response = editor_client.get(url)
    assert response.status_code == 200
    assert 'id="id_leaders-TOTAL_FORMS"' in response.content.decode()


def test_body_form_has_its_composition(editor_client, forum_sections):
    index = forum_sections["bodies"]["pl"]
    url = reverse("wagtailadmin_pages:add", args=("forum", "governingbodypage", index.pk))
    response = editor_client.get(url)
    assert response.status_code == 200
    assert 'id="id_memberships-TOTAL_FORMS"' in response.content.decode()
