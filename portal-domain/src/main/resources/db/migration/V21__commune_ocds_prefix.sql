-- The commune's OCDS ocid prefix is part of its identity, as data (DESIGN: "nothing about Ben Guerir is
-- hard-coded"): registered by each publisher with the OCDS Helpdesk, seeded per commune.
ALTER TABLE commune_profile ADD COLUMN ocds_prefix VARCHAR(60);
