"""The engine: pure evaluation of a factor set against a document (conditions, verdicts, statuses)."""
