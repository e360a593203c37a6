"""Alert banners have drafts, revisions and previews: only the live version is shown."""

from hub.models import AlertBanner


def test_a_draft_banner_is_not_shown_until_it_is_published(client, locales):
    banner = AlertBanner(
        message="Urząd nieczynny w piątek (próba)",
        level=AlertBanner.Level.WARNING,
        locale=locales["pl"],
        live=False,
    )
    banner.save()
    banner.save_revision()
    assert "Urząd nieczynny w piątek (próba)" not in client.get("/pl/").content.decode()
    banner.get_latest_revision().publish()
    assert "Urząd nieczynny w piątek (próba)" in client.get("/pl/").content.decode()
    assert banner.revisions.count() == 1


def test_an_editor_previews_a_banner_and_sees_its_history(editor_client, locales):
    banner = AlertBanner.objects.create(message="Zmiana godzin dyżuru", locale=locales["pl"])
    banner.save_revision().publish()
    history = editor_client.get(f"/admin/snippets/hub/alertbanner/history/{banner.pk}/")
    assert history.status_code == 200
    edit = editor_client.get(f"/admin/snippets/hub/alertbanner/edit/{banner.pk}/").content.decode()
    assert "Publish" in edit or "Opublikuj" in edit
