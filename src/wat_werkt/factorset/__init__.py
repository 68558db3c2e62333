"""Factor sets: load and check a folder of factor files, and lint it."""
