"""The one error the build raises: a message a contributor can act on, naming the file at fault."""

from __future__ import annotations


class BuildError(Exception):
    """The site cannot be built as it stands (an unknown figure, a malformed macro, a failed step)."""
