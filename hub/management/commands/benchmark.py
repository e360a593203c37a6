"""Speed and memory targets, measured on a scaled copy of the demo content.

Run with ``make bench``.  It builds its own test database (SQLite file, or
``<name>_bench`` when DATABASE_URL points at PostgreSQL), seeds it with
``seed_demo --scale N``, then requests each public page type many times and
reports the median and 95th-percentile time, the queries per request and the
peak memory of the process.  It exits non-zero when a target is missed, so it
can guard a release without making the test suite depend on timing.
"""

from __future__ import annotations

import resource
import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from hub.demo.seed import seed_demo

# Targets on the reference machine (2 cores): median and 95th percentile per
# request in milliseconds, queries per request, and peak resident memory.
TARGET_MEDIAN_MS = 150
TARGET_P95_MS = 300
TARGET_QUERIES = 40
TARGET_PEAK_MEMORY_MB = 400

URLS = [
    "/pl/",
    "/uk/",
    "/pl/aktualnosci/",
    "/en/news/?area=health",
    "/uk/novyny/dovidnyk-zdorovia/",
    "/pl/o-forum/",
    "/en/news/feed/",
    "/sitemap.xml",
    "/pl/search/?q=forum",
    "/pl/kalendarz/ical/",
]


class Command(BaseCommand):
    help = "Measure page speed, queries and memory against the targets (make bench)."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=25, help="Demo content multiplier.")
        parser.add_argument("--requests", type=int, default=30, help="Requests per URL.")

    def handle(self, *args, scale, requests, **options):
        old_config = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            started = time.perf_counter()
            seed_demo(scale=scale, accounts=False)
            self.stdout.write(f"seeded scale {scale} in {time.perf_counter() - started:.1f}s")
            failures = self.measure(requests)
        finally:
            connection.creation.destroy_test_db(old_config, verbosity=0)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.stdout.write(f"peak memory {peak_mb:.0f} MB (target {TARGET_PEAK_MEMORY_MB} MB)")
        if peak_mb > TARGET_PEAK_MEMORY_MB:
            failures.append(f"peak memory {peak_mb:.0f} MB")
        if failures:
            raise CommandError("Targets missed: " + "; ".join(failures))
        self.stdout.write(self.style.SUCCESS("All targets met."))

    @override_settings(ALLOWED_HOSTS=["*"])
    def measure(self, requests):
        client = Client()
        failures = []
        header = f"{'url':<36}{'median ms':>10}{'p95 ms':>9}{'queries':>9}"
        self.stdout.write(header)
        for url in URLS:
            client.get(url)  # warm caches
            timings = []
            for _ in range(requests):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    failures.append(f"{url} answered {response.status_code}")
            median = statistics.median(timings)
            p95 = statistics.quantiles(timings, n=20)[-1]
            count = len(queries)
            self.stdout.write(f"{url:<36}{median:>10.1f}{p95:>9.1f}{count:>9}")
            if median > TARGET_MEDIAN_MS or p95 > TARGET_P95_MS:
                failures.append(f"{url} median {median:.0f} ms, p95 {p95:.0f} ms")
            if count > TARGET_QUERIES:
                failures.append(f"{url} ran {count} queries")
        return failures
