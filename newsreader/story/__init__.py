"""The story: temporal expressions, publication dates, versions, events, timeline."""
