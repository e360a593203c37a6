"""A machine translator for the demo and the tests: readable, clearly marked text.

wagtail-localize's dummy translator reverses the words; this one keeps the source
text and puts "[machine translation]" (in the target language) in front of every
string, so a demo page shows at a glance which text no translator has touched.
Production uses DeepL when ``DEEPL_API_KEY`` is set (``hub.settings.base``).
"""

from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.strings import StringValue


def _language(locale) -> str:
    return locale.language_code.split("-")[0]


class MarkedMachineTranslator(BaseMachineTranslator):
    display_name = _("Development translator (marked source text)")

    def translate(self, source_locale, target_locale, strings):
        with translation.override(target_locale.language_code):
            mark = gettext("[machine translation]")
        return {string: StringValue(f"{mark} {string.data}") for string in strings}

    def can_translate(self, source_locale, target_locale):
        return _language(source_locale) != _language(target_locale)


class HubDeepLTranslator(DeepLTranslator):
    """wagtail-localize's DeepL translator, asking for British English.

    DeepL keeps a bare "EN" target only for backward compatibility; the hub's "en"
    locale is European English. Glossaries stay keyed by "EN" (DeepL names glossary
    languages without the variant).
    """

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        if parameters["target_lang"] == "EN":
            parameters["target_lang"] = "EN-GB"
        return parameters
