"""Daily reminders (scheduled in hooks.py)."""
