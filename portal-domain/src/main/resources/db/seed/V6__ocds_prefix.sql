-- Ben Guerir's OCDS ocid prefix. A placeholder until the commune registers its own with the OCDS Helpdesk
-- (ocds- and six characters): changing it changes every published ocid.
UPDATE commune_profile SET ocds_prefix = 'ocds-bgcommune' WHERE id = 1;
