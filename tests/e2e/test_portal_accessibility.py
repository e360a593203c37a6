"""Zero axe-core violations on every account and partner portal page, in every language.

Each page is checked at a desktop's and a phone's width (and must not scroll
sideways), the forms also sent back with their errors.  One test per language
builds its data with the factories on pytest-django's live server and reuses one
signed-in browser context per person.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe, AxeResults
from django.test import Client

from events.models import EventPage
from hub.factories import OrganisationFactory
from hub.site.portal.models import Invitation
from tests.portal.partners import event_data, member, partner

pytestmark = pytest.mark.e2e

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 375, "height": 740}}
LANGUAGES = ["pl", "en", "uk"]


def signed_in_context(browser, base, user, code):
    client = Client()
    client.force_login(user)
    context = browser.new_context(locale=code)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}]
    )
    return context


class Checker:
    """Opens pages at each width and keeps every axe violation found."""

    def __init__(self, base, code):
        self.base, self.code, self.axe, self.found, self.checked = base, code, Axe(), [], []

    def check(self, page, name):
        for width, size in WIDTHS.items():
            page.set_viewport_size(size)
            assert page.locator("html").get_attribute("lang") == self.code, name
            # axe-core is injected once per page load, not once per width.
            if page.evaluate("typeof axe") == "undefined":
                page.evaluate(self.axe.axe_script)
            results = AxeResults(page.evaluate("o => axe.run(document, o)", AXE_OPTIONS))
            assert results.response["passes"], name  # axe did look at the page
            self.checked.append((name, width))
            if results.violations_count:
                self.found.append(f"{name} ({width}):\n{results.generate_report()}")
            # Nothing wider than the screen: no sideways scrolling on a phone.
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            if scroll_width > size["width"]:
                self.found.append(f"{name} ({width}): {scroll_width}px wide")

    def open(self, page, name, path, status=200):
        response = page.goto(f"{self.base}/{self.code}{path}")
        assert response.status == status, (name, response.status)
        self.check(page, name)

    def with_errors(self, page, name, path, fill=None, form="main form"):
        """The ``form`` at ``path`` sent empty (or as ``fill``s it): back with its errors."""
        page.goto(f"{self.base}/{self.code}{path}")
        form = page.locator(form).first
        for field, value in (fill or {}).items():
            form.locator(f"[name={field}]").fill(value)
        form.locator("button[type=submit]").first.click()
        page.wait_for_load_state()
        assert page.locator(".error-summary").count() == 1, name
        self.check(page, f"{name}, with errors")


@pytest.mark.parametrize("code", LANGUAGES)
def test_account_and_portal_pages_have_no_accessibility_violations(
    database_beside_playwright, live_server, hub, page, code
):
    base = live_server.url
    organisation = OrganisationFactory(locale=hub["locales"]["pl"], name="Fundacja Przystań")
    admin = member(organisation, "przystan@example.org", admin=True)
    OrganisationFactory(locale=hub["locales"][code], name="Stowarzyszenie Sąsiedzi")
    invited = partner("kolezanka@example.org")
    invitation = Invitation.objects.create(
        organisation=organisation, email=invited.email, invited_by=admin
    )
    client = Client()
    client.force_login(admin)
    response = client.post(
        f"/{code}/partners/items/new/event/", event_data(language=code, title="Dyżur prawny")
    )
    assert response.status_code == 302
    event = EventPage.objects.get(title="Dyżur prawny")
    checker = Checker(base, code)

    # Signed out: signing in, up, and resetting the password; the invitation's link.
    checker.open(page, "sign in", "/accounts/login/")
    wrong = {"login": "nikt@example.org", "password": "niepoprawne-haslo"}
    checker.with_errors(page, "sign in", "/accounts/login/", fill=wrong)
    checker.open(page, "sign up", "/accounts/signup/")
    mismatched = {"email": "nowa@example.org", "password1": "a", "password2": "b"}
    checker.with_errors(page, "sign up", "/accounts/signup/", fill=mismatched)
    checker.open(page, "password reset", "/accounts/password/reset/")
    invitation_path = f"/partners/invitations/{invitation.token}/"
    checker.open(page, "invitation, signed out", invitation_path)

    # The organisation's admin: the portal's pages and forms.
    browser = page.context.browser
    context = signed_in_context(browser, base, admin, code)
    portal = context.new_page()
    checker.open(portal, "your account and data", "/partners/account/")
    delete = {"password": "to-nie-haslo"}
    form = "main form[action$='/account/delete/']"
    checker.with_errors(portal, "your account and data", "/partners/account/", delete, form)
    checker.open(portal, "e-mail addresses", "/accounts/email/")
    checker.open(portal, "dashboard", "/partners/")
    for kind in ("news", "event"):
        checker.open(portal, f"{kind} form", f"/partners/items/new/{kind}/")
        checker.with_errors(portal, f"{kind} form", f"/partners/items/new/{kind}/")
    checker.open(portal, "event edit form", f"/partners/items/{event.pk}/edit/")
    checker.open(portal, "preview", f"/partners/items/{event.pk}/preview/")
    checker.open(portal, "submit for review", f"/partners/items/{event.pk}/submit/")
    checker.open(portal, "members", "/partners/members/")
    invite, form = {"email": "nie-adres"}, "main form[action$='/members/invite/']"
    checker.with_errors(portal, "members", "/partners/members/", invite, form)
    checker.open(portal, "join request", "/partners/join/")
    checker.with_errors(portal, "join request", "/partners/join/")
    checker.open(portal, "propose an organisation", "/partners/join/new/")
    checker.with_errors(portal, "propose an organisation", "/partners/join/new/")
    checker.open(portal, "profile change", "/partners/profile/")
    contact = {"contact_email": "nie-adres"}
    checker.with_errors(portal, "profile change", "/partners/profile/", contact)
    context.close()

    # The invited colleague, signed in: the invitation's page with its button.
    context = signed_in_context(browser, base, invited, code)
    checker.open(context.new_page(), "invitation, signed in", invitation_path)
    context.close()

    assert not checker.found, "\n\n".join(checker.found)
    assert len(checker.checked) == 2 * 26
