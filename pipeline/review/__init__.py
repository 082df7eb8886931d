"""Working on finished outputs: read them (``outputs``), compare them (``diff``), show one brief
as a page (``page`` and its template), score them against gold (``evaluate``) and print the
results (``report``). Nothing here runs the extraction pipeline except ``page`` for a brief
given as text.
"""
