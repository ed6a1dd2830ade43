"""Database layer: typed SQLAlchemy models and the engine/session factory (nothing else)."""
