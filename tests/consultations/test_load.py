"""A bounded load test: 20 clients × 5 submissions against a live server on PostgreSQL.

Every acknowledged response (a redirect to its receipt) must be stored exactly
once, and none may be lost.  Each client also sends its last form a second time,
as a double click or a refresh would, which must not add a response.  The rate
limit is raised for this run so that the test measures storage; a separate test
(test_submission) proves the limit.

Twenty clients released together by a barrier still send their forms at the same
time (the live server answers each request in a thread of its own, with its own
database connection); 100 submissions and 20 resends prove exactly-once storage as
500 did.
"""

import re
import threading
import uuid

import pytest
import requests
from django.core.cache import cache
from django.db import connections
from wagtail.models import Collection, Locale, Page

from forum.consultations.models import Response
from forum.consultations.ratelimit import SCOPE
from hub.ratelimit import limit_key
from hub.setup import setup_hub

from .conftest import Answering, build_consultation, reference_from, respond_url

CLIENTS = 20
SUBMISSIONS = 5
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def build_hub_from_empty_tables():
    """Transactional tests start from empty tables: recreate Wagtail's roots, then the hub."""
    if Page.get_first_root_node() is None:
        locale, _created = Locale.objects.get_or_create(language_code="pl")
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return setup_hub()


@pytest.fixture
def forget_the_count():
    """The clients' count towards the rate limit is forgotten afterwards.

    The cache is a table that the flush after a transactional test leaves as it is:
    the count of these hundred submissions from 127.0.0.1 would otherwise make the
    next run's consultation tests (the test client's address too) answer 429.
    """
    yield
    cache.delete(limit_key(SCOPE, "127.0.0.1"))


@pytest.mark.postgres
@pytest.mark.usefixtures("forget_the_count")
def test_every_acknowledged_response_is_stored_exactly_once(
    live_server, transactional_db, settings
):
    settings.CONSULTATIONS_RATE_LIMIT = 100_000
    index = build_hub_from_empty_tables()["sections"]["consultations.ConsultationIndexPage"]["pl"]
    page = build_consultation(index, slug="obciazenie")
    answering = Answering(page)
    url = live_server.url + respond_url(page)
    barrier = threading.Barrier(CLIENTS)
    acknowledged = {}  # token → reference
    lock = threading.Lock()
    errors = []

    def submit(session, csrf, data):
        for _attempt in range(3):  # a client retries the same form after a failure
            try:
                response = session.post(
                    url,
                    data={**data, "csrfmiddlewaretoken": csrf},
                    headers={"Referer": url},
                    allow_redirects=False,
                    timeout=120,
                )
            except requests.RequestException:
                continue
            if response.status_code == 303:
                return reference_from(response.headers["Location"])
        return None

    def client(number):
        try:
            with requests.Session() as session:
                form = session.get(url, timeout=120)
                csrf = CSRF.search(form.text).group(1)
                barrier.wait(timeout=120)
                data = None
                for _submission in range(SUBMISSIONS):
                    data = answering.valid_data(token=str(uuid.uuid4()), name=f"Osoba {number}")
                    reference = submit(session, csrf, data)
                    if reference:
                        with lock:
                            acknowledged[data["token"]] = reference
                # The last form sent again, as a refresh would: the same receipt.
                again = submit(session, csrf, data)
                assert again == acknowledged.get(data["token"]), "a resend got a new response"
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)

    assert not errors, errors[:5]
    stored = list(Response.objects.for_consultation(page).values_list("token", "reference"))
    assert len(acknowledged) == CLIENTS * SUBMISSIONS, "every submission was acknowledged"
    assert len(stored) == len({token for token, _ref in stored}) == CLIENTS * SUBMISSIONS
    assert {str(token): reference for token, reference in stored} == acknowledged
