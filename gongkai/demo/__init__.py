"""Demo data for `make demo`: a fictional county, its staff and about two hundred catalogued documents."""
