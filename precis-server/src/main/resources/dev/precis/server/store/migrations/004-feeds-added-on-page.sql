-- Version 4: feeds added on the admin page (polled like configured ones, and again after a restart).

ALTER TABLE feeds ADD COLUMN added_on_page INTEGER NOT NULL DEFAULT 0;
