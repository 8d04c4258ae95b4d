"""Staff forms. They validate input and shape it for the services; the rules live in the services."""
