"""Importers: one module per public dataset format. Each parses a file into record frames
plus a report of problems, and :func:`chuhai.sources.load.import_files` writes them to the
store atomically."""
