"""The partner portal in a browser: a partner's event from the form to the calendar.

A partner signs in on the site's sign-in page, writes an event with an image,
previews and submits it; an editor signs in with password and TOTP code and
approves it in Wagtail; the event is then in the calendar, its iCal feed and the
organisation's profile, and the partner's e-mail links to the portal only.  An
editor's request for changes reaches the partner's dashboard and e-mail, and the
corrected item goes back into review.  The event form works by keyboard alone, and
Tab reaches every control of the other forms, with the focus visible.

The data is built with the factories on pytest-django's live server
(``database_beside_playwright`` in conftest.py).
"""

import datetime
import io
import re
import urllib.request

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.core import mail
from django.test import Client
from django.utils import timezone
from PIL import Image
from wagtail.models import WorkflowState

from events.models import EventPage
from hub.factories import OrganisationFactory, StaffFactory, ThematicAreaFactory, can_sign_in
from hub.mail import send_due
from hub.models import NewsPage
from hub.setup import EDITORS
from tests.portal.partners import PASSWORD, member, news_data

pytestmark = pytest.mark.e2e

TITLE = "Dyżur prawny dla cudzoziemców"
EDITOR_PASSWORD = "editor-password-2026"


def png(colour=(30, 120, 200)):
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buffer, "PNG")
    return {"name": "plakat.png", "mimeType": "image/png", "buffer": buffer.getvalue()}


def totp_code(secret):
    counter = int(timezone.now().timestamp()) // 30
    return format_hotp_value(hotp_value(secret, counter))


def sign_in(page, base, email, password, next_url):
    page.goto(f"{base}/pl/accounts/login/?next={next_url}")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Hasło").fill(password)
    page.get_by_role("button", name="Zaloguj").click()


def editor_signs_in(browser, base, editor, secret):
    """The editor's own browser, signed in with password and a TOTP code, in the admin."""
    context = browser.new_context(locale="pl-PL")
    page = context.new_page()
    sign_in(page, base, editor.email, EDITOR_PASSWORD, "/admin/")
    page.wait_for_url("**/2fa/authenticate/**")
    page.locator("input[name=code]").fill(totp_code(secret))
    page.get_by_role("button", name="Zaloguj").click()
    page.wait_for_url(f"{base}/admin/")
    return context, page


@pytest.fixture
def organisation(database_beside_playwright, live_server, hub):
    return OrganisationFactory(locale=hub["locales"]["pl"], name="Fundacja Przystań")


@pytest.fixture
def partner(organisation):
    return member(organisation, "przystan@example.org", admin=True)


@pytest.fixture
def staff_editor(hub, settings):
    settings.HUB_REQUIRE_STAFF_MFA = True
    editor = can_sign_in(StaffFactory(username="redaktorka", groups=[EDITORS]), EDITOR_PASSWORD)
    secret = generate_totp_secret()
    TOTP.activate(editor, secret)
    return editor, secret


def test_partner_event_from_form_to_calendar(
    database_beside_playwright, live_server, hub, organisation, partner, staff_editor, page
):
    base = live_server.url
    editor, secret = staff_editor
    start = (timezone.localtime() + datetime.timedelta(days=12)).replace(
        hour=17, minute=0, second=0, microsecond=0
    )
    mail.outbox.clear()

    browser = page.context.browser  # the browser comes after the database (conftest.py)

    # The partner signs in through the site's sign-in page and lands on the portal.
    sign_in(page, base, partner.email, PASSWORD, "/pl/partners/")
    page.wait_for_url(f"{base}/pl/partners/")
    assert page.locator("h1").inner_text() == "Portal partnerów"
    page.get_by_role("link", name="Dodaj wydarzenie").click()
    page.get_by_label("Tytuł", exact=True).fill(TITLE)
    page.get_by_label("Wstęp", exact=True).fill("Bezpłatne porady prawne po polsku i ukraińsku.")
    page.get_by_label("Tekst", exact=True).fill(
        "Prawnicy odpowiadają na pytania.\n\nZapisy niepotrzebne."
    )
    page.get_by_label("Obraz", exact=True).set_input_files(png())
    page.get_by_label("Tekst alternatywny obrazu").fill("Plakat dyżuru prawnego")
    page.get_by_label("Początek").fill(start.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Miejsce", exact=True).fill("Biblioteka Manhattan")
    page.get_by_label("Adres miejsca").fill("al. Grunwaldzka 82, Gdańsk")
    page.get_by_role("button", name="Zapisz i pokaż podgląd").click()

    # The preview is the public page: the title, the image with its description.
    page.wait_for_url("**/preview/")
    assert page.locator("h1").inner_text() == TITLE
    assert page.locator("main img[alt='Plakat dyżuru prawnego']").count() == 1
    assert "Biblioteka Manhattan" in page.locator("main").inner_text()
    event = EventPage.objects.get(title=TITLE)
    assert not event.live

    page.goto(f"{base}/pl/partners/")
    page.get_by_role("link", name=re.compile(f"^Wyślij do recenzji\\W+{TITLE}$")).click()
    page.locator("main form").get_by_role("button", name="Wyślij do recenzji").click()
    page.wait_for_url(f"{base}/pl/partners/")
    assert "W recenzji" in page.locator("main table").inner_text()

    # The editor signs in with password and a TOTP code, and approves in Wagtail.
    context, page = editor_signs_in(browser, base, editor, secret)
    page.goto(f"{base}/admin/pages/{event.pk}/edit/")
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    with page.expect_navigation():
        page.get_by_role("button", name="Akceptuj i Opublikuj", exact=True).click()
    assert f"'{TITLE}' została zaktualizowana" in page.locator(".messages").inner_text()
    context.close()

    event.refresh_from_db()
    assert event.live
    assert WorkflowState.objects.for_instance(event).get().status == "approved"

    # Live: in the calendar, its iCal feed and the organisation's profile.
    context = browser.new_context(locale="pl-PL")
    page = context.new_page()
    calendar = hub["sections"]["events.EventIndexPage"]["pl"]
    page.goto(base + calendar.url)
    assert page.get_by_role("link", name=TITLE).count() >= 1
    with urllib.request.urlopen(base + calendar.url + "ical/") as response:
        feed = response.read().decode()
    assert f"SUMMARY:{TITLE}" in feed.replace("\r\n ", "")
    directory = hub["sections"]["forum.OrganisationDirectoryPage"]["pl"].specific
    page.goto(base + directory.profile_url(organisation))
    assert page.get_by_role("link", name=TITLE).count() == 1
    context.close()

    # Both of the partner's e-mails (received, then approved) link to the portal, the
    # approval also to the public page, never to the admin.
    send_due(everything=True)
    received, message = [m for m in mail.outbox if m.to == [partner.email]]
    assert received.subject == f"Przyjęte do sprawdzenia: {TITLE}"
    assert "http://testserver/pl/accounts/login/?next=/pl/partners/" in received.body
    assert TITLE in message.subject and "Przyjęte" not in message.subject
    assert "http://testserver/pl/accounts/login/?next=/pl/partners/" in message.body
    assert event.full_url in message.body
    assert "/admin/" not in received.body + message.body


def test_request_changes_round_trip(
    database_beside_playwright, live_server, hub, partner, staff_editor, page
):
    base = live_server.url
    editor, secret = staff_editor
    browser = page.context.browser
    client = Client()
    client.force_login(partner)
    assert client.post("/pl/partners/items/new/news/", news_data()).status_code == 302
    item = NewsPage.objects.get(title=news_data()["title"])
    assert client.post(f"/pl/partners/items/{item.pk}/submit/").status_code == 302
    send_due(everything=True)
    mail.outbox.clear()

    # The editor asks for changes with a comment, in the modal of the page's edit view.
    context, admin = editor_signs_in(browser, base, editor, secret)
    admin.goto(f"{base}/admin/pages/{item.pk}/edit/")
    admin.locator("footer [data-w-dropdown-target=toggle]").first.click()
    admin.get_by_role("button", name="Żądania zmian", exact=True).click()
    admin.locator(".modal textarea[name=comment]").fill("Proszę dodać godziny kursu.")
    with admin.expect_navigation():
        admin.locator(".modal button[type=submit]").click()
    context.close()

    # The partner sees the comment on the dashboard, edits the item and sends it again.
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}]
    )
    page.goto(f"{base}/pl/partners/")
    row = page.locator("main tr", has_text=item.title)
    assert "Wymaga poprawek" in row.inner_text()
    assert "Proszę dodać godziny kursu." in row.inner_text()
    row.get_by_role("link", name=re.compile("^Edytuj")).click()
    page.get_by_label("Wstęp", exact=True).fill("Kurs we wtorki od 17:00 do 19:00.")
    page.get_by_role("button", name="Zapisz wersję roboczą").click()
    page.wait_for_url(f"{base}/pl/partners/")
    page.locator("main tr", has_text=item.title).get_by_role(
        "link", name=re.compile("^Wyślij do recenzji")
    ).click()
    page.locator("main form").get_by_role("button", name="Wyślij do recenzji").click()
    page.wait_for_url(f"{base}/pl/partners/")
    assert "W recenzji" in page.locator("main tr", has_text=item.title).inner_text()
    state = WorkflowState.objects.for_instance(item).get()
    assert state.status == "in_progress"
    item.refresh_from_db()
    assert item.get_latest_revision_as_object().lead == "Kurs we wtorki od 17:00 do 19:00."

    # The e-mail asking for changes gave the comment and the portal's link to the item.
    send_due(everything=True)
    sent = [m for m in mail.outbox if m.to == [partner.email]]
    (message,) = [m for m in sent if "Proszę dodać godziny kursu." in m.body]
    assert f"/pl/accounts/login/?next=/pl/partners/items/{item.pk}/edit/" in message.body
    # The second submission was acknowledged too; no e-mail links to the admin.
    assert any(m.subject.startswith("Przyjęte do sprawdzenia") for m in sent)
    assert all("/admin/" not in m.body for m in sent)


FOCUS = """() => {
    const el = document.activeElement, style = getComputedStyle(el);
    return {
        tag: el.tagName.toLowerCase(), type: el.type || "", name: el.name || "",
        id: el.id, value: el.value || "", checked: !!el.checked,
        // A date field's focus is on a part inside it (day, month ...).
        visible: el.matches(el.type.startsWith("date") ? ":focus-within" : ":focus-visible"),
        outline: style.outlineStyle === "solid" ? parseFloat(style.outlineWidth) : 0,
        ring: style.boxShadow !== "none",
    };
}"""

# What the keyboard types in each field of the event form (Space ticks a checkbox).
TYPED = {
    "title": "Spotkanie przy herbacie",
    "lead": "Rozmowy po polsku i ukraińsku.",
    "body": "Zapraszamy wszystkich sąsiadów.",
    "venue_name": "Klub Plama",
    "venue_address": "ul. Pilotów 13, Gdańsk",
}


def test_the_event_form_works_by_keyboard_alone_with_the_focus_visible(
    database_beside_playwright, live_server, hub, partner, page
):
    base = live_server.url
    ThematicAreaFactory(code="integracja", name="Integracja", locale=hub["locales"]["pl"])
    # A day whose number is its month's, so the typed date reads the same whichever
    # comes first in Chromium's date field (month first in its headless English).
    start = timezone.localtime() + datetime.timedelta(days=1)
    while start.day != start.month:
        start += datetime.timedelta(days=1)
    client = Client()
    client.force_login(partner)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}]
    )
    page.goto(f"{base}/pl/partners/items/new/event/")
    done, ticked = set(), []
    for _step in range(120):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS)
        if focus["tag"] in ("input", "select", "textarea", "button"):
            # Every control shows where the focus is: a solid outline and a ring.
            assert focus["visible"] and focus["outline"] >= 2 and focus["ring"], str(focus)
        name = focus["name"]
        if focus["tag"] == "button" and name == "save":
            break
        if name in TYPED and name not in done:
            page.keyboard.type(TYPED[name])
            done.add(name)
        elif name == "start" and name not in done:
            # Day and month, the year, then the right arrow to the hour and minutes.
            page.keyboard.type(start.strftime("%d%m%Y"))
            page.keyboard.press("ArrowRight")
            page.keyboard.type("1800")
            done.add(name)
        elif focus["type"] == "checkbox" and name in ("areas", "languages") and name not in done:
            page.keyboard.press("Space")
            ticked.append(focus["id"])
            done.add(name)
    else:
        pytest.fail("Tab never reached the Save button")
    assert done == set(TYPED) | {"start", "areas", "languages"}
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/pl/partners/")
    assert "Zapisano wersję roboczą" in page.locator("main").inner_text()
    event = EventPage.objects.get(title=TYPED["title"]).get_latest_revision_as_object()
    assert event.venue_name == "Klub Plama"
    assert event.start_local.strftime("%Y-%m-%d %H:%M") == start.strftime("%Y-%m-%d 18:00")
    assert [link.area.code for link in event.area_links.all()] == ["integracja"]
    assert len(event.language_codes) == 1


# The account's and the portal's other forms, each control reached by Tab alone.
FORM_PAGES = [
    "/pl/accounts/login/",
    "/pl/partners/items/new/news/",
    "/pl/partners/members/",
    "/pl/partners/profile/",
    "/pl/partners/join/",
    "/pl/partners/join/new/",
    "/pl/partners/account/",
]
CONTROLS = "main :is(input, select, textarea, button):not([type=hidden]):not([disabled])"


def test_every_portal_form_control_is_reached_by_tab_with_the_focus_visible(
    database_beside_playwright, live_server, hub, partner, page
):
    base = live_server.url
    OrganisationFactory(locale=hub["locales"]["pl"], name="Stowarzyszenie Sąsiedzi")
    for path in FORM_PAGES:
        page.context.clear_cookies()
        if "/partners/" in path:
            client = Client()
            client.force_login(partner)
            cookie = {"name": "sessionid", "value": client.cookies["sessionid"].value}
            page.context.add_cookies([{**cookie, "url": base}])
        page.goto(base + path)
        count = page.locator(CONTROLS).count()
        reached = []
        for _step in range(count + 60):
            page.keyboard.press("Tab")
            index = page.evaluate(
                "s => [...document.querySelectorAll(s)].indexOf(document.activeElement)", CONTROLS
            )
            if index >= 0 and index not in reached:
                focus = page.evaluate(FOCUS)
                assert focus["visible"] and focus["outline"] >= 2 and focus["ring"], (path, focus)
                reached.append(index)
            if len(reached) == count:
                break
        assert count and reached == list(range(count)), path  # in the order of the page
