"""Qt wizards of the desktop app."""
