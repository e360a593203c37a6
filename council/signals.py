"""What publishing and unpublishing Council pages does to duty hours.

(The minutes' signed PDF is kept in the right collection by
``CouncilMinutesPage.save``, whatever path saves them.)
"""

from wagtail.signals import page_published, page_unpublished

from council.models import CouncilDutyHoursPage


def duty_hours_published(sender, instance, **kwargs):
    instance.generate_occurrences()


def duty_hours_unpublished(sender, instance, **kwargs):
    instance.occurrences.all().delete()


def connect():
    page_published.connect(duty_hours_published, sender=CouncilDutyHoursPage)
    page_unpublished.connect(duty_hours_unpublished, sender=CouncilDutyHoursPage)
