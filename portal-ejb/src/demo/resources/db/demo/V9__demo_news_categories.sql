-- Demo only: files the twelve demo news under their categories (matched by their French title).

UPDATE news_article SET category_id = (SELECT id FROM news_category WHERE slug = 'social')
 WHERE title_fr = 'Lancement du programme estival pour les enfants et les jeunes';
UPDATE news_article SET category_id = (SELECT id FROM news_category WHERE slug = 'travaux')
 WHERE title_fr IN ('Travaux de réfection de la voirie dans plusieurs quartiers',
                    'Programme de généralisation de l''éclairage public LED');
UPDATE news_article SET category_id = (SELECT id FROM news_category WHERE slug = 'environnement')
 WHERE title_fr IN ('Vaste campagne de propreté dans les quartiers de la ville',
                    'Campagne de plantation d''arbres aux entrées et sur les grands axes de la ville');
UPDATE news_article SET category_id = (SELECT id FROM news_category WHERE slug = 'annonces')
 WHERE title_fr IN ('Campagne de vaccination antirabique du bureau municipal d''hygiène',
                    'Digitalisation des services de l''état civil de la commune');
UPDATE news_article SET category_id = (SELECT id FROM news_category WHERE slug = 'culture-sport')
 WHERE title_fr IN ('Inauguration d''un nouveau terrain de proximité à Hay Al Wahda',
                    'Ben Guerir célèbre le 51e anniversaire de la Marche Verte',
                    'Célébration du 71e anniversaire de la Fête de l''Indépendance');
UPDATE news_article SET category_id = (SELECT id FROM news_category WHERE slug = 'conseil')
 WHERE title_fr IN ('Le conseil communal tient sa session ordinaire du mois d''octobre',
                    'Signature d''une convention de partenariat entre la commune et l''UM6P');
