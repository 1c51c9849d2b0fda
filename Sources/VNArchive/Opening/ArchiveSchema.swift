import GRDB

/// The archive's tables and their history: each schema version is a migration of GRDB's
/// `DatabaseMigrator`, applied in order to an archive written by an earlier vnalign, and an
/// archive that knows a migration this vnalign does not (written by a newer one) is refused.
///
/// ```swift
/// ArchiveSchema.migrator.migrations   // ["v1"]
/// ```
///
/// The tables (version 1):
/// - `article`: one row per article (`number`, `id`, `lang`, `published` as a day number, `title`,
///   `url`, `source`, the content `hash`, the `evidence` bytes of `EvidenceCoding`, `text` only with
///   `--keep-text`, the `batch` that added it).
/// - `feature`: how many English and Vietnamese articles have each feature key (the rarities),
///   and `language`: how many articles of each language the archive holds.
/// - `decision`: same-event and related pairs (`en`, `vi` article numbers, `verdict`, `probability`,
///   the `explanation`: the JSON of a `PairScore` as `ExplanationCoding` stores it, the `batch`
///   that decided it, and the `DecisionFingerprint` a later batch compares its decision with).
///   A rowid table, so that explanations stay within their pages.
/// - `unpaired`: each unpaired article's best candidate and why it was refused.
/// - `batch`: each `add`: when, the scoring model's version, the inputs, what changed.
/// - `setting`: the pairing settings of the archive (threshold, window, one-to-one).
public enum ArchiveSchema {
    /// `PRAGMA application_id` of a vnalign archive ("VNAL"), so that another program's SQLite
    /// database is never taken for one.
    public static let applicationID: Int32 = 0x564E_414C

    /// The current schema version (`PRAGMA user_version`), the number of migrations.
    public static var version: Int { migrator.migrations.count }

    public static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                PRAGMA application_id = \(applicationID);
                CREATE TABLE setting (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE batch (
                    number INTEGER PRIMARY KEY,
                    added TEXT NOT NULL,
                    model TEXT NOT NULL,
                    model_origin TEXT NOT NULL,
                    inputs TEXT NOT NULL,
                    new_articles INTEGER NOT NULL,
                    replaced_articles INTEGER NOT NULL,
                    unchanged_articles INTEGER NOT NULL,
                    decided_articles INTEGER NOT NULL
                );
                CREATE TABLE article (
                    number INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    lang TEXT NOT NULL CHECK (lang IN ('en', 'vi')),
                    published INTEGER,
                    title TEXT,
                    url TEXT,
                    source TEXT NOT NULL,
                    hash BLOB NOT NULL,
                    evidence BLOB NOT NULL,
                    text TEXT,
                    batch INTEGER NOT NULL REFERENCES batch(number)
                );
                CREATE INDEX article_by_day ON article(published);
                CREATE TABLE language (lang TEXT PRIMARY KEY, articles INTEGER NOT NULL CHECK (articles >= 0)) WITHOUT ROWID;
                CREATE TABLE feature (
                    key TEXT PRIMARY KEY,
                    english INTEGER NOT NULL CHECK (english >= 0),
                    vietnamese INTEGER NOT NULL CHECK (vietnamese >= 0)
                ) WITHOUT ROWID;
                CREATE TABLE decision (
                    number INTEGER PRIMARY KEY,
                    en INTEGER NOT NULL REFERENCES article(number),
                    vi INTEGER NOT NULL REFERENCES article(number),
                    verdict TEXT NOT NULL CHECK (verdict IN ('same-event', 'related')),
                    probability REAL NOT NULL,
                    fingerprint INTEGER NOT NULL,
                    explanation TEXT NOT NULL,
                    batch INTEGER NOT NULL REFERENCES batch(number),
                    UNIQUE (en, vi)
                );
                CREATE INDEX decision_by_vi ON decision(vi);
                CREATE TABLE unpaired (
                    article INTEGER PRIMARY KEY REFERENCES article(number),
                    best TEXT,
                    probability REAL,
                    reason TEXT NOT NULL,
                    batch INTEGER NOT NULL REFERENCES batch(number)
                );
                PRAGMA user_version = 1;
                """)
        }
        return migrator
    }()
}
