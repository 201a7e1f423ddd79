"""Pure domain rules of basiszorg.

Nothing in this package imports frappe: every rule takes plain values (dates are passed in,
never read from a clock) so that it can be tested with pytest without a site. Records are
read through ``.get(key)``, which both plain dicts and frappe documents support.
"""
