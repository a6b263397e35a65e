"""Guanxi (关系): a desktop client-relationship manager for one branch."""

__version__ = "0.1.0"
