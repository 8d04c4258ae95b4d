class ApplicationError(Exception):
    """A business rule refused an action; `message` is shown to the person as it is (Chinese)."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
