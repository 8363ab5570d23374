"""chuhai (出海): expansion intelligence for Chinese firms going global.

Public API only; see :mod:`chuhai.api`.
"""

from chuhai.api import (countries, flows, import_file, import_files, moves, open_store,
                        resolve_companies, sectors)
from chuhai.errors import ChuhaiError, InputError, NotFoundError, StoreError

__version__ = "0.1.0"
__all__ = ["open_store", "flows", "moves", "import_file", "import_files", "resolve_companies",
           "countries", "sectors", "ChuhaiError", "InputError", "NotFoundError", "StoreError"]
