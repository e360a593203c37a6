"""The portal dashboard: members see their organisation's items and nothing else."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hub.models import NewsPage, Organisation
from hub.site.portal.models import Decision, Membership

# Reads the seeded demo hub; drop this mark once the module builds its own data.
pytestmark = pytest.mark.demo

URL = "/pl/partners/"


def make_org(locales, slug):
    return Organisation.objects.create(name=f"Org {slug}", slug=slug, locale=locales["pl"])


def make_member(org, email, status=Decision.APPROVED):
    user = get_user_model().objects.create_user(username=email, email=email, password="x" * 12)
    Membership.objects.create(user=user, organisation=org, status=status)
    return user


def add_news(index, org, count, prefix):
    for n in range(count):
        index.add_child(
            instance=NewsPage(
                title=f"{prefix} news {n}",
                slug=f"{prefix}-news-{n}",
                lead="Lead.",
                organisation=org,
            )
        )


@pytest.fixture
def orgs(locales, news_indexes):
    a, b = make_org(locales, "org-a-test"), make_org(locales, "org-b-test")
    add_news(news_indexes["pl"], a, 2, "alpha")
    add_news(news_indexes["pl"], b, 2, "beta")
    return a, b


def test_member_sees_own_items_not_another_organisations(client, orgs):
    a, _b = orgs
    client.force_login(make_member(a, "a@example.org"))
    response = client.get(URL)
    body = response.content.decode()
    assert response.status_code == 200
    assert "alpha news 0" in body and "Org org-a-test" in body
    assert "beta news" not in body and "Org org-b-test" not in body


@pytest.mark.parametrize("status", [Decision.PENDING, Decision.REFUSED, None])
def test_non_members_get_404(client, orgs, status):
    a, _b = orgs
    if status is None:
        user = get_user_model().objects.create_user(username="n", email="n@example.org")
    else:
        user = make_member(a, f"{status}@example.org", status=status)
    client.force_login(user)
    assert client.get(URL).status_code == 404
    client.logout()
    assert client.get(URL).status_code == 404


def test_dashboard_queries_do_not_grow(client, orgs, news_indexes):
    a, _b = orgs
    client.force_login(make_member(a, "q@example.org"))
    add_news(news_indexes["pl"], a, 3, "few")
    with CaptureQueriesContext(connection) as few:
        assert client.get(URL).status_code == 200
    add_news(news_indexes["pl"], a, 195, "many")
    with CaptureQueriesContext(connection) as many:
        response = client.get(URL)
    assert "many news 194" in response.content.decode()
    assert len(few) == len(many)
