"""The admin's permission matrix: every role against the admin's URLs.

It encodes the roles table of the README: each cell is what the role gets —
``ok`` (the page opens), ``no`` (refused: 403, or Wagtail's redirect to the
dashboard), ``mfa`` (sent to set up the second factor first) or ``login``
(treated as a visitor: sent to sign in). One test walks the whole matrix and
fails listing every cell that differs.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Collection

from council.documents import DRAFTS_COLLECTION as COUNCIL_DRAFTS
from council.documents import PUBLIC_COLLECTION as COUNCIL_PUBLIC
from council.factories import CouncilMeetingPageFactory, add_minutes
from council.models import CouncilMinutesPage
from events.factories import create_event
from hub.factories import (
    DocumentFactory,
    NewsPageFactory,
    StaffFactory,
    ThematicAreaFactory,
)
from hub.setup import ADMINISTRATORS, COUNCIL_SECRETARIES, EDITORS
from hub.setup import DRAFTS_COLLECTION as HUB_DRAFTS
from hub.setup import PUBLIC_COLLECTION as HUB_PUBLIC
from hub.translation import translate_into
from tests.consultations.conftest import build_consultation
from tests.staff import sign_in

ROLES = ["editor", "translator", "secretary", "administrator", "no_mfa"]
GROUPS = {
    "editor": [EDITORS],
    "translator": ["Translators"],
    "secretary": [COUNCIL_SECRETARIES],
    "administrator": [ADMINISTRATORS],
    "no_mfa": [EDITORS],
}


def row(editor, translator, secretary, administrator, no_mfa="mfa"):
    return dict(zip(ROLES, [editor, translator, secretary, administrator, no_mfa], strict=True))


ALL = row("ok", "ok", "ok", "ok")
STAFF = row("ok", "no", "no", "ok")  # editors' and administrators' only
ADMIN = row("no", "no", "no", "ok")  # administrators' only
COUNCIL = row("ok", "no", "ok", "ok")  # the Council's: editors, secretaries, administrators
TRANSLATION = row("ok", "ok", "no", "ok")  # a translation: translators fill it in
TRANSLATION_READ = row("ok", "ok", "no", "ok")  # they may look, not change the tree
PAGE_ACTIONS = ["edit", "delete", "view_draft", "history", "revisions", "copy", "move"]


def expected_page_cells(page_kind):
    """Page actions per kind of page (see README, Roles)."""
    if page_kind == "source":  # a page of the source language, outside the Council
        return {action: STAFF for action in PAGE_ACTIONS} | {"unpublish": STAFF}
    if page_kind == "translation":  # a draft translation, outside the Council
        cells = {action: STAFF for action in ("delete", "copy", "move")}
        cells |= {action: TRANSLATION_READ for action in ("edit", "view_draft")}
        cells |= {action: TRANSLATION_READ for action in ("history", "revisions")}
        return cells
    if page_kind == "council":  # draft minutes, in any language
        # Secretaries may copy or move within their section (the destination is checked).
        return {action: COUNCIL for action in PAGE_ACTIONS}
    raise ValueError(page_kind)


def collection(name):
    return Collection.objects.get(name=name)


@pytest.fixture
def world(hub, settings, tmp_path):
    settings.HUB_REQUIRE_STAFF_MFA = True
    # Documents are served from disk: the test settings' in-memory storage has no paths.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    pl, en = hub["locales"]["pl"], hub["locales"]["en"]
    news_pl = hub["sections"]["hub.NewsIndexPage"]["pl"]
    source = NewsPageFactory(parent=news_pl, title="Wiadomość źródłowa", slug="zrodlowa")
    source.save_revision().publish()
    translation = translate_into(
        source,
        en,
        {source.title: "Source news", source.slug: "source-news", source.lead: "A lead."},
        publish=False,
    )
    sections = hub["sections"]
    meeting = create_event(
        sections["council.CouncilMeetingIndexPage"]["pl"],
        factory=CouncilMeetingPageFactory,
        start=timezone.now() - datetime.timedelta(days=3),
    )
    # Draft minutes with their signed PDF, which the model keeps in the Council's drafts.
    minutes = add_minutes(
        meeting, signed_pdf=DocumentFactory(collection=collection(COUNCIL_PUBLIC))
    )
    assert not minutes.live and minutes.signed_pdf.collection.name == COUNCIL_DRAFTS
    consultation = build_consultation(sections["consultations.ConsultationIndexPage"]["pl"])
    area_pl = ThematicAreaFactory(locale=pl, code="zdrowie", name="Zdrowie")
    # Through wagtail-localize, as translators' translations are made.
    area_en = translate_into(area_pl, en, {"Zdrowie": "Health", "zdrowie": "zdrowie"})
    documents = {
        name: DocumentFactory(collection=collection(name))
        for name in (HUB_PUBLIC, HUB_DRAFTS, COUNCIL_PUBLIC, COUNCIL_DRAFTS)
    }
    return {
        "pages": {"source": source, "translation": translation, "council": minutes},
        "consultation": consultation,
        "areas": (area_pl, area_en),
        "documents": documents,
        "site_id": hub["homes"]["pl"].get_site().pk,
    }


def page_url(page, action):
    if action == "revisions":
        revision = page.get_latest_revision() or page.save_revision()
        return f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/"
    return f"/admin/pages/{page.pk}/{action}/"


def matrix(world):
    """(label, url, expected row) for every cell."""
    cells = []
    for kind, page in world["pages"].items():
        for action, expected in expected_page_cells(kind).items():
            if action == "unpublish" and not page.live:
                continue
            cells.append((f"{kind} page: {action}", page_url(page, action), expected))
    docs = world["documents"]
    cells += [
        ("document, public collection", docs[HUB_PUBLIC].url, row("ok", "ok", "ok", "ok", "ok")),
        (
            "document, restricted collection",
            docs[HUB_DRAFTS].url,
            row("ok", "login", "login", "ok", "login"),
        ),
        (
            "document, Council public collection",
            docs[COUNCIL_PUBLIC].url,
            row("ok", "ok", "ok", "ok", "ok"),
        ),
        (
            "document, Council drafts collection",
            docs[COUNCIL_DRAFTS].url,
            row("ok", "login", "ok", "ok", "login"),
        ),
        ("admin: document list", "/admin/documents/", row("ok", "no", "ok", "ok")),
        (
            "admin: edit a restricted document",
            f"/admin/documents/edit/{docs[HUB_DRAFTS].pk}/",
            STAFF,
        ),
        (
            "admin: edit a Council draft document",
            f"/admin/documents/edit/{docs[COUNCIL_DRAFTS].pk}/",
            COUNCIL,
        ),
    ]
    area_pl, area_en = world["areas"]
    cells += [
        ("snippets: thematic areas", "/admin/snippets/hub/thematicarea/", TRANSLATION),
        (
            "snippets: edit a source thematic area",
            f"/admin/snippets/hub/thematicarea/edit/{area_pl.pk}/",
            STAFF,
        ),
        (
            "snippets: edit a translated thematic area",
            f"/admin/snippets/hub/thematicarea/edit/{area_en.pk}/",
            TRANSLATION,
        ),
        ("snippets: add an alert banner", "/admin/snippets/hub/alertbanner/add/", STAFF),
        ("snippets: organisations", "/admin/snippets/hub/organisation/", TRANSLATION),
        ("reports: site history", "/admin/reports/site-history/", STAFF),
        ("translation status board", "/admin/translations/", STAFF),
        ("translation status board: CSV", "/admin/translations/?export=csv", STAFF),
        ("translators' queue", "/admin/translations/queue/", ALL),
        ("users", "/admin/users/", ADMIN),
        ("groups", "/admin/groups/", ADMIN),
        ("sites", "/admin/sites/", ADMIN),
        ("locales", "/admin/locales/", ADMIN),
        ("settings: site settings", f"/admin/settings/hub/sitesettings/{world['site_id']}/", STAFF),
        ("redirects", "/admin/redirects/", STAFF),
        ("registrations", "/admin/event_registrations/", STAFF),
        ("registrations: CSV", "/admin/event_registrations/?export=csv", STAFF),
    ]
    consultation = world["consultation"]
    base = "/admin/consultation-results/"
    cells += [
        ("consultation results", base, STAFF),
        ("consultation results: one", f"{base}{consultation.pk}/", STAFF),
        ("consultation export: CSV", f"{base}{consultation.pk}/csv/", STAFF),
        ("consultation export: JSON", f"{base}{consultation.pk}/json/", STAFF),
    ]
    return cells


def outcome(response):
    if response.status_code == 200:
        return "ok"
    if response.status_code == 403:
        return "no"
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith(reverse("mfa_activate_totp")):
            return "mfa"
        if "/accounts/login/" in location or "/_util/login/" in location:
            return "login"
        if location.rstrip("/").endswith("/admin") or location == "/admin/":
            return "no"
    return f"{response.status_code} {response.get('Location', '')}"


def test_every_role_gets_what_the_roles_table_says(client, world):
    users = {role: StaffFactory(username=f"matrix-{role}", groups=GROUPS[role]) for role in ROLES}
    differences = []
    cells = matrix(world)
    for role in ROLES:
        client.logout()
        sign_in(client, users[role], mfa=role != "no_mfa")
        for label, url, expected in cells:
            got = outcome(client.get(url))
            if got != expected[role]:
                differences.append(f"{role:<13} {label:<45} expected {expected[role]}, got {got}")
    assert not differences, "\n" + "\n".join(differences)
    # The matrix saw both sides: cells opened and cells refused for each role.
    for role in ("editor", "translator", "secretary"):
        column = {expected[role] for _label, _url, expected in cells}
        assert "ok" in column and ({"no", "login"} & column), role


def test_a_translator_cannot_delete_a_draft_and_it_stays(client, world):
    translator = StaffFactory(username="matrix-translator-post", groups=["Translators"])
    sign_in(client, translator)
    draft = world["pages"]["translation"]
    assert client.get(f"/admin/pages/{draft.pk}/edit/").status_code == 200
    client.post(f"/admin/pages/{draft.pk}/delete/")
    assert type(draft).objects.filter(pk=draft.pk).exists()
    minutes = world["pages"]["council"]
    client.post(f"/admin/pages/{minutes.pk}/delete/")
    assert CouncilMinutesPage.objects.filter(pk=minutes.pk).exists()


def test_a_translator_does_not_find_council_drafts_in_the_admin_search(client, world):
    translator = StaffFactory(username="matrix-translator-search", groups=["Translators"])
    sign_in(client, translator)
    minutes = world["pages"]["council"]
    translation = world["pages"]["translation"]
    html = client.get("/admin/pages/search/", {"q": minutes.title}).content.decode()
    assert f"/admin/pages/{minutes.pk}/" not in html
    html = client.get("/admin/pages/search/", {"q": translation.title}).content.decode()
    assert f"/admin/pages/{translation.pk}/" in html


def test_a_translator_of_one_language_does_not_edit_another(client, world, hub):
    translator = StaffFactory(username="matrix-translator-uk", groups=["Translators (uk)"])
    sign_in(client, translator)
    english = world["pages"]["translation"]
    assert outcome(client.get(f"/admin/pages/{english.pk}/edit/")) == "no"
    ukrainian = translate_into(
        world["pages"]["source"],
        hub["locales"]["uk"],
        {
            "Wiadomość źródłowa": "Новина",
            "zrodlowa": "novyna",
            world["pages"]["source"].lead: "Вступ.",
        },
        publish=False,
    )
    assert outcome(client.get(f"/admin/pages/{ukrainian.pk}/edit/")) == "ok"
