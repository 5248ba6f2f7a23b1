-- A category whose requests are never public in any form (issue 12, finding 5): the ambulance, the
-- transport of the deceased, dialysis transport say something about a person's health or a death.
-- Data of the category: each commune's seed says which of its categories are sensitive.
-- The column is never_public: SENSITIVE is a reserved word of MariaDB and MySQL.
ALTER TABLE request_category ADD COLUMN never_public BOOLEAN NOT NULL DEFAULT FALSE;
