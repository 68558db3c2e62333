"""Terminal views of other commands: `explain` and the factor list."""
