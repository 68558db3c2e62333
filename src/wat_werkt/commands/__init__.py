"""One module per command; commands/app.py registers them on the Typer app."""
