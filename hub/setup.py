"""What must always exist on a hub site; run by ``manage.py setup_hub``.

Every step looks before it creates, so running it again changes nothing.
Content apps extend it through Wagtail hooks in their ``wagtail_hooks.py``
(``SECTION_ROOTS_HOOK`` and ``AFTER_SETUP_HOOK``, named in ``hub.hooks``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import translation
from django.utils.functional import Promise
from django.utils.text import slugify
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowTask,
)

from hub.addresses import site_address
from hub.hooks import AFTER_SETUP_HOOK, SECTION_ROOTS_HOOK
from hub.permissions import (
    SITE_HISTORY_PERMISSION,
    TRANSLATORS,
    target_language_codes,
    translator_group_name,
)
from hub.translation import translate_into

# The home page's title in each language comes from the interface catalogue, so a
# language added to settings.LANGUAGES gets one without code (English without a catalogue).
SITE_TITLE = pgettext_lazy("site", "Forum for Integration and Migration")


def in_language(text: Promise | str, code: str) -> str:
    """A lazy interface string as the catalogue of ``code`` has it."""
    with translation.override(code):
        return str(text)


def site_title(code: str) -> str:
    return in_language(SITE_TITLE, code)


@dataclass(frozen=True)
class SectionRoot:
    """A page every language tree has directly under its home page.

    ``title`` is an interface string (``pgettext_lazy("section", …)``), read in each
    language's catalogue.  ``slugs`` keeps the URLs of the languages that have one
    chosen by hand; any other language gets the slug of its title, or the default
    language's slug when the title has no Latin letters.
    """

    model: str  # "app_label.ModelName"
    title: Promise | str
    slugs: dict[str, str]
    # Translators translate the section's pages in their languages (the Council's is closed).
    open_to_translators: bool = True

    def title_in(self, code: str) -> str:
        return in_language(self.title, code)

    def slug_in(self, code: str) -> str:
        if code in self.slugs:
            return self.slugs[code]
        return (
            slugify(self.title_in(code))
            or self.slugs.get(settings.LANGUAGE_CODE)
            or slugify(self.title_in(settings.LANGUAGE_CODE))
        )

    @property
    def titles(self) -> dict[str, str]:
        """The title in every language of the site."""
        return {code: self.title_in(code) for code, _name in settings.LANGUAGES}


SECTION_ROOTS = [
    SectionRoot(
        model="hub.NewsIndexPage",
        title=pgettext_lazy("section", "News"),
        slugs={"pl": "aktualnosci", "en": "news", "uk": "novyny"},
    ),
]

HOME_PAGE_MODEL = "hub.HomePage"


def section_roots() -> list[SectionRoot]:
    roots = list(SECTION_ROOTS)
    for hook in hooks.get_hooks(SECTION_ROOTS_HOOK):
        roots.extend(hook())
    return roots


PUBLIC_COLLECTION = "Dokumenty publiczne"
DRAFTS_COLLECTION = "Robocze (dostęp ograniczony)"

EDITORS = "Editors"
# The workflow partners' news and events go through (started by the portal, never
# assigned to a section, so editors' own pages keep whatever workflow they have).
PARTNER_REVIEW = "Partner review"
PARTNER_REVIEW_TASK = "Editors' approval of partner items"
COUNCIL_SECRETARIES = "Council secretaries"
ADMINISTRATORS = "Administrators"

PAGE_EDIT = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
MEDIA_EDIT = [
    "add_document",
    "change_document",
    "choose_document",
    "add_image",
    "change_image",
    "choose_image",
]
HUB_SNIPPETS = [
    "hub.add_thematicarea",
    "hub.change_thematicarea",
    "hub.add_alertbanner",
    "hub.change_alertbanner",
    "hub.delete_alertbanner",
    "hub.publish_alertbanner",
    "hub.lock_alertbanner",
    "hub.unlock_alertbanner",
    "hub.change_sitesettings",
    "wagtailredirects.add_redirect",
    "wagtailredirects.change_redirect",
    "wagtailredirects.delete_redirect",
    "wagtail_localize.submit_translation",
    SITE_HISTORY_PERMISSION,
]
# Translators fill in translations of these snippets (wagtail-localize's editor
# opens through the snippet's edit view); they never add, delete or publish.
TRANSLATED_SNIPPETS = [
    "hub.change_thematicarea",
    "hub.change_organisation",
    "hub.change_person",
    "hub.change_alertbanner",
]
TRANSLATOR_MODEL_PERMISSIONS = ["wagtailadmin.access_admin", *TRANSLATED_SNIPPETS]
TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]
ADMINISTRATION = [
    "auth.add_user",
    "auth.change_user",
    "auth.delete_user",
    "auth.add_group",
    "auth.change_group",
    "wagtailcore.add_site",
    "wagtailcore.change_site",
    "wagtailcore.add_locale",
    "wagtailcore.change_locale",
]

# Group name → (model permissions, page permissions on every home, collection
# permissions on the root collection).  Council secretaries get their section
# and its two collections when the Council app adds them (images they may choose
# anywhere; documents only there).  Translators get their page permissions on
# the sections open to them (``ensure_translator_permissions``).
GROUPS: dict[str, tuple[list[str], list[str], list[str]]] = {
    EDITORS: (["wagtailadmin.access_admin", *HUB_SNIPPETS], PAGE_EDIT, MEDIA_EDIT),
    TRANSLATORS: (TRANSLATOR_MODEL_PERMISSIONS, [], ["choose_image"]),
    COUNCIL_SECRETARIES: (["wagtailadmin.access_admin"], [], ["choose_image"]),
    ADMINISTRATORS: (
        ["wagtailadmin.access_admin", *HUB_SNIPPETS, *ADMINISTRATION],
        PAGE_EDIT,
        MEDIA_EDIT,
    ),
}


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    if dotted == "wagtail_localize.submit_translation":
        # wagtail-localize makes this one in a data migration, on a content type
        # of its own; recreate it the same way if the tables were emptied.
        content_type, _created = ContentType.objects.get_or_create(
            app_label="wagtail_localize", model="translation"
        )
        return Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": "Can submit translations"},
        )[0]
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def _media_permission(codename: str) -> Permission:
    app_label = "wagtaildocs" if codename.endswith("document") else "wagtailimages"
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def ensure_home_pages(locales: dict[str, Locale]):
    # The home page belongs to the site shell (hub.site), which the foundations never
    # import: they name it by its label, as a page type's parent_page_types does.
    home_model = apps.get_model(HOME_PAGE_MODEL)

    default_locale = locales[settings.LANGUAGE_CODE]
    root = Page.get_first_root_node()
    if root is None:
        # Wagtail's first migration makes the tree root; an emptied database
        # (a restore gone wrong, a test that flushes tables) needs it again.
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=default_locale))
    home = home_model.objects.filter(locale=default_locale, depth=2).first()
    if home is None:
        # Wagtail's first migration leaves a plain "Welcome" page as the site root.
        Page.objects.filter(depth=2, content_type__model="page").delete()
        home = root.add_child(
            instance=home_model(
                title=site_title(settings.LANGUAGE_CODE), slug="home", locale=default_locale
            )
        )
    # The site's address gives every absolute URL (canonical, sitemap, feeds,
    # e-mails): it follows BASE_URL on every run, so a new port or host is
    # picked up by the next setup_hub (run by `make run` and each release).
    address = site_address()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            root_page=home,
            is_default_site=True,
            site_name=site_title(settings.LANGUAGE_CODE),
            **address,
        )
    elif site.root_page_id != home.pk or (site.hostname, site.port) != (
        address["hostname"],
        address["port"],
    ):
        if site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = site_title(settings.LANGUAGE_CODE)
        site.hostname, site.port = address["hostname"], address["port"]
        site.save()
    homes = {settings.LANGUAGE_CODE: home}
    for code, locale in locales.items():
        if code == settings.LANGUAGE_CODE:
            continue
        translated = home.get_translation_or_none(locale)
        if translated is None:
            translated = translate_into(
                home,
                locale,
                {home.title: site_title(code), home.slug: f"home-{code}"},
                # A language added to a site with content: the rest waits for translators.
                strict=False,
            )
        homes[code] = translated
    return homes


def ensure_translated_children(parents, specs):
    """Pages that must exist under a parent in every language.

    ``parents`` maps language codes to the parent page in that language; each
    spec (a ``SectionRoot``) is created under the default language's parent and
    translated into the others through wagtail-localize.
    """
    created = {}
    default = settings.LANGUAGE_CODE
    for spec in specs:
        model = apps.get_model(spec.model)
        source = model.objects.child_of(parents[default]).first()
        if source is None:
            source = parents[default].add_child(
                instance=model(title=spec.title_in(default), slug=spec.slug_in(default))
            )
        created[spec.model] = {default: source}
        for code, parent in parents.items():
            if code == default:
                continue
            translated = source.get_translation_or_none(parent.locale)
            if translated is None:
                translated = translate_into(
                    source,
                    parent.locale,
                    {source.title: spec.title_in(code), source.slug: spec.slug_in(code)},
                    strict=False,
                )
            created[spec.model][code] = translated
    return created


def ensure_section_roots(homes, locales):
    return ensure_translated_children(homes, section_roots())


def ensure_collections():
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collections = {}
    for name in (PUBLIC_COLLECTION, DRAFTS_COLLECTION):
        collection = root.get_children().filter(name=name).first()
        if collection is None:
            collection = root.add_child(name=name)
        collections[name] = collection
    drafts = collections[DRAFTS_COLLECTION]
    restriction = CollectionViewRestriction.objects.filter(collection=drafts).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=drafts, restriction_type=CollectionViewRestriction.GROUPS
        )
    return collections, restriction


def group_table():
    """``GROUPS`` plus one translators' group per target language."""
    table = dict(GROUPS)
    for code in target_language_codes():
        table[translator_group_name(code)] = GROUPS[TRANSLATORS]
    return table


def ensure_groups(homes, restriction):
    root_collection = Collection.get_first_root_node()
    groups = {}
    for name, (model_perms, page_perms, media_perms) in group_table().items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*[_permission(p) for p in model_perms])
        for home in homes.values():
            for codename in page_perms:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=_page_permission(codename)
                )
        # A site set up by an earlier version may hold grants the table no longer
        # gives (translators' change_page on every home, choosing any document).
        GroupPagePermission.objects.filter(group=group, page__in=homes.values()).exclude(
            permission__codename__in=page_perms
        ).delete()
        for codename in media_perms:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_media_permission(codename)
            )
        GroupCollectionPermission.objects.filter(group=group, collection=root_collection).exclude(
            permission__codename__in=media_perms
        ).delete()
        groups[name] = group
    # Draft documents may be opened by the people who prepare and publish them
    # (the Council's secretaries have their own restricted collection).
    restriction.groups.add(groups[EDITORS], groups[ADMINISTRATORS])
    restriction.groups.remove(groups[COUNCIL_SECRETARIES])
    return groups


def closed_to_translators() -> set[str]:
    """Labels ("app_label.ModelName") of the sections translators never open."""
    return {root.model for root in section_roots() if not root.open_to_translators}


def translator_groups_by_language(groups) -> dict[str, list]:
    everyone = groups.get(TRANSLATORS)
    return {
        code: [g for g in (everyone, groups.get(translator_group_name(code))) if g is not None]
        for code in target_language_codes()
    }


def grant_translators(page, groups_by_language=None, closed=None) -> bool:
    """Let the translators of ``page``'s language edit it and what is under it.

    Called for each page directly under a target language's home page, by
    ``setup_hub`` and when such a page is created (a new translated section).
    True if the page is open to translators.
    """
    closed = closed_to_translators() if closed is None else closed
    if page.specific_class is None or page.specific_class._meta.label in closed:
        return False
    if groups_by_language is None:
        names = [TRANSLATORS, *(translator_group_name(c) for c in target_language_codes())]
        found = {group.name: group for group in Group.objects.filter(name__in=names)}
        groups_by_language = translator_groups_by_language(found)
    for group in groups_by_language.get(page.locale.language_code, []):
        for codename in TRANSLATOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_page_permission(codename)
            )
    return True


def ensure_translator_permissions(homes, groups):
    closed = closed_to_translators()
    by_language = translator_groups_by_language(groups)
    open_pages = [
        page.pk
        for code, home in homes.items()
        if code != settings.LANGUAGE_CODE
        for page in Page.objects.child_of(home).select_related("locale")
        if grant_translators(page, by_language, closed)
    ]
    # Nothing else is theirs: not the source language, not a closed section.
    translator_groups = {group for groups_ in by_language.values() for group in groups_}
    GroupPagePermission.objects.filter(group__in=translator_groups).exclude(
        page__in=open_pages
    ).delete()


def ensure_partner_review(groups):
    """The "Partner review" workflow: one approval task for the Editors group."""
    workflow = Workflow.objects.filter(name=PARTNER_REVIEW).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=PARTNER_REVIEW, active=True)
    elif not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = GroupApprovalTask.objects.filter(name=PARTNER_REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=PARTNER_REVIEW_TASK)
    task.groups.add(groups[EDITORS])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def page_created(sender, instance, created, raw=False, **kwargs):
    """A new section under a target language's home opens to its translators."""
    if not created or raw or not isinstance(instance, Page) or instance.depth != 3:
        return
    if instance.locale.language_code == settings.LANGUAGE_CODE:
        return
    grant_translators(instance)


def setup_hub():
    call_command("createcachetable", verbosity=0)
    locales = ensure_locales()
    homes = ensure_home_pages(locales)
    sections = ensure_section_roots(homes, locales)
    collections, restriction = ensure_collections()
    groups = ensure_groups(homes, restriction)
    ensure_translator_permissions(homes, groups)
    partner_review = ensure_partner_review(groups)
    context = {
        "locales": locales,
        "homes": homes,
        "sections": sections,
        "collections": collections,
        "groups": groups,
        "partner_review": partner_review,
    }
    for hook in hooks.get_hooks(AFTER_SETUP_HOOK):
        hook(context)
    return context
