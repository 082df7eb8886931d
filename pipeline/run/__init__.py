"""Running the pipeline over many briefs: the local batch, the Dask runner, the atomic writer and
the pipeline cache.

``batch`` decides what to do with each brief (discover, up to date, extract, report), ``writer``
puts every file on disk whole or not at all; the runners hand briefs to worker processes, which
load the built pipeline from ``cache`` instead of building it.
"""
