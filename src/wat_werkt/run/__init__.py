"""Running a check: one file end to end, finding files, configuration, many files in order, writing output."""
