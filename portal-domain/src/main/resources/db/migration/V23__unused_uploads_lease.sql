-- The daily deletion of staff uploads that no saved item uses (issue 12, finding 14), once across instances.
INSERT INTO run_lease (lease_key) VALUES ('files.unused-uploads');
