"""Mijn gezin: the family's own place in the Frappe website (pages in ``basiszorg/www/mijn-gezin``).

Every read runs as the family member, through the permission package, inside
``permissions.portaal.reading()``; every action is a whitelisted method whose first line checks
the member's access (``leden.require_member``).
"""
