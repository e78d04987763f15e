"""Errors a service raises when it refuses a change; the message is a sentence for the user."""


class ServiceError(Exception):
    """The change was refused and nothing was written."""


class NotFound(ServiceError):
    """The thing named does not exist (any more) in this store."""
