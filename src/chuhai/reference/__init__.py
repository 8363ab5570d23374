"""Reference data: countries, regions and blocs, sectors, and the company registry.

Each is one TSV shipped in this package; the modules here read them once and answer
questions about them.
"""
