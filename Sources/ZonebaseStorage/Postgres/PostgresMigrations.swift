#if Postgres
import Logging
import PostgresNIO

/// The PostgreSQL schema: the same tables and invariants as SQLite's, append-only, applied under a
/// transaction-scoped advisory lock so that processes starting together migrate once.
enum PostgresMigrations {
    static let migrations: [(name: String, statements: [String])] = [
        ("v1: documents, zones, facts, full-text index", [
            """
            CREATE TABLE document (
                id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, source TEXT NOT NULL, title TEXT,
                language TEXT CHECK (language IN ('en', 'zh')), published_date TEXT, text TEXT NOT NULL,
                extractor_version TEXT NOT NULL)
            """,
            """
            CREATE TABLE zone (
                id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, zone_key TEXT NOT NULL, zone_words TEXT NOT NULL,
                type TEXT NOT NULL CHECK (type IN ('high-tech', 'economic-technological', 'industrial-park', 'free-trade', 'new-area', 'other')),
                level TEXT CHECK (level IN ('national', 'provincial', 'municipal')), province TEXT, city TEXT,
                parent_id BIGINT REFERENCES zone(id) ON DELETE SET NULL, name_zh TEXT, registry_name TEXT,
                registry_national_date TEXT)
            """,
            "CREATE INDEX zone_by_words ON zone(zone_words)",
            """
            CREATE TABLE zone_alias (
                zone_id BIGINT NOT NULL REFERENCES zone(id) ON DELETE CASCADE, alias TEXT NOT NULL,
                document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                level TEXT CHECK (level IN ('national', 'provincial', 'municipal')), UNIQUE (zone_id, alias, document_id))
            """,
            "CREATE INDEX zone_alias_by_alias ON zone_alias(lower(alias))",
            """
            CREATE TABLE event (
                id BIGSERIAL PRIMARY KEY, document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                zone_id BIGINT NOT NULL REFERENCES zone(id),
                kind TEXT NOT NULL CHECK (kind IN ('established', 'construction_start', 'provincial_approval', 'national_approval')),
                date TEXT NOT NULL, authority TEXT, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                quote TEXT NOT NULL, sentence TEXT NOT NULL, rule TEXT NOT NULL)
            """,
            """
            CREATE TABLE figure (
                id BIGSERIAL PRIMARY KEY, document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                zone_id BIGINT REFERENCES zone(id), subject TEXT NOT NULL,
                metric TEXT NOT NULL CHECK (metric IN ('output_value', 'added_value', 'profit_tax', 'profit', 'tax', 'revenue', 'gdp', 'investment', 'exports', 'enterprises', 'hitech_enterprises', 'jobs', 'projects', 'area', 'population', 'rd_spending', 'patents', 'other')),
                value DOUBLE PRECISION NOT NULL, unit TEXT NOT NULL CHECK (unit IN ('CNY', 'USD', 'km2', 'count', 'percent')),
                aspect TEXT NOT NULL CHECK (aspect IN ('level', 'growth', 'share')),
                status TEXT NOT NULL CHECK (status IN ('actual', 'target', 'expected')),
                bound TEXT NOT NULL CHECK (bound IN ('exact', 'at_least', 'at_most', 'approx')),
                period TEXT, is_conversion BOOLEAN NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                quote TEXT NOT NULL, sentence TEXT NOT NULL, rule TEXT NOT NULL)
            """,
            "CREATE INDEX figure_by_zone ON figure(zone_id, metric, period)",
            """
            CREATE TABLE industry (
                id BIGSERIAL PRIMARY KEY, document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                zone_id BIGINT NOT NULL REFERENCES zone(id), name TEXT NOT NULL, span_start INTEGER NOT NULL,
                span_end INTEGER NOT NULL, quote TEXT NOT NULL)
            """,
            """
            CREATE TABLE document_text (
                document_id TEXT PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE, title TEXT NOT NULL, body TEXT NOT NULL,
                words TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED)
            """,
            "CREATE INDEX document_text_words ON document_text USING GIN (words)",
            """
            CREATE TABLE zone_correction (
                id BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')), alias TEXT NOT NULL UNIQUE,
                target_zone_id BIGINT REFERENCES zone(id) ON DELETE CASCADE)
            """,
        ]),
        // Targets are found by status; rankings read one metric for one period across zones.
        ("v6: analysis lookups", [
            "CREATE INDEX figure_by_status ON figure(status, metric)",
            "CREATE INDEX figure_by_metric ON figure(metric, period)",
        ]),
        // Lookups by zone and by document without scanning whole tables; a sequence that counts
        // committed changes, so readers can tell whether what they cached is current.
        ("v7: lookups by zone and by document; a revision for caches", [
            "CREATE INDEX event_by_zone ON event(zone_id)",
            "CREATE INDEX industry_by_zone ON industry(zone_id)",
            "CREATE INDEX zone_by_parent ON zone(parent_id)",
            "CREATE INDEX figure_by_document ON figure(document_id)",
            "CREATE INDEX event_by_document ON event(document_id)",
            "CREATE INDEX industry_by_document ON industry(document_id)",
            "CREATE INDEX zone_alias_by_document ON zone_alias(document_id)",
            "CREATE SEQUENCE store_revision",
        ]),
        // Kept target judgements (see StoredTargetJudgement) and the zones whose figures changed
        // since they were made, marked by triggers on every insert, move and delete of a figure and
        // on a zone's rename (statement-level, from transition tables: one insert per statement).
        // Zone key 0 stands for subjects no zone was found for; a NULL year: nothing judged yet; the
        // judge's version tells judgements of an older release apart.
        ("v8: kept target judgements", [
            """
            CREATE TABLE target_judgement (
                id BIGSERIAL PRIMARY KEY, zone_key BIGINT NOT NULL, subject TEXT NOT NULL, metric TEXT NOT NULL,
                aspect TEXT NOT NULL, status TEXT NOT NULL, payload TEXT NOT NULL)
            """,
            "CREATE INDEX target_judgement_by_zone ON target_judgement(zone_key)",
            "CREATE INDEX target_judgement_by_order ON target_judgement(subject COLLATE \"C\", metric, aspect)",
            "CREATE INDEX target_judgement_by_status ON target_judgement(status, subject COLLATE \"C\", metric, aspect)",
            "CREATE TABLE target_judgement_stale (zone_key BIGINT PRIMARY KEY)",
            "CREATE TABLE target_judgement_state (id INTEGER PRIMARY KEY CHECK (id = 1), year INTEGER, judge_version TEXT)",
            "INSERT INTO target_judgement_state (id, year, judge_version) VALUES (1, NULL, NULL)",
            """
            CREATE FUNCTION mark_judgements_of_new_figures() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO target_judgement_stale (zone_key) SELECT DISTINCT coalesce(zone_id, 0) FROM new_figures ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$
            """,
            """
            CREATE FUNCTION mark_judgements_of_old_figures() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO target_judgement_stale (zone_key) SELECT DISTINCT coalesce(zone_id, 0) FROM old_figures ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$
            """,
            """
            CREATE FUNCTION mark_judgements_of_moved_figures() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO target_judgement_stale (zone_key)
                SELECT coalesce(zone_id, 0) FROM old_figures UNION SELECT coalesce(zone_id, 0) FROM new_figures ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$
            """,
            """
            CREATE TRIGGER figure_insert_marks_zone AFTER INSERT ON figure REFERENCING NEW TABLE AS new_figures
            FOR EACH STATEMENT EXECUTE FUNCTION mark_judgements_of_new_figures()
            """,
            """
            CREATE TRIGGER figure_delete_marks_zone AFTER DELETE ON figure REFERENCING OLD TABLE AS old_figures
            FOR EACH STATEMENT EXECUTE FUNCTION mark_judgements_of_old_figures()
            """,
            """
            CREATE TRIGGER figure_update_marks_zones AFTER UPDATE ON figure REFERENCING OLD TABLE AS old_figures NEW TABLE AS new_figures
            FOR EACH STATEMENT EXECUTE FUNCTION mark_judgements_of_moved_figures()
            """,
            """
            CREATE FUNCTION mark_judgements_of_renamed_zone() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO target_judgement_stale (zone_key) VALUES (NEW.id) ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$
            """,
            """
            CREATE TRIGGER zone_rename_marks_zone AFTER UPDATE OF name ON zone FOR EACH ROW
            WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION mark_judgements_of_renamed_zone()
            """,
        ]),
        // The measure as the text names it, beside the closed metric (`general public budget revenue`).
        ("v9: figure measures", ["ALTER TABLE figure ADD COLUMN measure TEXT"]),
        // Chinese writes no spaces, so the word index finds nothing inside a run of characters: a trigram
        // index (pg_trgm, a trusted extension of Debian's postgresql-15) serves LIKE '%高新区%'. The
        // extension lives in `public`, shared by every schema of the database.
        ("v10: Chinese search", [
            "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public",
            "CREATE INDEX document_text_trigrams ON document_text USING GIN (body public.gin_trgm_ops)",
        ]),
        // Only a Chinese query uses the trigram index, and it can only match a text with Chinese
        // characters: the others are left out of the index (rows stored before stay in it).
        ("v11: trigrams of Chinese texts only", [
            "ALTER TABLE document_text ADD COLUMN han BOOLEAN NOT NULL DEFAULT true",
            "DROP INDEX document_text_trigrams",
            "CREATE INDEX document_text_trigrams ON document_text USING GIN (body public.gin_trgm_ops) WHERE han",
        ]),
        // How many facts a document had beyond DocumentLimits.factsPerDocument (not stored).
        ("v12: facts beyond the limit", ["ALTER TABLE document ADD COLUMN facts_omitted INTEGER NOT NULL DEFAULT 0"]),
        ("v13: document addresses", ["ALTER TABLE document ADD COLUMN address TEXT"]),
        ("v14: copies", [
            """
            CREATE TABLE document_band (
                document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE, band INTEGER NOT NULL, hash BIGINT NOT NULL)
            """,
            "CREATE INDEX document_band_by_hash ON document_band(hash)",
            "CREATE INDEX document_band_by_document ON document_band(document_id)",
            "ALTER TABLE document ADD COLUMN cluster_id TEXT, ADD COLUMN copy_of TEXT, ADD COLUMN copy_similarity DOUBLE PRECISION, "
                + "ADD COLUMN readable_length INTEGER NOT NULL DEFAULT 0, ADD COLUMN copy_signature BYTEA, "
                + "ADD COLUMN shingle_count INTEGER NOT NULL DEFAULT 0",
            "CREATE INDEX document_by_cluster ON document(cluster_id)",
        ]),
        // Zones' generations and the answers kept at them (see KeptZoneAnswers): every statement that
        // stores, moves or deletes a zone's rows moves its generation on (one statement-level trigger
        // a table and kind of change, reading the transition table), and so does a change of cluster
        // of a document.
        ("v15: kept zone answers", [
            "CREATE TABLE zone_answer_state (zone_id BIGINT PRIMARY KEY, generation BIGINT NOT NULL)",
            """
            CREATE TABLE zone_answer (
                zone_id BIGINT NOT NULL, kind TEXT NOT NULL, basis TEXT NOT NULL, generation BIGINT NOT NULL, body TEXT NOT NULL,
                PRIMARY KEY (zone_id, kind))
            """,
            answerFunction("move_answers_of_new_rows", "SELECT zone_id FROM new_rows"),
            answerFunction("move_answers_of_old_rows", "SELECT zone_id FROM old_rows"),
            answerFunction("move_answers_of_moved_rows", "SELECT zone_id FROM old_rows UNION SELECT zone_id FROM new_rows"),
            answerFunction("move_answers_of_new_zones", "SELECT id AS zone_id FROM new_rows UNION SELECT parent_id FROM new_rows"),
            answerFunction("move_answers_of_old_zones", "SELECT id AS zone_id FROM old_rows UNION SELECT parent_id FROM old_rows"),
            answerFunction(
                "move_answers_of_changed_zones",
                "SELECT id AS zone_id FROM new_rows UNION SELECT parent_id FROM new_rows UNION SELECT parent_id FROM old_rows"),
            answerFunction(
                "move_answers_of_reclustered_document",
                "SELECT zone_id FROM figure WHERE document_id = NEW.id UNION SELECT zone_id FROM event WHERE document_id = NEW.id"),
        ] + ["figure", "event", "industry", "zone_alias"].flatMap { table in
            answerTriggers(on: table, inserted: "move_answers_of_new_rows", updated: "move_answers_of_moved_rows", deleted: "move_answers_of_old_rows")
        } + answerTriggers(on: "zone", inserted: "move_answers_of_new_zones", updated: "move_answers_of_changed_zones", deleted: "move_answers_of_old_zones")
          + [
            """
            CREATE TRIGGER document_cluster_moves_answers AFTER UPDATE OF cluster_id ON document FOR EACH ROW
            WHEN (OLD.cluster_id IS DISTINCT FROM NEW.cluster_id) EXECUTE FUNCTION move_answers_of_reclustered_document()
            """,
        ]),
        // The ingest statement moves on the zones a document touches itself, once per zone: the
        // insert triggers ran five more statements a document and held its zones' rows the longest
        // (two writers: 270 documents/s without them, 174 with). Moves and deletions keep theirs.
        ("v16: kept zone answers marked by the ingest", ["figure", "event", "industry", "zone_alias", "zone"].map { table in
            "DROP TRIGGER \(table)_insert_moves_answers ON \(table)"
        }),
    ]

    /// A trigger function that moves on the generations of the zones `select` yields.
    private static func answerFunction(_ name: String, _ select: String) -> String {
        """
        CREATE FUNCTION \(name)() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            \(ZoneAnswerMarks.markZones(selectedBy: select));
            RETURN NULL;
        END $$
        """
    }

    /// The statement-level triggers of `table` that move its zones' generations on.
    private static func answerTriggers(on table: String, inserted: String, updated: String, deleted: String) -> [String] {
        [
            "CREATE TRIGGER \(table)_insert_moves_answers AFTER INSERT ON \(table) REFERENCING NEW TABLE AS new_rows "
                + "FOR EACH STATEMENT EXECUTE FUNCTION \(inserted)()",
            "CREATE TRIGGER \(table)_update_moves_answers AFTER UPDATE ON \(table) REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
                + "FOR EACH STATEMENT EXECUTE FUNCTION \(updated)()",
            "CREATE TRIGGER \(table)_delete_moves_answers AFTER DELETE ON \(table) REFERENCING OLD TABLE AS old_rows "
                + "FOR EACH STATEMENT EXECUTE FUNCTION \(deleted)()",
        ]
    }

    static func migrate(_ connection: PostgresConnection, schema: String?, logger: Logger) async throws {
        try await PostgresFactStore.transaction(connection, logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7242017)", logger: logger)
            if let schema {
                // The name was checked to be letters, digits and underscores: quoting makes it an identifier.
                try await connection.query("CREATE SCHEMA IF NOT EXISTS \(unescaped: "\"" + schema + "\"")", logger: logger)
                try await connection.query("SET search_path TO \(unescaped: "\"" + schema + "\"")", logger: logger)
            }
            try await connection.query("CREATE TABLE IF NOT EXISTS zonebase_migration (name TEXT PRIMARY KEY)", logger: logger)
            var applied = Set<String>()
            for try await name in try await connection.query("SELECT name FROM zonebase_migration", logger: logger).decode(String.self) {
                applied.insert(name)
            }
            for migration in migrations where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)  // constant DDL, no values
                }
                try await connection.query("INSERT INTO zonebase_migration (name) VALUES (\(migration.name))", logger: logger)
            }
        }
    }
}
#endif
