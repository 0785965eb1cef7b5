"""Vocabulary that belongs to no one language: first names, armed groups' names."""
