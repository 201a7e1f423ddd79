"""Calendar files (iCalendar, RFC 5545) for meeting invitations.

The event names no family: calendars are synchronised to phones and shared with colleagues, so the
summary says only what kind of meeting it is and its reference; the e-mail that carries the file
says which family it is about.
"""

import unicodedata
from datetime import datetime

CRLF = "\r\n"
MAX_OCTETS = 75


def tekst(waarde: str | None) -> str:
	"""Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11); other
	control characters are dropped."""
	waarde = (waarde or "").replace("\r\n", "\n").replace("\r", "\n")
	waarde = "".join(c for c in waarde if c in "\n\t" or unicodedata.category(c) != "Cc")
	return waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def utc(moment: datetime) -> str:
	"""A naive UTC datetime as an iCalendar UTC time."""
	return moment.strftime("%Y%m%dT%H%M%SZ")


def vouw(regel: str) -> str:
	"""Fold a content line at 75 octets (UTF-8) without splitting a character (RFC 5545 3.1)."""
	delen, huidig, lengte = [], "", 0
	for teken in regel:
		grootte = len(teken.encode())
		limiet = MAX_OCTETS if not delen else MAX_OCTETS - 1  # continuation lines start with a space
		if lengte + grootte > limiet:
			delen.append(huidig)
			huidig, lengte = "", 0
		huidig += teken
		lengte += grootte
	delen.append(huidig)
	return (CRLF + " ").join(delen)


def ontvouw(ics: str) -> str:
	return ics.replace(CRLF + " ", "")


def ics(
	uid: str,
	begin_utc: datetime,
	einde_utc: datetime,
	samenvatting: str,
	gemaakt_op_utc: datetime,
	locatie: str | None = None,
	beschrijving: str | None = None,
	url: str | None = None,
	volgnummer: int = 0,
) -> str:
	"""One event (METHOD:PUBLISH: added to the calendar, no RSVP), times in UTC."""
	regels = [
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//basiszorg//Overleg//NL",
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		"BEGIN:VEVENT",
		f"UID:{tekst(uid)}",
		f"SEQUENCE:{volgnummer}",
		f"DTSTAMP:{utc(gemaakt_op_utc)}",
		f"DTSTART:{utc(begin_utc)}",
		f"DTEND:{utc(einde_utc)}",
		f"SUMMARY:{tekst(samenvatting)}",
	]
	if locatie:
		regels.append(f"LOCATION:{tekst(locatie)}")
	if beschrijving:
		regels.append(f"DESCRIPTION:{tekst(beschrijving)}")
	if url:
		regels.append(f"URL:{tekst(url)}")
	regels += ["END:VEVENT", "END:VCALENDAR"]
	return CRLF.join(vouw(r) for r in regels) + CRLF
