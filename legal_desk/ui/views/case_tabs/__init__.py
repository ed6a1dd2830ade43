"""Tab pages of the case-file window, each built from the CaseFile the view loaded."""
