"""The names of the hub's own Wagtail hooks, in one place.

Content apps plug into the foundations by registering functions under these names
in their ``wagtail_hooks.py``; they import the names from here, never the module
that runs the hook (``hub.demo.seed`` would bring the demo into production code).

- ``SECTION_ROOTS_HOOK``: returns a list of ``hub.setup.SectionRoot``, pages every
  language tree has under its home page (the calendar, the Council section…);
- ``AFTER_SETUP_HOOK``: called by ``setup_hub`` with the setup context (locales, homes,
  sections, collections, groups) to add collections, permissions or data of its own;
- ``SEEDERS_HOOK``: returns dotted paths of the app's demo seeders (a seeder function
  or a list of them), imported and run by ``seed_demo`` only, so the demo (and the
  factories it builds with) never loads in a running site;
- ``RETENTION_HOOK``: a policy run by ``apply_retention`` (see ``hub.retention``);
- ``ORGANISATION_PREVIEW_HOOK``: ``(request, organisation) -> response or None``, the
  organisation's public profile, rendered by the app that shows profiles, so that its
  preview in the admin is the page residents will see.
"""

SECTION_ROOTS_HOOK = "hub_section_roots"
AFTER_SETUP_HOOK = "hub_after_setup"
SEEDERS_HOOK = "hub_seeders"
RETENTION_HOOK = "hub_retention_policies"
ORGANISATION_PREVIEW_HOOK = "hub_organisation_preview"
