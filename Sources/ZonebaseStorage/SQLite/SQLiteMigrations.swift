import GRDB

/// The SQLite schema, as append-only migrations: a shipped migration never changes; changes come as
/// new ones. Closed vocabularies are checked by the schema itself.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, zones, facts, full-text index") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id TEXT PRIMARY KEY NOT NULL,
                    content_hash TEXT NOT NULL UNIQUE,
                    source TEXT NOT NULL,
                    title TEXT,
                    language TEXT CHECK (language IN ('en', 'zh')),
                    published_date TEXT,
                    text TEXT NOT NULL,
                    extractor_version TEXT NOT NULL
                );
                CREATE TABLE zone (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL,
                    zone_key TEXT NOT NULL,
                    type TEXT NOT NULL CHECK (type IN ('high-tech', 'economic-technological', 'industrial-park', 'free-trade', 'new-area', 'other')),
                    level TEXT CHECK (level IN ('national', 'provincial', 'municipal')),
                    province TEXT,
                    city TEXT,
                    parent_id INTEGER REFERENCES zone(id) ON DELETE SET NULL
                );
                CREATE INDEX zone_by_key ON zone(zone_key);
                CREATE TABLE zone_alias (
                    zone_id INTEGER NOT NULL REFERENCES zone(id) ON DELETE CASCADE,
                    alias TEXT NOT NULL,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    level TEXT CHECK (level IN ('national', 'provincial', 'municipal')),
                    UNIQUE (zone_id, alias, document_id)
                );
                CREATE INDEX zone_alias_by_alias ON zone_alias(alias COLLATE NOCASE);
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    zone_id INTEGER NOT NULL REFERENCES zone(id),
                    kind TEXT NOT NULL CHECK (kind IN ('established', 'construction_start', 'provincial_approval', 'national_approval')),
                    date TEXT NOT NULL,
                    authority TEXT,
                    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                    quote TEXT NOT NULL, sentence TEXT NOT NULL, rule TEXT NOT NULL
                );
                CREATE TABLE figure (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    zone_id INTEGER REFERENCES zone(id),
                    subject TEXT NOT NULL,
                    metric TEXT NOT NULL CHECK (metric IN ('output_value', 'added_value', 'profit_tax', 'profit', 'tax', 'revenue', 'gdp', 'investment', 'exports', 'enterprises', 'hitech_enterprises', 'jobs', 'projects', 'area', 'population', 'rd_spending', 'patents', 'other')),
                    value REAL NOT NULL,
                    unit TEXT NOT NULL CHECK (unit IN ('CNY', 'USD', 'km2', 'count', 'percent')),
                    aspect TEXT NOT NULL CHECK (aspect IN ('level', 'growth', 'share')),
                    status TEXT NOT NULL CHECK (status IN ('actual', 'target', 'expected')),
                    bound TEXT NOT NULL CHECK (bound IN ('exact', 'at_least', 'at_most', 'approx')),
                    period TEXT,
                    is_conversion INTEGER NOT NULL CHECK (is_conversion IN (0, 1)),
                    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                    quote TEXT NOT NULL, sentence TEXT NOT NULL, rule TEXT NOT NULL
                );
                CREATE INDEX figure_by_zone ON figure(zone_id, metric, period);
                CREATE TABLE industry (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    zone_id INTEGER NOT NULL REFERENCES zone(id),
                    name TEXT NOT NULL,
                    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                    quote TEXT NOT NULL
                );
                CREATE VIRTUAL TABLE document_text USING fts5(document_id UNINDEXED, title, body);
                """)
        }
        migrator.registerMigration("v2: registry links") { db in
            try db.execute(sql: """
                ALTER TABLE zone ADD COLUMN name_zh TEXT;
                ALTER TABLE zone ADD COLUMN registry_name TEXT;
                ALTER TABLE zone ADD COLUMN registry_national_date TEXT;
                """)
        }
        migrator.registerMigration("v3: user corrections of zone resolution") { db in
            try db.execute(sql: """
                CREATE TABLE zone_correction (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
                    alias TEXT NOT NULL,
                    target_zone_id INTEGER REFERENCES zone(id) ON DELETE CASCADE,
                    UNIQUE (alias)
                );
                """)
        }
        migrator.registerMigration("v4: zone lookup by name words") { db in
            // The words part of the key ("leshan" of "leshan|hitech"), indexed: resolving a mention is
            // one index lookup, not a scan of every zone.
            try db.execute(sql: """
                ALTER TABLE zone ADD COLUMN zone_words TEXT;
                UPDATE zone SET zone_words = CASE WHEN instr(zone_key, '|') > 0 AND zone_key NOT LIKE 'split:%' AND zone_key NOT LIKE 'doc:%'
                                                  THEN substr(zone_key, 1, instr(zone_key, '|') - 1) ELSE zone_key END;
                CREATE INDEX zone_by_words ON zone(zone_words);
                """)
        }
        migrator.registerMigration("v5: fewer full-text index merges during ingest") { db in
            // Each document's transaction writes a small index segment; merging them every 16
            // segments instead of 4 roughly halves the pages an ingest writes.
            try db.execute(sql: "INSERT INTO document_text(document_text, rank) VALUES('automerge', 16)")
            // Zones are found by their name words (v4); the key index only cost writes.
            try db.execute(sql: "DROP INDEX zone_by_key")
        }
        migrator.registerMigration("v6: analysis lookups") { db in
            // Targets are found by status; rankings read one metric for one period across zones.
            try db.execute(sql: """
                CREATE INDEX figure_by_status ON figure(status, metric);
                CREATE INDEX figure_by_metric ON figure(metric, period);
                """)
        }
        migrator.registerMigration("v7: lookups by zone and by document; a revision for caches") { db in
            // A zone's events, industries and sub-parks, and a document's facts (its page, and the
            // cascade when a changed document replaces its facts), without scanning whole tables.
            // The revision counts committed changes, so a reader can tell whether what it cached is current.
            try db.execute(sql: """
                CREATE INDEX event_by_zone ON event(zone_id);
                CREATE INDEX industry_by_zone ON industry(zone_id);
                CREATE INDEX zone_by_parent ON zone(parent_id);
                CREATE INDEX figure_by_document ON figure(document_id);
                CREATE INDEX event_by_document ON event(document_id);
                CREATE INDEX industry_by_document ON industry(document_id);
                CREATE INDEX zone_alias_by_document ON zone_alias(document_id);
                CREATE TABLE store_revision (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
                INSERT INTO store_revision (id, value) VALUES (1, 0);
                """)
        }
        migrator.registerMigration("v8: kept target judgements") { db in
            // Judgements of targets, kept between queries (see StoredTargetJudgement), and the zones
            // whose figures changed since they were made. The ingest marks the zones of the figures
            // it adds (once per zone and document: a trigger per inserted figure cost 5-10 % of the
            // ingest); the triggers mark every move and deletion of a figure (merges, splits, the
            // cascade from a replaced document) and a zone's rename. Zone key 0 stands for
            // subjects no zone was found for. A NULL year: nothing judged yet; the judge's version tells
            // judgements of an older release apart.
            try db.execute(sql: """
                CREATE TABLE target_judgement (
                    id INTEGER PRIMARY KEY, zone_key INTEGER NOT NULL, subject TEXT NOT NULL, metric TEXT NOT NULL,
                    aspect TEXT NOT NULL, status TEXT NOT NULL, payload TEXT NOT NULL);
                CREATE INDEX target_judgement_by_zone ON target_judgement(zone_key);
                CREATE INDEX target_judgement_by_order ON target_judgement(subject, metric, aspect);
                CREATE INDEX target_judgement_by_status ON target_judgement(status, subject, metric, aspect);
                CREATE TABLE target_judgement_stale (zone_key INTEGER PRIMARY KEY);
                CREATE TABLE target_judgement_state (id INTEGER PRIMARY KEY CHECK (id = 1), year INTEGER, judge_version TEXT);
                INSERT INTO target_judgement_state (id, year, judge_version) VALUES (1, NULL, NULL);
                CREATE TRIGGER figure_update_marks_zones AFTER UPDATE ON figure BEGIN
                    INSERT OR IGNORE INTO target_judgement_stale (zone_key) VALUES (coalesce(OLD.zone_id, 0)), (coalesce(NEW.zone_id, 0));
                END;
                CREATE TRIGGER figure_delete_marks_zone AFTER DELETE ON figure BEGIN
                    INSERT OR IGNORE INTO target_judgement_stale (zone_key) VALUES (coalesce(OLD.zone_id, 0));
                END;
                CREATE TRIGGER zone_rename_marks_zone AFTER UPDATE OF name ON zone BEGIN
                    INSERT OR IGNORE INTO target_judgement_stale (zone_key) VALUES (NEW.id);
                END;
                """)
        }
        migrator.registerMigration("v9: figure measures") { db in
            // The measure as the text names it, beside the closed metric (`general public budget revenue`).
            try db.execute(sql: "ALTER TABLE figure ADD COLUMN measure TEXT")
        }
        migrator.registerMigration("v10: Chinese search") { db in
            // The word index reads a run of Chinese characters as one word; a trigram index finds any
            // three characters in a row (高新区, 营业收入), and serves LIKE for Chinese queries.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE document_trigram USING fts5(document_id UNINDEXED, body, tokenize = 'trigram');
                INSERT INTO document_trigram (document_id, body) SELECT document_id, body FROM document_text;
                """)
        }
        migrator.registerMigration("v11: facts beyond the limit") { db in
            // How many facts a document had beyond DocumentLimits.factsPerDocument (not stored).
            try db.execute(sql: "ALTER TABLE document ADD COLUMN facts_omitted INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("v12: document addresses") { db in
            // Where the document was published (a URL), as given at ingest or stated by the page.
            try db.execute(sql: "ALTER TABLE document ADD COLUMN address TEXT")
        }
        migrator.registerMigration("v13: copies") { db in
            // The bands of each document's copy signature (CopySignature), and the cluster of
            // copies it joined: the id of the cluster's first document, NULL for that one and for a
            // document alone.
            try db.execute(sql: """
                CREATE TABLE document_band (
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE, band INTEGER NOT NULL, hash INTEGER NOT NULL);
                CREATE INDEX document_band_by_hash ON document_band(hash);
                CREATE INDEX document_band_by_document ON document_band(document_id);
                ALTER TABLE document ADD COLUMN cluster_id TEXT;
                ALTER TABLE document ADD COLUMN copy_of TEXT;
                ALTER TABLE document ADD COLUMN copy_similarity REAL;
                ALTER TABLE document ADD COLUMN readable_length INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE document ADD COLUMN copy_signature BLOB;
                ALTER TABLE document ADD COLUMN shingle_count INTEGER NOT NULL DEFAULT 0;
                CREATE INDEX document_by_cluster ON document(cluster_id);
                """)
        }
        migrator.registerMigration("v14: kept zone answers") { db in
            // Zones' generations and the answers kept at them (see KeptZoneAnswers). The ingest moves
            // on the zones of the facts and names it stores (once per zone and document, as for the
            // target judgements); the triggers move on every zone whose rows are moved or deleted,
            // whose row or sub-parks change, and whose documents change cluster.
            try db.execute(sql: """
                CREATE TABLE zone_answer_state (zone_id INTEGER PRIMARY KEY, generation INTEGER NOT NULL);
                CREATE TABLE zone_answer (
                    zone_id INTEGER NOT NULL, kind TEXT NOT NULL, basis TEXT NOT NULL, generation INTEGER NOT NULL,
                    body BLOB NOT NULL, PRIMARY KEY (zone_id, kind));
                """)
            for table in ["figure", "event", "industry", "zone_alias"] {
                try db.execute(sql: """
                    CREATE TRIGGER \(table)_update_moves_answers AFTER UPDATE ON \(table) BEGIN
                        \(ZoneAnswerMarks.markZones(selectedBy: "SELECT OLD.zone_id AS zone_id UNION SELECT NEW.zone_id"));
                    END;
                    CREATE TRIGGER \(table)_delete_moves_answers AFTER DELETE ON \(table) BEGIN
                        \(ZoneAnswerMarks.markZones(selectedBy: "SELECT OLD.zone_id AS zone_id"));
                    END;
                    """)
            }
            try db.execute(sql: """
                CREATE TRIGGER zone_insert_moves_answers AFTER INSERT ON zone BEGIN
                    \(ZoneAnswerMarks.markZones(selectedBy: "SELECT NEW.id AS zone_id UNION SELECT NEW.parent_id"));
                END;
                CREATE TRIGGER zone_update_moves_answers AFTER UPDATE ON zone BEGIN
                    \(ZoneAnswerMarks.markZones(selectedBy: "SELECT NEW.id AS zone_id UNION SELECT OLD.parent_id UNION SELECT NEW.parent_id"));
                END;
                CREATE TRIGGER zone_delete_moves_answers AFTER DELETE ON zone BEGIN
                    \(ZoneAnswerMarks.markZones(selectedBy: "SELECT OLD.id AS zone_id UNION SELECT OLD.parent_id"));
                END;
                CREATE TRIGGER document_cluster_moves_answers AFTER UPDATE OF cluster_id ON document
                WHEN OLD.cluster_id IS NOT NEW.cluster_id BEGIN
                    \(ZoneAnswerMarks.markZones(selectedBy: """
                        SELECT zone_id FROM figure WHERE document_id = NEW.id UNION SELECT zone_id FROM event WHERE document_id = NEW.id
                        """));
                END;
                """)
        }
        return migrator
    }
}
