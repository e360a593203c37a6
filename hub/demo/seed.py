"""Demo content for the foundations: areas, pages, news, settings, accounts.

Every step looks before it creates, so a second run changes nothing.  Content
apps add their own demo content with a Wagtail hook named ``SEEDERS_HOOK``
that returns a list of ``seeder(context, report, scale)`` functions; they run
after the foundations' seeders, in the order of INSTALLED_APPS, and before the
``LAST_SEEDERS`` that use what they made (the news, which names the member
organisations the Forum's seeder creates).  ``context["accounts"]`` says whether
the demo accounts (known passwords) are made; the staff ones exist before the
apps' seeders run, which may add their own (the portal's partners).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.module_loading import import_string
from wagtail import hooks
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import apply_machine_translation

from hub import setup as hub_setup
from hub.factories import StaffFactory, can_sign_in
from hub.hooks import SEEDERS_HOOK
from hub.machine_translators import MarkedMachineTranslator
from hub.models import (
    NewsPage,
    NewsPageArea,
    Organisation,
    SiteSettings,
    StandardPage,
    ThematicArea,
)
from hub.translation import translate_into

from . import data
from .seeder import SeedReport, bulk, paragraphs, translate
from .seeder import locales as seeder_locales

HERE = Path(__file__).parent
AREAS = data.load(HERE / "areas.toml")["area"]
PAGES_DATA = data.load(HERE / "pages.toml")
HOME, PAGES, NEWS = PAGES_DATA["home"], PAGES_DATA["page"], PAGES_DATA["news"]
SOURCE = data.source_language()


# Keys of a page's data that are not its text: the demo's translation states (issue 12)
# and a correction published to the source after it was translated.
NOT_TEXT = ("title", "slug", "demo_state", "correction")
# Translations the mix makes itself (``seed_translation_mix``), not from the data.
MIX_MADE = ("missing", "in_progress", "machine")


def spec_strings(spec, code, round_=0):
    """The source-to-``code`` strings of a page made from ``spec`` (None: no text)."""
    title_suffix = f" ({round_ + 1})" if round_ else ""
    slug_suffix = f"-{round_ + 1}" if round_ else ""
    texts = {key: value for key, value in spec.items() if key not in NOT_TEXT}
    mapping = data.strings(code, texts)
    if mapping is None or code not in spec["title"] or code not in spec["slug"]:
        return None
    mapping[spec["title"][SOURCE] + title_suffix] = spec["title"][code] + title_suffix
    mapping[spec["slug"][SOURCE] + slug_suffix] = spec["slug"][code] + slug_suffix
    return mapping


def ensure_translations(instance, spec, report, what, round_=0):
    """Translate a page made from ``spec``; ``round_`` numbers the copies ``--scale`` makes."""

    def strings_for(code):
        if not round_ and spec.get("demo_state", {}).get(code) in MIX_MADE:
            return None
        return spec_strings(spec, code, round_)

    translate(instance, report, what, strings_for=strings_for)


def seed_areas(context, report, scale=1):
    source_locale = Locale.objects.get(language_code=SOURCE)
    for order, spec in enumerate(AREAS):
        area = ThematicArea.objects.filter(code=spec["code"], locale=source_locale).first()
        if area is None:
            area = ThematicArea.objects.create(
                code=spec["code"], name=spec["name"][SOURCE], sort_order=order, locale=source_locale
            )
            report.add("thematic areas")
        translate(area, report, "thematic area", spec["name"], same=[spec["code"]])


def seed_home(context, report, scale=1):
    home = context["homes"][SOURCE]
    if home.intro == HOME["intro"][SOURCE]:
        return
    home.intro = HOME["intro"][SOURCE]
    home.save_revision().publish()
    for code, locale in seeder_locales().items():
        if code == SOURCE or code not in HOME["intro"]:
            continue
        translated = home.get_translation(locale)
        translate_into(
            home,
            locale,
            {
                home.title: translated.title,
                home.slug: translated.slug,
                HOME["intro"][SOURCE]: HOME["intro"][code],
            },
        )
    report.add("home pages updated")


def seed_pages(context, report, scale=1):
    home = context["homes"][SOURCE]
    pages = {}
    for spec in PAGES:
        page = StandardPage.objects.child_of(home).filter(slug=spec["slug"][SOURCE]).first()
        if page is None:
            page = home.add_child(
                instance=StandardPage(
                    title=spec["title"][SOURCE],
                    slug=spec["slug"][SOURCE],
                    introduction=spec["introduction"][SOURCE],
                    body=paragraphs(spec["body"][SOURCE]),
                    show_in_menus=spec["in_menu"],
                )
            )
            report.add("pages")
        ensure_translations(page, spec, report, "page")
        pages[spec["key"]] = page
    context["pages"] = pages
    news_index = context["sections"]["hub.NewsIndexPage"][SOURCE]
    if not news_index.show_in_menus:
        news_index.show_in_menus = True
        news_index.save_revision().publish()
        for locale in seeder_locales().values():
            translated = news_index.get_translation_or_none(locale)
            if translated is not None and not translated.show_in_menus:
                translated.show_in_menus = True
                translated.save_revision().publish()
    if home.featured_page_id is None:
        home.featured_page = pages["about-model"]
        home.save_revision().publish()
        for code, locale in seeder_locales().items():
            featured = pages["about-model"].get_translation_or_none(locale)
            if code == SOURCE or featured is None:
                continue
            translated = home.get_translation(locale)
            translated.featured_page = featured
            translated.save_revision().publish()


def seed_news(context, report, scale: int = 1):
    """The news, most of it published by a member organisation (run after the apps' seeders,
    which make the organisations)."""
    index = context["sections"]["hub.NewsIndexPage"][SOURCE]
    source_locale = Locale.objects.get(language_code=SOURCE)
    areas = {a.code: a for a in ThematicArea.objects.filter(locale=source_locale)}
    organisations = {o.slug: o for o in Organisation.objects.filter(locale=source_locale)}
    existing = set(NewsPage.objects.child_of(index).values_list("slug", flat=True))
    now = timezone.now().replace(hour=10, minute=0, second=0, microsecond=0)
    for number in range(len(NEWS) * scale):
        spec = NEWS[number % len(NEWS)]
        round_ = number // len(NEWS)
        suffix = f" ({round_ + 1})" if round_ else ""
        slug = spec["slug"][SOURCE] + (f"-{round_ + 1}" if round_ else "")
        organisation = organisations.get(spec.get("organisation"))
        if slug in existing:
            page = NewsPage.objects.child_of(index).get(slug=slug)
        else:
            page = NewsPage(
                title=spec["title"][SOURCE] + suffix,
                slug=slug,
                lead=spec["lead"][SOURCE],
                publication_date=now - timedelta(days=spec["days_ago"] + 90 * round_),
                body=paragraphs(spec["body"][SOURCE]),
                organisation=organisation,
            )
            for area_code in spec["areas"]:
                page.area_links.add(NewsPageArea(area=areas[area_code]))
            index.add_child(instance=page)
            report.add("news")
        ensure_translations(page, spec, report, "news", round_)
        if organisation is not None and page.organisation_id is None:
            attribute_news(page, organisation, report)


def attribute_news(page, organisation, report):
    """Name ``organisation`` on a news item seeded before it was attributed, in every language."""
    for item in [page, *page.get_translations()]:
        item = item.specific
        item.organisation = organisation.get_translation_or_none(item.locale)
        if item.organisation is not None:
            item.save_revision().publish()
    report.add("news attributed")


def seed_site_settings(context, report, scale=1):
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    if site_settings.contact_email:
        return
    site_settings.contact_email = "forum.integracji@example.org"
    site_settings.contact_phone = "+48 58 000 00 00"
    site_settings.address = "Urząd Miejski w Gdańsku\nul. Nowe Ogrody 8/12\n80-803 Gdańsk"
    site_settings.privacy_page = context["pages"]["privacy"]
    site_settings.accessibility_page = context["pages"]["accessibility"]
    site_settings.facebook_url = "https://www.facebook.com/example-forum"
    site_settings.save()
    report.add("site settings")


def seed_translation_mix(context, report, scale=1):
    """A realistic mix of translation states on a few news items (issue 12, ``demo_state``
    in the data): one not yet in Ukrainian, one whose Ukrainian translation is started,
    one machine-translated and not reviewed, one outdated in English."""
    index = context["sections"]["hub.NewsIndexPage"][SOURCE]
    locales = seeder_locales()
    editor = get_user_model().objects.filter(groups__name=hub_setup.EDITORS).order_by("pk").first()
    for spec in NEWS:
        states = spec.get("demo_state", {})
        page = NewsPage.objects.child_of(index).filter(slug=spec["slug"][SOURCE]).first()
        if page is None:
            continue
        if "correction" in spec:
            correct_source(page, spec, locales, report)
        for code, state in states.items():
            locale = locales.get(code)
            if locale is None or page.get_translation_or_none(locale) is not None:
                continue
            slug = {spec["slug"][SOURCE]: spec["slug"][code]}
            if state == "in_progress":
                # Only the title and the slug translated so far: a draft readers cannot see.
                strings = {**slug, spec["title"][SOURCE]: spec["title"][code]}
                translate_into(page, locale, strings, publish=False, strict=False)
                report.add("translations in progress")
            elif state == "machine" and editor is not None:
                machine_translate(page, locale, slug, editor)
                report.add("machine translations")


def machine_translate(page, locale, strings, editor):
    """As an editor does it: the translation started (its slug given), filled by the
    editor's "Translate with…" button (the development translator, whatever the
    settings: the demo never calls DeepL) and published, not reviewed."""
    translate_into(page, locale, strings, publish=False, strict=False)
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    apply_machine_translation(translation.pk, editor, MarkedMachineTranslator({}))
    translation.save_target(user=editor, publish=True)


def correct_source(page, spec, locales, report):
    """Publish the source's correction; the translations follow it but those the data
    leaves ``outdated``."""
    lead = {**spec["lead"], **spec["correction"]["lead"]}
    if page.lead == lead[SOURCE]:
        return
    page.lead = lead[SOURCE]
    page.save_revision().publish()
    corrected = {**spec, "lead": lead}
    for code in spec["correction"]["lead"]:
        if code != SOURCE and code in locales and spec["demo_state"].get(code) != "outdated":
            translate_into(page, locales[code], spec_strings(corrected, code))
    report.add("source corrections")


class DemoAccount(NamedTuple):
    email: str
    group: str
    password: str
    is_superuser: bool
    first_name: str
    last_name: str


DEMO_ACCOUNTS = [
    DemoAccount(
        "administrator@example.org",
        hub_setup.ADMINISTRATORS,
        "demo-admin-2026",
        True,
        "Barbara",
        "Sobczak",
    ),
    DemoAccount(
        "editor@example.org", hub_setup.EDITORS, "demo-editor-2026", False, "Joanna", "Wróbel"
    ),
    DemoAccount(
        "translator@example.org",
        hub_setup.TRANSLATORS,
        "demo-translator-2026",
        False,
        "Oksana",
        "Hrytsenko",
    ),
    DemoAccount(
        "secretary@example.org",
        hub_setup.COUNCIL_SECRETARIES,
        "demo-secretary-2026",
        False,
        "Michał",
        "Zawadzki",
    ),
]


def seed_accounts(context, report):
    """The demo's staff accounts, one per role, named and able to sign in (known passwords)."""
    for account in DEMO_ACCOUNTS:
        user = get_user_model().objects.filter(email=account.email).first()
        if user is None:
            user = StaffFactory(
                username=account.email.split("@")[0],
                email=account.email,
                first_name=account.first_name,
                last_name=account.last_name,
                is_superuser=account.is_superuser,
                groups=[account.group],
            )
            can_sign_in(user, account.password)
            report.add("accounts")
        elif not user.get_full_name():
            # Accounts an earlier demo made had no names.
            user.first_name, user.last_name = account.first_name, account.last_name
            user.save(update_fields=["first_name", "last_name"])
            report.add("accounts named")
        report.accounts.append((account.group, account.email, account.password))


SEEDERS = [seed_areas, seed_home, seed_pages, seed_site_settings]
# Seeders that use what the apps' seeders made (news names their organisations).
LAST_SEEDERS = [seed_news, seed_translation_mix]


def seed_demo(scale: int = 1, accounts: bool | None = None, small: bool = False) -> SeedReport:
    """Seed the demo hub.

    ``small`` asks every seeder for a minimal but representative set (a few of
    each kind instead of the full demo); the test suite and browser tests use it.
    """
    report = SeedReport()
    # One transaction per step: SQLite then writes to disk a few times instead of
    # after every one of the demo's tens of thousands of statements.  A seeder's
    # ``settings`` (if it has any) hold until its transaction is committed, when
    # Wagtail's on-commit signals (slug changes, for redirects) read them.
    with bulk():
        with transaction.atomic():
            context = hub_setup.setup_hub()
        context["small"] = small
        # Known passwords are for development (DEBUG) or an explicit ``accounts``. The
        # staff accounts come first: the apps' seeders may act as them (an editor
        # deciding on a partner's item) and add accounts of their own (the partners).
        context["accounts"] = accounts if accounts is not None else settings.DEBUG
        if context["accounts"]:
            with transaction.atomic():
                seed_accounts(context, report)
        seeders = list(SEEDERS)
        for hook in hooks.get_hooks(SEEDERS_HOOK):
            for path in hook():
                # A dotted path, so the demo is imported only when it is seeded.
                found = import_string(path)
                seeders.extend(found if isinstance(found, list | tuple) else [found])
        seeders.extend(LAST_SEEDERS)
        for seeder in seeders:
            with override_settings(**getattr(seeder, "settings", {})), transaction.atomic():
                seeder(context, report, scale=scale)
    return report
