"""Choosers of translatable snippets that stay in one language (issue 12, item 7).

A page or snippet in Polish links Polish areas, people and organisations only.
``LocalisedSnippetChooser`` opens Wagtail's snippet chooser already filtered to
the locale of the object being edited (the chooser's own ``?locale=`` filter),
and its texts ("Choose thematic area") are translated when the widget is
rendered, in the editor's admin language: Wagtail's widget formats them once,
when the form class is built, in whatever language the first request had.
``SameLocaleChoosersMixin`` pins the widgets of a form and of its inline rows
to the edited object's locale and refuses, with a message on the field, an
object of another locale (whatever was posted). wagtail-localize's own
translations never pass through these forms: it points each translation at
the related objects' translations itself.
"""

from django.utils.functional import lazy
from django.utils.translation import get_language_info, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import TranslatableMixin
from wagtail.snippets.widgets import AdminSnippetChooser


def _choose_one(name):
    return gettext("Choose %(object)s") % {"object": name}


def _choose_another(name):
    return gettext("Choose another %(object)s") % {"object": name}


def _edit_this(name):
    return gettext("Edit this %(object)s") % {"object": name}


_choose_one_lazy = lazy(_choose_one, str)
_choose_another_lazy = lazy(_choose_another, str)
_edit_this_lazy = lazy(_edit_this, str)


class LocalisedSnippetChooser(AdminSnippetChooser):
    """Wagtail's snippet chooser, translated at render time and pinned to a locale."""

    locale = None

    def __init__(self, model=None, **kwargs):
        super().__init__(model=model, **kwargs)
        name = self.model._meta.verbose_name
        self.choose_one_text = _choose_one_lazy(name)
        self.choose_another_text = _choose_another_lazy(name)
        self.link_to_chosen_text = _edit_this_lazy(name)

    def get_chooser_modal_url(self):
        url = super().get_chooser_modal_url()
        if self.locale is not None:
            url = f"{url}?locale={self.locale.language_code}"
        return url


def _translatable_chooser_fields(form):
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is not None and issubclass(queryset.model, TranslatableMixin):
            yield name, field


def _pin_widgets(form, locale):
    for _name, field in _translatable_chooser_fields(form):
        if isinstance(field.widget, LocalisedSnippetChooser):
            field.widget.locale = locale


def _pinned_formset_class(formset_class):
    """The formset class whose forms (the empty one for new rows too) are pinned."""

    class PinnedFormSet(formset_class):
        chooser_locale = None

        def _construct_form(self, i, **kwargs):
            form = super()._construct_form(i, **kwargs)
            _pin_form(form, self.chooser_locale)
            return form

        @property
        def empty_form(self):
            form = super().empty_form
            _pin_form(form, self.chooser_locale)
            return form

    PinnedFormSet.__name__ = formset_class.__name__
    return PinnedFormSet


def _pin_form(form, locale):
    _pin_widgets(form, locale)
    for formset in getattr(form, "formsets", {}).values():
        if not hasattr(formset, "chooser_locale"):
            formset.__class__ = _pinned_formset_class(formset.__class__)
        formset.chooser_locale = locale


def _language_name(locale):
    """The language's name in the admin's language ("Polish" in the English admin)."""
    return get_language_info(locale.language_code)["name_translated"]


def _check_form(form, locale):
    if not getattr(form, "cleaned_data", None) or form.cleaned_data.get("DELETE"):
        return
    for name, _field in _translatable_chooser_fields(form):
        chosen = form.cleaned_data.get(name)
        if chosen is not None and chosen.locale_id != locale.pk:
            form.add_error(
                name,
                _(
                    "“%(object)s” is in %(language)s and what you are editing in "
                    "%(locale)s: choose one in %(locale)s."
                )
                % {
                    "object": chosen,
                    "language": _language_name(chosen.locale),
                    "locale": _language_name(locale),
                },
            )
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            _check_form(child, locale)


class SameLocaleChoosersMixin:
    """For an admin form: translatable snippets chosen in the edited object's locale only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.chooser_locale = self._edited_locale()
        if self.chooser_locale is not None:
            _pin_form(self, self.chooser_locale)

    def _edited_locale(self):
        return self.instance.locale if getattr(self.instance, "locale_id", None) else None

    def is_valid(self):
        valid = super().is_valid()
        if self.chooser_locale is None:
            return valid
        _check_form(self, self.chooser_locale)
        return valid and not self._has_any_error(self)

    @classmethod
    def _has_any_error(cls, form):
        if form.errors:
            return True
        return any(
            cls._has_any_error(child)
            for formset in getattr(form, "formsets", {}).values()
            for child in formset.forms
        )


class SameLocalePageForm(SameLocaleChoosersMixin, WagtailAdminPageForm):
    """The base form of the hub's pages."""


class SameLocaleSnippetForm(SameLocaleChoosersMixin, WagtailAdminModelForm):
    """The base form of the hub's translatable snippets that link other snippets."""
