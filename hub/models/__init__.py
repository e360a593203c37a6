from .areas import ThematicArea
from .base import BasePage, ListingFields, SocialFields
from .mail import OutgoingEmail
from .media import HubDocument, HubImage, HubRendition
from .news import NewsIndexPage, NewsPage, NewsPageArea
from .pages import StandardPage
from .people import Organisation, Person
from .site import AlertBanner, SiteSettings
from .translation import TranslationRequest, TranslationReview

__all__ = [
    "AlertBanner",
    "BasePage",
    "HubDocument",
    "HubImage",
    "HubRendition",
    "ListingFields",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageArea",
    "OutgoingEmail",
    "Organisation",
    "Person",
    "SiteSettings",
    "SocialFields",
    "StandardPage",
    "ThematicArea",
    "TranslationRequest",
    "TranslationReview",
]
