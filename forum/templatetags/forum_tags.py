"""Template tags of the Forum's pages."""

from django import template

from forum.models import OrganisationDirectoryPage

register = template.Library()


@register.simple_tag
def organisation_directory(page):
    """The live organisation directory in ``page``'s language (None if there is none).

    A working group's page links its member organisations to their profiles; asking
    here keeps ``forum.models.groups`` from importing the directory, which lists the
    working groups.
    """
    return OrganisationDirectoryPage.objects.live().filter(locale=page.locale).first()
