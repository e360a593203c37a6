from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteShellConfig(AppConfig):
    """The shell is an app of its own so that ``hub`` never imports it.

    Its models say ``app_label = "hub"``: their tables, content types and
    migrations stay the foundations' (``hub_homepage``, ``hub/migrations``).
    """

    name = "hub.site"
    label = "hub_site"
    verbose_name = _("Site shell")
    default_auto_field = "django.db.models.BigAutoField"
