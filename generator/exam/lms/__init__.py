"""LMS export: Moodle XML, QTI 2.1 and Canvas QTI 1.2 from the verified variants."""
