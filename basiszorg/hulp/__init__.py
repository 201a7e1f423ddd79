"""Help that comes: the region's social map (*Aanbod* of the Zorgorganisaties) and per family the
requests for extra help (*Hulpaanvraag*), followed from the asking until the help starts, with
the waiting it brings; the referral goes to the new organisation only as far as a consent covers
it. The rules are pure (``basiszorg.domain.hulpaanvraag``)."""
