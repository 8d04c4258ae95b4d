"""Staff views of the catalogue, one module per area. Thin: rules decide, services act, selectors read."""
