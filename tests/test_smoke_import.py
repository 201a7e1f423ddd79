from basiszorg.domain import bsn


def test_bsn_example():
	assert bsn.is_geldig_bsn("111222333")
