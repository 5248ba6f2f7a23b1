-- The demo's staff: one account per role and a head of department, whose password the README publishes
-- (BenGuerir-demo-2026). They belong to the demo, so they come with it: the product creates no account but
-- the first administrator (FirstAdministrator), and holds no published password.
-- The hash is that password's, in the format of the container's Pbkdf2PasswordHash (PasswordHashing's
-- parameters: PBKDF2WithHmacSHA512, 210,000 iterations, 32-byte salt, 64-byte key), computed once; one
-- salt for the seven, since they share the password anyway.
-- A database the demo filled before this migration has these accounts already (the start-up created them):
-- an account that exists is left as it is, its roles too.

INSERT INTO account (username, display_name, email, password_hash, department_id, department_head)
SELECT s.username, s.display_name, s.email, 'PBKDF2WithHmacSHA512:210000:CzMfAcJ/p2vitCxIlyLrdOKwJ5/tGkANHBVEUYqh0J4=:PgcD2Txmv5yebVpX7DKgTAnvshVfs32Dn53Kdn+VBVmsS6/hNg+P6dJbkoTQVnvmtqMao5h6JhFvt4kUTCLbBA==', d.id, s.department_head
FROM (
    SELECT 'editor' AS username, 'Rédaction / التحرير' AS display_name, NULL AS email,
           'COMMUNICATION' AS department, FALSE AS department_head
    UNION ALL SELECT 'secretariat', 'Secrétariat du conseil', NULL, 'COUNCIL_SECRETARIAT', FALSE
    UNION ALL SELECT 'finance', 'Service financier', NULL, 'FINANCE', FALSE
    UNION ALL SELECT 'agent', 'Agent — services techniques', NULL, 'TECHNICAL_SERVICES', FALSE
    UNION ALL SELECT 'information', 'Chargé de l''information', NULL, 'COMMUNICATION', FALSE
    -- a second department's inbox, and a head who receives the morning email of the cases due (issue 5)
    UNION ALL SELECT 'agent.cleaning', 'Agent — propreté', NULL, 'ENVIRONMENT', FALSE
    UNION ALL SELECT 'head.technical', 'Chef des services techniques', 'chef.technique@example.ma', 'TECHNICAL_SERVICES', TRUE
) s
JOIN department d ON d.code = s.department
WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.username = s.username);

INSERT INTO account_role (account_id, role)
SELECT a.id, r.role
FROM (
    SELECT 'editor' AS username, 'EDITOR' AS role
    UNION ALL SELECT 'secretariat', 'SECRETARIAT'
    UNION ALL SELECT 'finance', 'FINANCE'
    UNION ALL SELECT 'agent', 'AGENT'
    UNION ALL SELECT 'information', 'INFORMATION_OFFICER'
    UNION ALL SELECT 'agent.cleaning', 'AGENT'
    UNION ALL SELECT 'head.technical', 'AGENT'
) r
JOIN account a ON a.username = r.username
WHERE NOT EXISTS (SELECT 1 FROM account_role x WHERE x.account_id = a.id);
