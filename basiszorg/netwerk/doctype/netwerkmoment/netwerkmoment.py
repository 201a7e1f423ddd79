# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt
"""The network map as it was when a plan version was adopted (or at closure): kept by the app
(basiszorg.netwerk.kaart.keep_moment), read to show how the network changed. A person of one
child's own network is that child's part: the part rule hides such rows from who may not see it
(form, REST, print)."""

from frappe.model.document import Document

from basiszorg.permissions.changes import RecordChanges
from basiszorg.permissions.parts import ShowsOnlyCoveredParts


class Netwerkmoment(RecordChanges, ShowsOnlyCoveredParts, Document):
	pass
