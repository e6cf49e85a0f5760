-- Version 3: what the story updater keeps. Every story's counts and outlets (for listing and filtering without
-- reading its articles), the newest article each story and each version holds (a story whose latest version
-- holds less than its newest article is recomputed after a restart), a global change number per version (for
-- "what changed since"), and how far the clusterer has read the articles. Times are ISO-8601 UTC text with
-- milliseconds, so that they compare as text.

ALTER TABLE stories ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN outlet_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN newest_article INTEGER;
ALTER TABLE stories ADD COLUMN summarized_article INTEGER;
ALTER TABLE stories ADD COLUMN shown INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN change INTEGER NOT NULL DEFAULT 0;

CREATE INDEX stories_shown_by_update ON stories(shown, updated);
CREATE INDEX stories_by_change ON stories(change);

CREATE TABLE story_outlets (
  story_id INTEGER NOT NULL REFERENCES stories(id),
  outlet TEXT NOT NULL,
  articles INTEGER NOT NULL,
  PRIMARY KEY (story_id, outlet)
);

CREATE INDEX story_outlets_by_outlet ON story_outlets(outlet, story_id);

ALTER TABLE story_versions ADD COLUMN article_ids TEXT;
ALTER TABLE story_versions ADD COLUMN headline TEXT;
ALTER TABLE story_versions ADD COLUMN change INTEGER;

CREATE TABLE updater_state (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
