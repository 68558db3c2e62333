"""The formats of `watwerkt compare`: the comparison and its table, JSON, Markdown and HTML."""
