"""Factories for the foundations' models, shared by tests and benchmarks."""

import datetime

import factory
import wagtail_factories
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale

from hub.models import NewsPage, NewsPageArea, Organisation, Person, StandardPage, ThematicArea


class ThematicAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ThematicArea

    code = factory.Sequence(lambda n: f"area-{n}")
    name = factory.Sequence(lambda n: f"Obszar {n}")


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Strona {n}")
    slug = factory.Sequence(lambda n: f"strona-{n}")
    introduction = "Wprowadzenie do strony."


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Wiadomość {n}")
    slug = factory.Sequence(lambda n: f"wiadomosc-{n}")
    lead = factory.Sequence(lambda n: f"Krótki wstęp do wiadomości {n}.")
    publication_date = factory.Sequence(lambda n: timezone.now() - datetime.timedelta(hours=n + 1))


def create_news(index, areas=(), **fields):
    """A live news page under ``index`` (a news index), tagged with ``areas``."""
    page = NewsPageFactory.build(locale=index.locale, **fields)
    for area in areas:
        page.area_links.add(NewsPageArea(area=area))
    index.add_child(instance=page)
    return page


class OrganisationFactory(factory.django.DjangoModelFactory):
    """A published member organisation in the default language; ``live=False`` for a draft."""

    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Stowarzyszenie Testowe {n}")
    slug = factory.Sequence(lambda n: f"stowarzyszenie-testowe-{n}")
    description = factory.Sequence(lambda n: f"Opis organizacji {n}.")
    locale = factory.LazyFunction(Locale.get_default)


class PersonFactory(factory.django.DjangoModelFactory):
    """A published person in the default language; ``live=False`` for a draft."""

    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Osoba Testowa {n}")
    affiliation = "Urząd Miejski w Gdańsku"
    locale = factory.LazyFunction(Locale.get_default)


class StaffFactory(factory.django.DjangoModelFactory):
    """A staff account in the named groups: ``StaffFactory(groups=["Editors"])``."""

    class Meta:
        model = "auth.User"
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"staff-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    is_staff = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))


def can_sign_in(user, password):
    """Give ``user`` a password and a verified primary address, as the sign-in form needs."""
    user.set_password(password)
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user


def translate_page(page, code, **fields):
    """A published translation of ``page`` in the language ``code``, with ``fields`` set.

    Wagtail's copy for translation (what wagtail-localize starts from); the parent
    must be translated already (``setup_hub`` translates the homes and sections).
    """
    translated = page.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def translate_snippet(obj, code, **fields):
    """A saved translation of a translatable snippet (an area, a person) in ``code``.

    Wagtail's copy for translation with ``fields`` set; it shares the source's
    ``translation_key``, as wagtail-localize's translations do.
    """
    translated = obj.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return translated


class DocumentFactory(factory.django.DjangoModelFactory):
    """A small PDF: ``DocumentFactory(collection=<a collection>)``."""

    class Meta:
        model = "hub.HubDocument"

    title = factory.Sequence(lambda n: f"Dokument {n}")
    file = factory.django.FileField(filename="dokument.pdf", data=b"%PDF-1.4\n%%EOF\n")
