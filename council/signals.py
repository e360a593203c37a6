"""What publishing and unpublishing Council pages does to documents and duty hours."""

from wagtail.signals import page_published, page_unpublished

from council.documents import publish_document, restrict_document


def minutes_published(sender, instance, **kwargs):
    publish_document(instance.signed_pdf)


def minutes_unpublished(sender, instance, **kwargs):
    restrict_document(instance.signed_pdf)


def duty_hours_published(sender, instance, **kwargs):
    instance.generate_occurrences()


def duty_hours_unpublished(sender, instance, **kwargs):
    instance.occurrences.all().delete()


def connect():
    from council.models import CouncilDutyHoursPage, CouncilMinutesPage

    page_published.connect(minutes_published, sender=CouncilMinutesPage)
    page_unpublished.connect(minutes_unpublished, sender=CouncilMinutesPage)
    page_published.connect(duty_hours_published, sender=CouncilDutyHoursPage)
    page_unpublished.connect(duty_hours_unpublished, sender=CouncilDutyHoursPage)
