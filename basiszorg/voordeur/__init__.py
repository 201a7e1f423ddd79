"""The front door online: professionals and parents register a family on two public pages
(``/aanmelden/gezin``, ``/aanmelden/ons-gezin``); a registration waits in quarantine as an
*Aanmelding* that only coordinators read, until one accepts it into a Gezin (registered on the
day it was sent) or rejects it. The rules are pure (``basiszorg.domain.aanmelding``)."""
