"""The partner portal: member organisations draft their own news and events."""
