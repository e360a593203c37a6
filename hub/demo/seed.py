"""Demo content for the foundations: areas, pages, news, settings, accounts.

Every step looks before it creates, so a second run changes nothing.  Content
apps add their own demo content with a Wagtail hook named ``SEEDERS_HOOK``
that returns a list of ``seeder(context, report, scale)`` functions; they run
after the foundations' seeders, in the order of INSTALLED_APPS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Locale, Site
from wagtail.rich_text import RichText

from hub import setup as hub_setup
from hub.translation import translate_into

from .areas import AREAS
from .pages import HOME, NEWS, PAGES

SOURCE = "pl"
TARGETS = ("en", "uk")


@dataclass
class SeedReport:
    created: dict[str, int] = field(default_factory=dict)
    accounts: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, what: str, count: int = 1):
        self.created[what] = self.created.get(what, 0) + count


def paragraphs_body(paragraphs):
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs]


def strings_for(spec: dict, code: str, round_: int = 0) -> dict[str, str]:
    """Source-to-target string mapping for a content spec in one language.

    ``round_`` numbers the copies that ``--scale`` makes of the same item.
    """
    title_suffix = f" ({round_ + 1})" if round_ else ""
    slug_suffix = f"-{round_ + 1}" if round_ else ""
    mapping = {}
    for key, value in spec.items():
        if not isinstance(value, dict) or SOURCE not in value:
            continue
        source, target = value[SOURCE], value[code]
        if isinstance(source, list):
            mapping.update(zip(source, target, strict=True))
        elif key == "title":
            mapping[source + title_suffix] = target + title_suffix
        elif key == "slug":
            mapping[source + slug_suffix] = target + slug_suffix
        else:
            mapping[source] = target
    return mapping


def ensure_translations(instance, spec, report, what, round_=0):
    for code in TARGETS:
        locale = Locale.objects.get(language_code=code)
        if instance.get_translation_or_none(locale) is None:
            translate_into(instance, locale, strings_for(spec, code, round_))
            report.add(f"{what} translations")


def seed_areas(context, report, scale=1):
    from hub.models import ThematicArea

    source_locale = Locale.objects.get(language_code=SOURCE)
    for order, (code, pl, en, uk) in enumerate(AREAS):
        area = ThematicArea.objects.filter(code=code, locale=source_locale).first()
        if area is None:
            area = ThematicArea.objects.create(
                code=code, name=pl, sort_order=order, locale=source_locale
            )
            report.add("thematic areas")
        for target_code, name in (("en", en), ("uk", uk)):
            locale = Locale.objects.get(language_code=target_code)
            if area.get_translation_or_none(locale) is None:
                translate_into(area, locale, {pl: name, code: code})
                report.add("thematic area translations")


def seed_home(context, report, scale=1):
    home = context["homes"][SOURCE]
    if home.intro == HOME["intro"][SOURCE]:
        return
    home.intro = HOME["intro"][SOURCE]
    home.save_revision().publish()
    for code in TARGETS:
        locale = Locale.objects.get(language_code=code)
        translate_into(
            home,
            locale,
            {
                home.title: hub_setup.SITE_TITLES[code],
                home.slug: f"home-{code}",
                HOME["intro"][SOURCE]: HOME["intro"][code],
            },
        )
    report.add("home pages updated")


def seed_pages(context, report, scale=1):
    from hub.models import StandardPage

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
                    body=paragraphs_body(spec["body"][SOURCE]),
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
        for code in TARGETS:
            translated = news_index.get_translation(Locale.objects.get(language_code=code))
            translated.show_in_menus = True
            translated.save_revision().publish()
    if home.featured_page_id is None:
        home.featured_page = pages["about-model"]
        home.save_revision().publish()
        for code in TARGETS:
            translated = home.get_translation(Locale.objects.get(language_code=code))
            translated.featured_page = pages["about-model"].get_translation(translated.locale)
            translated.save_revision().publish()


def seed_news(context, report, scale: int = 1):
    from hub.models import NewsPage, NewsPageArea, ThematicArea

    index = context["sections"]["hub.NewsIndexPage"][SOURCE]
    source_locale = Locale.objects.get(language_code=SOURCE)
    areas = {a.code: a for a in ThematicArea.objects.filter(locale=source_locale)}
    existing = set(NewsPage.objects.child_of(index).values_list("slug", flat=True))
    now = timezone.now().replace(hour=10, minute=0, second=0, microsecond=0)
    for number in range(len(NEWS) * scale):
        spec = NEWS[number % len(NEWS)]
        round_ = number // len(NEWS)
        suffix = f" ({round_ + 1})" if round_ else ""
        slug = spec["slug"][SOURCE] + (f"-{round_ + 1}" if round_ else "")
        if slug in existing:
            page = NewsPage.objects.child_of(index).get(slug=slug)
        else:
            page = NewsPage(
                title=spec["title"][SOURCE] + suffix,
                slug=slug,
                lead=spec["lead"][SOURCE],
                publication_date=now - timedelta(days=spec["days_ago"] + 90 * round_),
                body=paragraphs_body(spec["body"][SOURCE]),
            )
            for area_code in spec["areas"]:
                page.area_links.add(NewsPageArea(area=areas[area_code]))
            index.add_child(instance=page)
            report.add("news")
        ensure_translations(page, spec, report, "news", round_)


def seed_site_settings(context, report, scale=1):
    from hub.models import SiteSettings

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


DEMO_ACCOUNTS = [
    # (e-mail, group, password, is_superuser)
    ("administrator@example.org", hub_setup.ADMINISTRATORS, "demo-admin-2026", True),
    ("editor@example.org", hub_setup.EDITORS, "demo-editor-2026", False),
    ("translator@example.org", hub_setup.TRANSLATORS, "demo-translator-2026", False),
    ("secretary@example.org", hub_setup.COUNCIL_SECRETARIES, "demo-secretary-2026", False),
]


def seed_accounts(context, report):
    from allauth.account.models import EmailAddress

    user_model = get_user_model()
    for email, group_name, password, is_superuser in DEMO_ACCOUNTS:
        user = user_model.objects.filter(email=email).first()
        if user is None:
            user = user_model.objects.create_user(
                username=email.split("@")[0],
                email=email,
                password=password,
                is_staff=True,
                is_superuser=is_superuser,
            )
            user.groups.add(Group.objects.get(name=group_name))
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            report.add("accounts")
        report.accounts.append((group_name, email, password))


SEEDERS_HOOK = "hub_seeders"
SEEDERS = [seed_areas, seed_home, seed_pages, seed_news, seed_site_settings]


def seed_demo(scale: int = 1, accounts: bool | None = None, small: bool = False) -> SeedReport:
    """Seed the demo hub.

    ``small`` asks every seeder for a minimal but representative set (a few of
    each kind instead of the full demo); the test suite and browser tests use it.
    """
    report = SeedReport()
    context = hub_setup.setup_hub()
    context["small"] = small
    seeders = list(SEEDERS)
    for hook in hooks.get_hooks(SEEDERS_HOOK):
        seeders.extend(hook())
    for seeder in seeders:
        seeder(context, report, scale=scale)
    if accounts if accounts is not None else settings.DEBUG:
        seed_accounts(context, report)
    return report
