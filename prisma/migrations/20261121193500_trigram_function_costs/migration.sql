-- pg_trgm declares its similarity functions as cheap as an equality test (COST 1), so for a short table the planner
-- prefers reading every row and comparing each to using the trigram index. Each comparison builds both strings'
-- trigrams (about 2 µs here, some hundred times an equality test): a search term compared with 6,000 aliases took
-- 22 ms by a sequential scan against 0.3 ms through the index. COST 100 tells the planner what they cost.
-- A role that does not own the extension's functions may not change them: the queries still answer, only slower.
DO $$
BEGIN
  ALTER FUNCTION similarity(text, text) COST 100;
  ALTER FUNCTION similarity_op(text, text) COST 100;
  ALTER FUNCTION word_similarity(text, text) COST 100;
  ALTER FUNCTION word_similarity_op(text, text) COST 100;
  ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pg_trgm function costs left as they are: %', SQLERRM;
END
$$;
