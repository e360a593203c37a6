"""Choosers of areas, people and organisations stay in the edited page's language,
and the admin's own texts follow the editor's admin language (issue 12, item 7)."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from events.factories import create_event
from hub.factories import (
    OrganisationFactory,
    ThematicAreaFactory,
    create_news,
    translate_snippet,
)
from hub.models import NewsPage
from hub.translation import translate_into


@pytest.fixture
def health(locales):
    """An area in Polish and its English translation."""
    polish = ThematicAreaFactory(code="health", name="Zdrowie", locale=locales["pl"])
    english = translate_snippet(polish, "en", name="Health")
    return polish, english


@pytest.fixture
def polish_news(news_indexes, health):
    return create_news(news_indexes["pl"], areas=[health[0]], title="Szczepienia w przychodniach")


def admin_language(user, code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def chooser_urls(html):
    return re.findall(r"(/admin/snippets/choose/hub/thematicarea/[\w/?=]*)", html)


def test_the_area_chooser_of_a_polish_page_lists_polish_areas_only(
    editor_client, polish_news, health
):
    html = editor_client.get(edit_url(polish_news)).content.decode()
    urls = chooser_urls(html)
    assert urls and all(url.endswith("?locale=pl") for url in urls), urls
    listing = editor_client.get(urls[0]).json()["html"]
    assert "Zdrowie" in listing, "the Polish area is offered"
    assert "Health" not in listing, "the English one is not"
    # The same chooser without the pin lists both: the filter is what hides it.
    unpinned = editor_client.get(urls[0].split("?")[0]).json()["html"]
    assert "Zdrowie" in unpinned and "Health" in unpinned


def test_the_area_chooser_of_an_english_page_lists_english_areas(
    editor_client, news_indexes, health
):
    news = create_news(news_indexes["en"], areas=[health[1]], title="Vaccinations")
    urls = chooser_urls(editor_client.get(edit_url(news)).content.decode())
    assert urls and all(url.endswith("?locale=en") for url in urls), urls
    listing = editor_client.get(urls[0]).json()["html"]
    assert "Health" in listing and "Zdrowie" not in listing


def news_data(news, areas, **fields):
    return nested_form_data(
        {
            "title": news.title,
            "slug": news.slug,
            "publication_date": news.publication_date.strftime("%Y-%m-%d %H:%M"),
            "lead": news.lead,
            "body": streamfield([]),
            "area_links": inline_formset([{"area": area.pk} for area in areas]),
            "comments": inline_formset([]),
            **fields,
        }
    )


def test_saving_a_polish_news_with_an_english_area_is_refused(
    editor_client, editor, polish_news, health
):
    polish, english = health
    admin_language(editor, "en")
    response = editor_client.post(edit_url(polish_news), news_data(polish_news, [english]))
    assert response.status_code == 200
    html = response.content.decode()
    refusal = "“Health” is in English and what you are editing in Polish: choose one in Polish."
    assert refusal in html
    stored = NewsPage.objects.get(pk=polish_news.pk).get_latest_revision_as_object()
    assert [link.area for link in stored.area_links.all()] == [polish]

    # The same save with the Polish area goes through (the control).
    response = editor_client.post(edit_url(polish_news), news_data(polish_news, [polish]))
    assert response.status_code == 302, response.context["form"].errors


def test_the_refusal_reads_in_the_polish_admin(editor_client, editor, polish_news, health):
    admin_language(editor, "pl")
    response = editor_client.post(edit_url(polish_news), news_data(polish_news, [health[1]]))
    assert response.status_code == 200
    html = response.content.decode()
    refusal = (
        "„Health” ma język: angielski, a edytowana treść: polski. Wybierz element w języku: polski."
    )
    assert refusal in html


def test_translating_a_page_points_it_at_the_areas_translation(polish_news, health, locales):
    polish, english = health
    translated = translate_into(polish_news, locales["en"], {}, strict=False)
    translated = Page.objects.get(pk=translated.pk).specific
    assert translated.locale == locales["en"]
    assert [link.area for link in translated.area_links.all()] == [english]
    assert [link.area for link in polish_news.area_links.all()] == [polish]


def test_chooser_texts_follow_the_admin_language(editor_client, editor, polish_news):
    admin_language(editor, "pl")
    polish = editor_client.get(edit_url(polish_news)).content.decode()
    assert "Wybierz: obszar tematyczny" in polish
    assert "Choose thematic area" not in polish
    admin_language(editor, "en")
    english = editor_client.get(edit_url(polish_news)).content.decode()
    assert "Choose thematic area" in english
    assert "Wybierz" not in english


def test_an_events_area_and_organiser_choosers_are_pinned_to_its_language(
    editor_client, hub, health
):
    organiser = OrganisationFactory(name="Fundacja Wielokultury")
    translate_snippet(organiser, "en", name="Multicultural Foundation")
    event = create_event(
        hub["sections"]["events.EventIndexPage"]["pl"], areas=[health[0]], organiser=organiser
    )
    html = editor_client.get(edit_url(event)).content.decode()
    assert chooser_urls(html) and all(url.endswith("?locale=pl") for url in chooser_urls(html))
    organisers = re.findall(r"(/admin/snippets/choose/hub/organisation/[\w/?=]*)", html)
    assert organisers and all(url.endswith("?locale=pl") for url in organisers), organisers
    listing = editor_client.get(organisers[0]).json()["html"]
    assert "Fundacja Wielokultury" in listing and "Multicultural Foundation" not in listing


def test_an_organisations_area_chooser_is_pinned_to_its_language(editor_client, locales):
    english = OrganisationFactory(name="Multicultural Foundation", locale=locales["en"])
    url = reverse("wagtailsnippets_hub_organisation:edit", args=[english.pk])
    urls = chooser_urls(editor_client.get(url).content.decode())
    assert urls and all(url.endswith("?locale=en") for url in urls), urls
