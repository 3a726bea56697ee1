/**
 * Tables of the SharePoint lists emulation. Lists and columns are rows; an item's column values
 * are one JSON object keyed by column name (system values live in their own columns). Every item
 * write appends to `sp_item_changes` under the list's `change_seq` counter, which is what delta
 * tokens point into. Deleting a list cascades to its columns, items and change log.
 */
export const LISTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS sp_lists (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  description TEXT NOT NULL,
  template TEXT NOT NULL,
  hidden INTEGER NOT NULL,
  content_type_id TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  created_by TEXT NOT NULL,
  modified_by TEXT NOT NULL,
  version INTEGER NOT NULL,
  next_item_id INTEGER NOT NULL,
  change_seq INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS sp_lists_title ON sp_lists (site_id, display_name COLLATE NOCASE);
CREATE UNIQUE INDEX IF NOT EXISTS sp_lists_name ON sp_lists (site_id, name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS sp_columns (
  list_id TEXT NOT NULL REFERENCES sp_lists (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  definition TEXT NOT NULL,
  PRIMARY KEY (list_id, id)
);
CREATE UNIQUE INDEX IF NOT EXISTS sp_columns_name ON sp_columns (list_id, name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS sp_items (
  list_id TEXT NOT NULL REFERENCES sp_lists (id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL,
  unique_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  author INTEGER NOT NULL,
  editor INTEGER NOT NULL,
  fields TEXT NOT NULL,
  PRIMARY KEY (list_id, item_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sp_item_changes (
  list_id TEXT NOT NULL REFERENCES sp_lists (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  deleted INTEGER NOT NULL,
  PRIMARY KEY (list_id, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sp_item_changes_item ON sp_item_changes (list_id, item_id, seq);
`;
