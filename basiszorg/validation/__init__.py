"""Input hygiene for family data (wired in hooks.py)."""
