import type { Migration } from '../migration';

/**
 * The two-character pieces of every request's 민원 업무, kept in step with the request by a trigger, per
 * engine: SQLite's trigger body is plain SQL, PostgreSQL runs a PL/pgSQL function. Both cut the task at
 * every position listed in interpretation_task_position (a task is at most 100 characters once trimmed;
 * the table runs to 1,000 so stray spaces around one cannot leave a piece out).
 */
const keptInStep = {
  sqlite: `
CREATE TRIGGER interpretation_task_pieces_insert AFTER INSERT ON interpretation_request BEGIN
  INSERT INTO interpretation_task_piece (piece, request_id)
    SELECT DISTINCT substr(NEW.task, n, 2), NEW.id FROM interpretation_task_position WHERE n < length(NEW.task);
END;
CREATE TRIGGER interpretation_task_pieces_update AFTER UPDATE OF task ON interpretation_request BEGIN
  DELETE FROM interpretation_task_piece WHERE request_id = OLD.id
    AND piece IN (SELECT substr(OLD.task, n, 2) FROM interpretation_task_position WHERE n < length(OLD.task));
  INSERT INTO interpretation_task_piece (piece, request_id)
    SELECT DISTINCT substr(NEW.task, n, 2), NEW.id FROM interpretation_task_position WHERE n < length(NEW.task);
END;
CREATE TRIGGER interpretation_task_pieces_delete AFTER DELETE ON interpretation_request BEGIN
  DELETE FROM interpretation_task_piece WHERE request_id = OLD.id
    AND piece IN (SELECT substr(OLD.task, n, 2) FROM interpretation_task_position WHERE n < length(OLD.task));
END;`,
  postgres: `
CREATE FUNCTION interpretation_task_pieces() RETURNS trigger LANGUAGE plpgsql AS $pieces$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM interpretation_task_piece WHERE request_id = OLD.id
      AND piece IN (SELECT substr(OLD.task, n, 2) FROM interpretation_task_position WHERE n < length(OLD.task));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO interpretation_task_piece (piece, request_id)
      SELECT DISTINCT substr(NEW.task, n, 2), NEW.id FROM interpretation_task_position WHERE n < length(NEW.task);
  END IF;
  RETURN NULL;
END
$pieces$;
CREATE TRIGGER interpretation_task_pieces_insert AFTER INSERT ON interpretation_request
  FOR EACH ROW EXECUTE FUNCTION interpretation_task_pieces();
CREATE TRIGGER interpretation_task_pieces_update AFTER UPDATE OF task ON interpretation_request
  FOR EACH ROW EXECUTE FUNCTION interpretation_task_pieces();
CREATE TRIGGER interpretation_task_pieces_delete AFTER DELETE ON interpretation_request
  FOR EACH ROW EXECUTE FUNCTION interpretation_task_pieces();`,
};

export const migration: Migration = {
  version: 19,
  name: 'task_search_index',
  up: (d) => `
-- The 통역 list's 민원 업무 box looks for words anywhere in the task, mostly two syllables (인감, 여권,
-- 전입), which neither a B-tree nor a trigram index can answer: every request of the period was read
-- to test it, a quarter of a second over thirty years. Each task's two-character pieces are kept here,
-- so a search starts from the requests holding the first piece of its words (interpretation/taskSearch.ts).
CREATE TABLE interpretation_task_position (n INTEGER PRIMARY KEY);
WITH RECURSIVE p (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 1000)
  INSERT INTO interpretation_task_position (n) SELECT n FROM p;
CREATE TABLE interpretation_task_piece (
  piece      TEXT NOT NULL,
  request_id INTEGER NOT NULL,
  PRIMARY KEY (piece, request_id)
);
INSERT INTO interpretation_task_piece (piece, request_id)
  SELECT DISTINCT substr(r.task, p.n, 2), r.id FROM interpretation_request r JOIN interpretation_task_position p ON p.n < length(r.task);
${keptInStep[d.engine]}
`,
};
