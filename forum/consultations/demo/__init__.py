"""Demo consultations: the texts in consultations.toml, the seeder in seed.py."""

from .seed import seed_consultations

__all__ = ["seed_consultations"]
