"""The phases of a consultation and the statuses of a response.

They sit below the models, so the views and the results that the consultation page
calls can name them without importing the models (which import those views).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Phase(models.TextChoices):
    ANNOUNCED = "announced", _("Announced")
    OPEN = "open", _("Open for responses")
    CLOSED = "closed", _("Closed, report in preparation")
    REPORTED = "reported", _("Report published")


class ResponseStatus(models.TextChoices):
    NEW = "new", _("New")
    PUBLISHED = "published", _("Published")
    HIDDEN = "hidden", _("Hidden")
