"""Burgerservicenummer check (the '11-proef')."""

GEWICHTEN = (9, 8, 7, 6, 5, 4, 3, 2, -1)
CIJFERS = "0123456789"  # not str.isdigit(): that accepts superscripts and other scripts' digits


def normaliseer_bsn(waarde: str) -> str:
	"""Digits only; an eight-digit number gets its leading zero back."""
	cijfers = "".join(c for c in (waarde or "") if c in CIJFERS)
	return cijfers.zfill(9) if len(cijfers) == 8 else cijfers


def is_geldig_bsn(waarde: str) -> bool:
	"""True for a nine-digit number whose weighted sum is a multiple of 11 (and not all zeros)."""
	if not waarde or any(c not in CIJFERS and c not in " .-" for c in waarde):
		return False
	cijfers = normaliseer_bsn(waarde)
	if len(cijfers) != 9 or set(cijfers) == {"0"}:
		return False
	return sum(int(c) * g for c, g in zip(cijfers, GEWICHTEN, strict=True)) % 11 == 0
