from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "hub"
    verbose_name = _("Hub foundations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from allauth.mfa.signals import authenticator_added
        from django.db.models.signals import post_save

        from hub.middleware import record_mfa_set_up
        from hub.setup import page_created

        post_save.connect(page_created, dispatch_uid="hub_translators_new_section")
        authenticator_added.connect(record_mfa_set_up, dispatch_uid="hub_mfa_set_up")
