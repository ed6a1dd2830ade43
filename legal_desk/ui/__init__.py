"""Qt layer: widgets and item models over the services; never a session or a query here."""
