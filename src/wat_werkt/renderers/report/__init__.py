"""The report formats of `watwerkt check`, one module each."""
