"""Writers of what a county hands in: formatted .xlsx forms and tables, change packages.

Imports rules/, never Qt, Processing or the UI, so the algorithms, the dock and scripts share it.
"""
