"""Outputs into the formats other tools read: STIX 2.1 bundles for threat-intelligence platforms
(``stix``) and flat tables for spreadsheets and pandas (``table``). Both read outputs through
``pipeline.review.outputs`` and write nothing but what the outputs hold.
"""
