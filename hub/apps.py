from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = _("Hub foundations")
    default_auto_field = "django.db.models.BigAutoField"
