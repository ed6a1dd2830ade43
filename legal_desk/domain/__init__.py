"""Domain layer: pure legal rules and value types (no Qt, no database, no files)."""
