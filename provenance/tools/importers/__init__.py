"""Importers that turn public tables into rule files."""
