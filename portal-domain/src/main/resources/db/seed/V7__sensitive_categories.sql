-- Ben Guerir's sensitive Allo Citizen categories: requests about a person's health or a death are never
-- published (Open311, feeds, statistics by place, maps); only the accountability figures count them.
UPDATE request_category SET never_public = TRUE WHERE code IN ('AMBULANCE', 'DECEASED_TRANSPORT', 'DIALYSIS_TRANSPORT');
