"""Bulk imports: referral files, rate tables."""
