"""Running the pipeline over many briefs: the local batch, the Dask runner and the atomic writer.

``batch`` decides what to do with each brief (discover, up to date, extract, report), ``writer``
puts every file on disk whole or not at all; the runners hand briefs to worker processes.
"""
