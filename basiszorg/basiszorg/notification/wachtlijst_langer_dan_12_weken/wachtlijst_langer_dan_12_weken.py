def get_context(context):
	"""No extra context: the message uses only the Gezin document."""
