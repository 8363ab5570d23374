"""The local web app (``chuhai serve``): pages and a JSON API over the library."""

from chuhai.web.app import create_app

__all__ = ["create_app"]
