"""Is it getting better? Outcomes measured through the traject (*Meting*): per goal of the plan,
per child the five elements of basic care, for the parents draagkracht and draaglast; scored by
the coordinator at intake and every meeting, and by the parents and youngsters on Mijn gezin. The
scales and elements are data (*Meetschaal*, *Basiszorg Element*); the rules are pure
(``basiszorg.domain.resultaten``)."""
