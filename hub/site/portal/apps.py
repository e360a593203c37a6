from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "hub.site.portal"
    label = "portal"
    verbose_name = _("Partner portal")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import notifications

        # Partners hear of editors' decisions from the portal, never with admin links.
        notifications.connect()
