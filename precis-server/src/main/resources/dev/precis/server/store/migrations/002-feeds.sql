-- Version 2: feeds, their polling state (resumed after a restart) and the feed each article came from.
-- Instants in feed_state are epoch milliseconds (compared when picking the feeds that are due).

CREATE TABLE feeds (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  fetch_pages INTEGER NOT NULL DEFAULT 0,
  interval_seconds INTEGER NOT NULL,
  added TEXT NOT NULL
);

CREATE TABLE feed_state (
  feed_id INTEGER PRIMARY KEY REFERENCES feeds(id),
  next_check_ms INTEGER NOT NULL,
  last_fetch_ms INTEGER,
  last_status INTEGER,
  last_error TEXT,
  error_count INTEGER NOT NULL DEFAULT 0,
  items_seen INTEGER NOT NULL DEFAULT 0,
  etag TEXT,
  last_modified TEXT,
  interval_seconds INTEGER
);

CREATE INDEX feed_state_due ON feed_state(next_check_ms);

ALTER TABLE articles ADD COLUMN feed_id INTEGER REFERENCES feeds(id);
