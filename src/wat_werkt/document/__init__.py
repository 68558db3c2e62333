"""One intervention document: read YAML with locations, validate it, and say what is wrong in words."""
