from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "forum"
    label = "forum"
    verbose_name = _("The Forum")
    default_auto_field = "django.db.models.BigAutoField"
