"""Service layer: the only code that writes. One public function per use case, one transaction each."""
