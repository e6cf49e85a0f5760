-- Version 1: articles (with full-text search over title and text), stories and their versions.
-- Times are ISO-8601 UTC text. A statement ends with ';' at the end of a line; a trigger body ends with 'END;'.

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  url TEXT UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT,
  source TEXT,
  author TEXT,
  language TEXT,
  published TEXT,
  text TEXT NOT NULL,
  raw BLOB,
  raw_type TEXT,
  received TEXT NOT NULL
);

CREATE VIRTUAL TABLE article_search USING fts5(
  title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
  INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER articles_search_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 0,
  headline TEXT
);

CREATE TABLE story_articles (
  story_id INTEGER NOT NULL REFERENCES stories(id),
  article_id INTEGER NOT NULL REFERENCES articles(id),
  PRIMARY KEY (story_id, article_id)
);

CREATE INDEX story_articles_by_article ON story_articles(article_id);

CREATE TABLE story_versions (
  story_id INTEGER NOT NULL REFERENCES stories(id),
  version INTEGER NOT NULL,
  created TEXT NOT NULL,
  summary_json TEXT,
  report_json TEXT,
  PRIMARY KEY (story_id, version)
);
