"""reader: a terminal reader for Vietnamese diplomatic news."""

__version__ = "0.1.0"
