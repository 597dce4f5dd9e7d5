-- Whether a recorded check was complete (every area checked): history then never calls an
-- incomplete check's warnings "works". NULL for the checks recorded before this column.
-- Portable SQL: the same file migrates the embedded H2 database and PostgreSQL.
ALTER TABLE checks ADD COLUMN complete BOOLEAN;
