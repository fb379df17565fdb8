-- Row-level security of sql_definitions: every policy of the table (applying this file drops the others).
-- The app role has no grant at all; the owner reads and writes it when applying these files.

CREATE POLICY sql_definitions_owner ON sql_definitions FOR ALL
  USING (true)
  WITH CHECK (true);
