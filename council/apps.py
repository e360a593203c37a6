from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilConfig(AppConfig):
    name = "council"
    label = "council"
    verbose_name = _("Immigrants' Council")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from council import signals

        signals.connect()
