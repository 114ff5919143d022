-- What a search term names (lib/search/interpret-query.ts): for each word, whether it carries meaning and the aliases
-- it spells; and the aliases the whole term spells. A function rather than the statement it was, so that Postgres
-- keeps one plan for it on each connection: a prepared statement was planned again for every term (its estimates
-- of the trigram tests weigh each term against the column's statistics), and took 1.35 ms a term against 0.45 ms
-- here, with the same answers (75 terms in a row, 100,000-claim record). The plan kept walks the trigram indexes.
CREATE FUNCTION counterclaim_interpret_term(
  words text[], word_keys text[], words_normalized text[], term_key text, term_normalized text,
  min_word_similarity real, min_term_similarity double precision
) RETURNS TABLE ("perWord" json, "termAliases" json) LANGUAGE sql STABLE
  -- The plan is kept for every caller, so the tables and pg_trgm's operators are found on the path they were
  -- created on (wherever a host installed pg_trgm), not on each caller's.
  SET plan_cache_mode = force_generic_plan SET search_path FROM CURRENT AS $$
  SELECT
    (SELECT coalesce(json_agg(json_build_object('word', w.word, 'key', w.key, 'meaningful', numnode(plainto_tsquery('english', w.word)) > 0,
      'aliases', coalesce((
        SELECT json_agg(json_build_object('entityId', a."entityId", 'alias', a.alias, 'slug', e.slug, 'name', e.name))
        FROM "EntityAlias" a JOIN "Entity" e ON e.id = a."entityId"
        -- A word names an alias when its consonant skeleton is one of the alias's words and it is spelt close to it.
        WHERE w.key <> '' AND (' ' || a."matchKey" || ' ') LIKE '% ' || w.key || ' %'
          -- <% is the same test at pg_trgm's default threshold (0.6), and it can use the trigram index.
          AND w.normalized <% a.normalized AND word_similarity(w.normalized, a.normalized) >= min_word_similarity
      ), '[]')) ORDER BY w.position), '[]')
      FROM unnest(words, word_keys, words_normalized) WITH ORDINALITY AS w(word, key, normalized, position)
    ),
    -- A shared skeleton alone is not enough ("AQIM" and "AQM" share one): the spelling must be close as well.
    (SELECT coalesce(json_agg(json_build_object('entityId', a."entityId", 'alias', a.alias, 'slug', e.slug, 'name', e.name)), '[]')
      FROM "EntityAlias" a JOIN "Entity" e ON e.id = a."entityId"
      WHERE term_key <> '' AND a.normalized % term_normalized
        AND similarity(a.normalized, term_normalized) >= CASE WHEN a."matchKey" = term_key THEN 0.3 ELSE min_term_similarity END
    )
$$;
