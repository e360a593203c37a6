"""PostgreSQL: an accent-insensitive text-search configuration, ``hub_unaccent``.

Stock PostgreSQL has no Polish or Ukrainian dictionary, so the configuration
copies ``simple`` and runs every word through ``unaccent``: "Gdansk" finds
"Gdańsk", "zrodla" finds "źródła".  Nothing happens on other databases.
"""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'hub_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION hub_unaccent (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION hub_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END
$$;
"""

DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS hub_unaccent;"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [migrations.RunPython(forwards, backwards)]
