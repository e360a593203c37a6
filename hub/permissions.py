"""What translators may do in the admin, beyond Wagtail's group permissions.

Translators get ``change_page`` only on the sections of the target-language
trees that are open to them (``setup_hub`` grants it; the Council section is
closed), so Wagtail's own listings, search, previews and history already keep
the rest from them. Two things Wagtail would still allow are closed here:

- ``change_page`` without ``publish_page`` lets Wagtail delete unpublished
  pages; a translator never deletes, moves, copies, locks or unpublishes
  (``HubPagePermissionTester``, used by every hub page);
- the edit view of a page or snippet that is not a wagtail-localize translation
  would be the ordinary editor: a translator reaches only the translation
  editor, and for snippets only in their own languages
  (``translator_may_edit``, called from the ``before_edit_*`` hooks).

A translator is a user whose every group is a translators' group: *Translators*
(every target language) or *Translators (<code>)* (that language only).
"""

from __future__ import annotations

from django.conf import settings
from wagtail.models import PagePermissionTester
from wagtail_localize.models import Translation

TRANSLATORS = "Translators"
SITE_HISTORY_PERMISSION = "wagtailcore.view_pagelogentry"


def translator_group_name(language_code: str) -> str:
    return f"{TRANSLATORS} ({language_code})"


def target_language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def _translator_languages(user) -> frozenset[str] | None:
    """The languages a translator works in, or None when the user is not only a translator."""
    if not user.is_authenticated or user.is_superuser:
        return None
    cached = getattr(user, "_hub_translator_languages", False)
    if cached is not False:
        return cached
    names = set(user.groups.values_list("name", flat=True))
    by_group = {TRANSLATORS: set(target_language_codes())}
    by_group.update({translator_group_name(code): {code} for code in target_language_codes()})
    languages = None
    if names and names <= by_group.keys():
        languages = frozenset().union(*(by_group[name] for name in names))
    user._hub_translator_languages = languages
    return languages


def is_translator(user) -> bool:
    return _translator_languages(user) is not None


def translator_languages(user) -> frozenset[str]:
    return _translator_languages(user) or frozenset()


def translator_may_edit(user, instance) -> bool:
    """A translator edits a page or snippet only through its translation, in their languages."""
    if not is_translator(user):
        return True
    if instance.locale.language_code not in translator_languages(user):
        return False
    return Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).exists()


class HubPagePermissionTester(PagePermissionTester):
    """Wagtail's page permissions, minus what translators must never do."""

    def _restricted(self):
        return is_translator(self.user)

    def can_delete(self, ignore_bulk=False):
        return not self._restricted() and super().can_delete(ignore_bulk=ignore_bulk)

    def can_unpublish(self):
        return not self._restricted() and super().can_unpublish()

    def can_move(self):
        return not self._restricted() and super().can_move()

    def can_copy(self):
        return not self._restricted() and super().can_copy()

    def can_lock(self):
        return not self._restricted() and super().can_lock()

    def can_unlock(self):
        return not self._restricted() and super().can_unlock()

    def can_add_subpage(self):
        return not self._restricted() and super().can_add_subpage()

    def can_reorder_children(self):
        return not self._restricted() and super().can_reorder_children()

    def can_set_view_restrictions(self):
        return not self._restricted() and super().can_set_view_restrictions()
