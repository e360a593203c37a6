"""The root URL conf: admin, documents, sitemap, search, accounts and the page tree."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static as static_patterns
from django.contrib.staticfiles.urls import staticfiles_urlpatterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from hub.site import health, sitemap, views
from search import views as search_views

handler404 = "hub.site.views.page_not_found"
handler500 = "hub.site.views.server_error"

urlpatterns = [
    path("admin/login/", views.AdminLoginRedirect.as_view(), name="admin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("health/", health.health, name="health"),
]

if settings.DEBUG:
    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static_patterns(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("search/", search_views.search, name="search"),
    path("partners/", include("hub.site.portal.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
