"""Tråde: relational threads in a co-creating municipality."""
