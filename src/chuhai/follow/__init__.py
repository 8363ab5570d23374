"""Must this supplier follow its customers abroad, and to where."""

from chuhai.follow.profile import Profile, load_profile

__all__ = ["Profile", "load_profile"]
