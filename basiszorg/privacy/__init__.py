"""Privacy lifecycle: the family's AVG overview and retention (see docs/privacy.md)."""
