//! The export file: what it holds, how it is written, and why an imported one is refused
//! (the checks themselves are in `check.rs`). Encryption itself happens in the browser
//! (WebCrypto); this module only describes it.
//!
//! ## What the checksum covers, and how that is versioned
//!
//! `checksum` names what it covers in its prefix, so a checksum can never be read with the
//! wrong scope:
//!
//! - `sha256-file:` and the hex SHA-256 of the whole file's canonical JSON (compact, object
//!   keys sorted) without the `checksum` field: the kind, the format, app and schema versions,
//!   the export time, the description and the content. Written by every export since the
//!   scope was widened; no byte of such a file can change unnoticed, yet re-indenting it
//!   keeps it valid.
//! - `sha256:` and the SHA-256 of the content (`workspace`) only, as Verzuimwijzer 0.1.0
//!   wrote it (always with schema version 2). Still read, but its header is not covered, so
//!   the header is checked against the content instead: no unknown keys, the kind present and
//!   fitting the content, the schema version the content's own.
//! - No checksum: only for files of schema version 1, written before exports had one, and
//!   only when the whole file has version 1's shape (no key of a later envelope, content of
//!   version 1 without its later fields); otherwise the checksum counts as missing.
//!
//! Any other prefix is refused. An encrypted file has no checksum in the clear: AES-GCM
//! authenticates what it holds, which is a complete plain file, checked like any other.

use std::collections::BTreeMap;

use base64::Engine as _;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::domain::dates::{dutch_date_time, iso_date};
use crate::domain::schema::{SCHEMA_VERSION, SchemaError, first_positions};
use crate::domain::workspace::Workspace;

/// Marks a file as a Verzuimwijzer export.
pub const EXPORT_FORMAT: &str = "verzuimwijzer-export";

/// Files above this size are refused before they are read: a real workspace is far smaller,
/// and parsing a huge file would freeze the tab.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

/// What an export holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportKind {
    /// Everything on the device.
    Werkruimte,
    /// One self-scan.
    Zelfscan,
    /// One pupil's dossier with its Beslisboom consultations.
    Leerlingdossier,
}

impl ExportKind {
    /// What an encrypted file says of itself: the kind only, never a name or label.
    pub(super) fn title(self) -> &'static str {
        match self {
            Self::Werkruimte => "Alle gegevens",
            Self::Zelfscan => "Zelfscan",
            Self::Leerlingdossier => "Leerlingdossier",
        }
    }

    /// Whether `workspace` is what a file of this kind holds, as [`prepare_export`] writes it:
    /// a Zelfscan one scan and nothing else, a Leerlingdossier one dossier and only its own
    /// consultations. A kind that does not fit was changed after the export, and would let a
    /// part pass for everything ("Alles vervangen").
    pub(super) fn check_fits(self, workspace: &Workspace) -> Result<(), ImportError> {
        let holds = |what: &str| ImportError::HeaderMismatch {
            detail: format!("het zegt {what} te bevatten, maar bevat {}", workspace.contents()),
        };
        match self {
            Self::Werkruimte => Ok(()),
            Self::Zelfscan => {
                let fits = workspace.self_scans.len() == 1
                    && workspace.dossiers.is_empty()
                    && workspace.consultations.is_empty();
                if fits { Ok(()) } else { Err(holds("één zelfscan")) }
            }
            Self::Leerlingdossier => {
                let ([dossier], true) = (workspace.dossiers.as_slice(), workspace.self_scans.is_empty()) else {
                    return Err(holds("één leerlingdossier"));
                };
                let own = first_positions(dossier.consultation_ids.iter().map(String::as_str));
                match workspace.consultations.iter().find(|c| !own.contains_key(c.id.as_str())) {
                    Some(other) => Err(ImportError::HeaderMismatch {
                        detail: format!(
                            "het zegt één leerlingdossier te bevatten, maar bevat ook de raadpleging \
                             «{}» van een ander dossier",
                            other.label.trim()
                        ),
                    }),
                    None => Ok(()),
                }
            }
        }
    }

    fn file_stem(self) -> &'static str {
        match self {
            Self::Werkruimte => "alles",
            Self::Zelfscan => "zelfscan",
            Self::Leerlingdossier => "dossier",
        }
    }
}

/// Which part of the workspace to export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportSelection {
    Everything,
    SelfScan(String),
    Dossier(String),
}

/// The passphrase-encrypted content of a file, with everything needed to decrypt it except
/// the passphrase: AES-GCM with a 256-bit key derived by PBKDF2-SHA-256.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EncryptedContent {
    pub cipher: String,
    pub key_derivation: String,
    pub iterations: u32,
    /// Base64 of the 16-byte salt.
    pub salt: String,
    /// Base64 of the 12-byte nonce.
    pub iv: String,
    /// Base64 of the ciphertext with its authentication tag.
    pub data: String,
}

impl EncryptedContent {
    pub const CIPHER: &'static str = "AES-GCM-256";
    pub const KEY_DERIVATION: &'static str = "PBKDF2-SHA-256";
    /// OWASP's 2023 advice for PBKDF2-SHA-256.
    pub const ITERATIONS: u32 = 600_000;

    pub fn new(salt: &[u8], iv: &[u8], data: &[u8]) -> Self {
        let b64 = base64::engine::general_purpose::STANDARD;
        Self {
            cipher: Self::CIPHER.into(),
            key_derivation: Self::KEY_DERIVATION.into(),
            iterations: Self::ITERATIONS,
            salt: b64.encode(salt),
            iv: b64.encode(iv),
            data: b64.encode(data),
        }
    }

    /// Salt, nonce and ciphertext as bytes, once the parameters are known to be ones this app
    /// writes (so a file cannot make the browser derive a key a million times over).
    pub fn parts(&self) -> Result<EncryptedParts, ImportError> {
        let b64 = base64::engine::general_purpose::STANDARD;
        let bad = |_| ImportError::BadEncryption;
        if self.cipher != Self::CIPHER
            || self.key_derivation != Self::KEY_DERIVATION
            || !(100_000..=5_000_000).contains(&self.iterations)
        {
            return Err(ImportError::BadEncryption);
        }
        let salt = b64.decode(&self.salt).map_err(bad)?;
        let iv = b64.decode(&self.iv).map_err(bad)?;
        let data = b64.decode(&self.data).map_err(bad)?;
        if salt.len() != 16 || iv.len() != 12 || data.len() < 16 {
            return Err(ImportError::BadEncryption);
        }
        Ok((salt, iv, data))
    }
}

/// Salt, nonce and ciphertext with its tag, as bytes.
pub type EncryptedParts = (Vec<u8>, Vec<u8>, Vec<u8>);

/// The file on disk. `workspace` and `encrypted` exclude each other. A key it does not name
/// is refused: in a file with a checksum over its content only, a changed key would
/// otherwise go unnoticed (`"kinc"` would drop the kind).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Envelope {
    pub format: String,
    #[serde(default)]
    pub kind: Option<ExportKind>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub app_version: String,
    pub schema_version: Option<u32>,
    #[serde(default)]
    pub exported_at: Option<DateTime<Utc>>,
    /// What it covers is in its prefix: see the module documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checksum: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<EncryptedContent>,
}

/// The only keys of a file of schema version 1, which had no checksum.
pub(super) const VERSION_1_ENVELOPE_KEYS: [&str; 5] =
    ["format", "app_version", "schema_version", "exported_at", "workspace"];

/// The prefix of a checksum over the whole file but its `checksum` field: what exports write.
pub const FILE_CHECKSUM_PREFIX: &str = "sha256-file:";
/// The prefix of a checksum over the content only, as Verzuimwijzer 0.1.0 wrote it.
pub const CONTENT_CHECKSUM_PREFIX: &str = "sha256:";
/// The schema version of every file with a checksum over the content only.
pub(super) const CONTENT_CHECKSUM_SCHEMA: u64 = 2;

/// The hex SHA-256 of a value's canonical JSON: compact, with object keys sorted (serde_json's
/// map is ordered), so re-indenting a file does not change it but any edit does.
fn canonical_sha256(value: &impl Serialize) -> String {
    let canonical = serde_json::to_vec(value).expect("a JSON value always serializes");
    Sha256::digest(&canonical).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The checksum of a whole file (`sha256-file:`): every field but `checksum` itself.
pub fn file_checksum(file: &serde_json::Map<String, Value>) -> String {
    let covered: BTreeMap<&str, &Value> =
        file.iter().filter(|(key, _)| *key != "checksum").map(|(key, value)| (key.as_str(), value)).collect();
    format!("{FILE_CHECKSUM_PREFIX}{}", canonical_sha256(&covered))
}

/// The checksum over the content only (`sha256:`) that files of Verzuimwijzer 0.1.0 carry.
pub fn content_checksum(content: &Value) -> String {
    format!("{CONTENT_CHECKSUM_PREFIX}{}", canonical_sha256(content))
}

/// What a file's name says of its content. The name shows in the browser's list of
/// downloads and travels with the file, so a pupil's label is in it only on request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileNaming {
    /// The kind and the date only: an encrypted file may travel by e-mail.
    Encrypted,
    /// The kind, a scan's or the workspace's school name, and the date; no pupil's label.
    Plain,
    /// As `Plain`, with a dossier's label too.
    PlainWithLabel,
}

/// An export ready to be written: plainly, or encrypted by the browser.
#[derive(Clone, Debug)]
pub struct PreparedExport {
    pub kind: ExportKind,
    /// "Basisschool De Linde", "Zelfscan De Linde 2026-2027", "Leerlingdossier JD-4".
    pub description: String,
    /// The part of the workspace the file holds.
    content: Value,
    file_stem: String,
    /// The dossier's label for the file name, as a slug; only used on request.
    label_stem: Option<String>,
    app_version: String,
    exported_at: DateTime<Utc>,
}

/// Prepares an export of `selection`, or `None` when the chosen item no longer exists.
/// Device settings never leave the device.
pub fn prepare_export(
    workspace: &Workspace,
    selection: &ExportSelection,
    app_version: &str,
    now: DateTime<Utc>,
) -> Option<PreparedExport> {
    let mut part = workspace.clone();
    let mut label_stem = None;
    let (kind, description, stem) = match selection {
        ExportSelection::Everything => {
            let name = workspace.organisation_name.trim();
            let description = if name.is_empty() { "Alle gegevens".to_string() } else { name.to_string() };
            (ExportKind::Werkruimte, description, format!("alles-{}", slug(name)))
        }
        ExportSelection::SelfScan(id) => {
            let scan = workspace.self_scan(id)?.clone();
            let description = format!("Zelfscan {} {}", scan.school_name.trim(), scan.school_year.trim());
            let stem = format!("zelfscan-{}-{}", slug(&scan.school_name), slug(&scan.school_year));
            part.self_scans = vec![scan];
            part.dossiers.clear();
            part.consultations.clear();
            (ExportKind::Zelfscan, description, stem)
        }
        ExportSelection::Dossier(id) => {
            let dossier = workspace.dossier(id)?.clone();
            let description = format!("Leerlingdossier {}", dossier.label.trim());
            label_stem = Some(slug(&dossier.label)).filter(|label| !label.is_empty());
            let stem = ExportKind::Leerlingdossier.file_stem().to_string();
            part.consultations.retain(|c| dossier.consultation_ids.contains(&c.id));
            part.dossiers = vec![dossier];
            part.self_scans.clear();
            (ExportKind::Leerlingdossier, description, stem)
        }
    };
    // Through the text the store writes anyway: one serializer for the workspace, not two.
    let value: Value = serde_json::from_str(&part.to_json()).expect("a workspace is JSON");
    Some(PreparedExport {
        kind,
        description: description.split_whitespace().collect::<Vec<_>>().join(" "),
        content: value,
        file_stem: stem.trim_end_matches('-').replace("--", "-"),
        label_stem,
        app_version: app_version.to_string(),
        exported_at: now,
    })
}

/// Lower-case ASCII letters and digits joined by single dashes: safe in any file system.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(40).collect::<String>().trim_end_matches('-').to_string()
}

impl PreparedExport {
    /// E.g. `verzuimwijzer-dossier-2026-11-25.json`, `verzuimwijzer-dossier-jd-4-2026-11-25.json`
    /// with the label, `verzuimwijzer-dossier-2026-11-25-versleuteld.json` encrypted.
    pub fn file_name(&self, date: NaiveDate, naming: FileNaming) -> String {
        let date = iso_date(date);
        match (naming, &self.label_stem) {
            (FileNaming::Encrypted, _) => format!("verzuimwijzer-{}-{date}-versleuteld.json", self.kind.file_stem()),
            (FileNaming::PlainWithLabel, Some(label)) => {
                format!("verzuimwijzer-{}-{label}-{date}.json", self.file_stem)
            }
            _ => format!("verzuimwijzer-{}-{date}.json", self.file_stem),
        }
    }

    fn envelope(&self) -> Envelope {
        Envelope {
            format: EXPORT_FORMAT.into(),
            kind: Some(self.kind),
            description: self.description.clone(),
            app_version: self.app_version.clone(),
            schema_version: Some(SCHEMA_VERSION),
            exported_at: Some(self.exported_at),
            checksum: None,
            workspace: None,
            encrypted: None,
        }
    }

    /// The file's text with the content readable (pretty-printed), and a checksum over all
    /// of it.
    pub fn plain_text(&self) -> String {
        let mut envelope = Envelope { workspace: Some(self.content.clone()), ..self.envelope() };
        let Ok(Value::Object(file)) = serde_json::to_value(&envelope) else {
            unreachable!("an envelope is a JSON object")
        };
        envelope.checksum = Some(file_checksum(&file));
        serde_json::to_string_pretty(&envelope).expect("an export always serializes")
    }

    /// The text of an encrypted file: `encrypted` holds the whole plain file
    /// ([`PreparedExport::plain_text`]), so its kind, description and checksum are
    /// authenticated by AES-GCM. The clear part says only what a recipient needs before the
    /// passphrase: the kind, the versions and the date; no checksum that would let someone
    /// with a plain copy recognise the content.
    pub fn encrypted_text(&self, encrypted: EncryptedContent) -> String {
        let envelope =
            Envelope { encrypted: Some(encrypted), description: self.kind.title().to_string(), ..self.envelope() };
        serde_json::to_string_pretty(&envelope).expect("an export always serializes")
    }
}

/// A file that passed every check and can be merged into or replace the workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedFile {
    pub workspace: Workspace,
    pub kind: ExportKind,
    pub description: String,
    pub app_version: String,
    pub exported_at: Option<DateTime<Utc>>,
}

/// Why a file cannot be imported. Shown to the user, so it speaks Dutch. In every case the
/// data on the device is left as it was.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotJson {
        line: usize,
        column: usize,
    },
    Truncated,
    NotVerzuimwijzer,
    MissingChecksum,
    ChecksumMismatch,
    /// The header (kind, schema version) says something the content contradicts: `detail`
    /// says what, in Dutch.
    HeaderMismatch {
        detail: String,
    },
    BadEncryption,
    WrongPassphrase,
    Schema(SchemaError),
}

/// What most users need to hear about a file that is not an intact export.
const NOT_AN_EXPORT: &str = "Dit bestand is geen export van Verzuimwijzer, of het is beschadigd.";
const CHANGED: &str = "Dit bestand is na het exporteren gewijzigd of beschadigd. Vraag een nieuwe export.";

impl ImportError {
    /// What happened, in plain Dutch: the first thing the user reads.
    pub fn headline(&self) -> String {
        match self {
            Self::Empty => "Het bestand is leeg.".into(),
            Self::TooLarge { bytes } => format!(
                "Het bestand is te groot ({:.1} MB). Verzuimwijzer leest bestanden tot {} MB.",
                *bytes as f64 / 1_048_576.0,
                MAX_IMPORT_BYTES / 1_048_576
            ),
            Self::NotJson { .. } | Self::NotVerzuimwijzer | Self::BadEncryption => NOT_AN_EXPORT.into(),
            Self::Truncated => "Het bestand is onvolledig: het houdt midden in de gegevens op. Misschien is het \
                 niet volledig gedownload of gekopieerd; vraag het opnieuw."
                .into(),
            Self::MissingChecksum | Self::ChecksumMismatch | Self::HeaderMismatch { .. } => CHANGED.into(),
            Self::WrongPassphrase => "Het wachtwoord klopt niet. Probeer opnieuw; let op hoofdletters.".into(),
            Self::Schema(SchemaError::NewerVersion { .. }) => {
                "Dit bestand komt van een nieuwere versie van Verzuimwijzer. Werk de app bij en probeer opnieuw.".into()
            }
            Self::Schema(_) => NOT_AN_EXPORT.into(),
        }
    }

    /// The technical detail, for whoever helps the user: folded away under the headline.
    pub fn detail(&self) -> Option<String> {
        match self {
            Self::Empty | Self::TooLarge { .. } | Self::Truncated => None,
            Self::NotJson { line, column } => Some(format!("Geen geldige JSON: fout op regel {line}, kolom {column}.")),
            Self::NotVerzuimwijzer => Some("Het bestand heeft niet de vorm van een Verzuimwijzer-export.".into()),
            Self::MissingChecksum => Some("Het controlegetal van het bestand ontbreekt.".into()),
            Self::ChecksumMismatch => Some("De inhoud klopt niet met het controlegetal.".into()),
            Self::HeaderMismatch { detail } => {
                Some(format!("De kop van het bestand past niet bij de inhoud: {detail}."))
            }
            Self::BadEncryption => {
                Some("Het versleutelde deel is beschadigd of gebruikt een onbekende versleuteling.".into())
            }
            Self::WrongPassphrase => Some("Of het versleutelde deel van het bestand is beschadigd.".into()),
            Self::Schema(error) => Some(format!("De gegevens kunnen niet gelezen worden: {error}.")),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.detail() {
            Some(detail) => write!(f, "{} {detail}", self.headline()),
            None => write!(f, "{}", self.headline()),
        }
    }
}

impl ImportedFile {
    /// What the file holds, in one Dutch sentence. `offset` is the user's time zone, so the
    /// export time reads as on their clock.
    pub fn summary(&self, offset: FixedOffset) -> String {
        let what = match (self.kind, self.description.trim()) {
            (ExportKind::Werkruimte, "" | "Alle gegevens") => "Dit bestand bevat gegevens".to_string(),
            (ExportKind::Werkruimte, name) => format!("Dit bestand bevat de gegevens van «{name}»"),
            (_, description) => format!("Dit bestand bevat «{description}»"),
        };
        let when = match self.exported_at {
            Some(at) => format!(", geëxporteerd op {}", dutch_date_time(at, offset)),
            None => String::new(),
        };
        let version = match self.app_version.as_str() {
            "" => String::new(),
            v => format!(" met Verzuimwijzer {v}"),
        };
        format!("{what}{when}{version}: {}.", self.workspace.contents())
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::domain::transfer::check::{OpenedFile, open_file};
    use crate::domain::workspace::{Consultation, PupilDossier, SelfScan};
    use chrono::TimeZone;

    pub(crate) fn sample() -> Workspace {
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 8, 30, 0).unwrap();
        let mut workspace = Workspace::new(now);
        workspace.organisation_name = "Basisschool De Linde".into();
        workspace.self_scans.push(SelfScan::new("a".into(), "De Linde".into(), "2025-2026".into(), now));
        workspace.self_scans.push(SelfScan::new("b".into(), "De Linde".into(), "2026-2027".into(), now));
        workspace.dossiers.push(PupilDossier {
            id: "c".into(),
            label: "JD-4".into(),
            consultation_ids: vec!["r1".into()],
            ..Default::default()
        });
        for id in ["r1", "r2"] {
            workspace.consultations.push(Consultation {
                id: id.into(),
                label: "JD-4".into(),
                created_at: Some(now),
                updated_at: Some(now),
                tree: crate::domain::decision_tree::TREE_FACTS,
                answers: Default::default(),
                facts: Default::default(),
            });
        }
        workspace
    }

    pub(crate) fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 15, 0).unwrap()
    }

    pub(crate) fn prepared(selection: ExportSelection) -> PreparedExport {
        prepare_export(&sample(), &selection, "0.1.0", at()).unwrap()
    }

    /// `file` with the checksum an export would give it: what a damaged or hand-made file
    /// needs to get past the checksum to the later checks.
    pub(crate) fn sealed(mut file: Value) -> String {
        let checksum = file_checksum(file.as_object().unwrap());
        file["checksum"] = Value::from(checksum);
        file.to_string()
    }

    pub(crate) fn ready(text: &str) -> ImportedFile {
        match open_file(text).unwrap() {
            OpenedFile::Ready(file) => file,
            OpenedFile::Locked(_) => panic!("not encrypted"),
        }
    }

    #[test]
    fn export_then_import_gives_back_the_workspace() {
        let imported = ready(&prepared(ExportSelection::Everything).plain_text());
        let expected = sample();
        assert_eq!(imported.workspace, expected);
        assert_eq!(imported.kind, ExportKind::Werkruimte);
        assert_eq!(imported.app_version, "0.1.0");
    }

    #[test]
    fn export_is_pretty_and_names_format_schema_version_and_checksum() {
        let text = prepared(ExportSelection::Everything).plain_text();
        assert!(text.contains(&format!("\n  \"schema_version\": {SCHEMA_VERSION}")), "{text}");
        assert!(text.contains("\"app_version\": \"0.1.0\""));
        assert!(text.contains(&format!("\"format\": \"{EXPORT_FORMAT}\"")));
        assert!(text.contains("\"checksum\": \"sha256-file:"));
    }

    #[test]
    fn a_dossier_export_holds_the_dossier_and_only_its_consultations() {
        let export = prepared(ExportSelection::Dossier("c".into()));
        let file = ready(&export.plain_text());
        assert_eq!(file.kind, ExportKind::Leerlingdossier);
        assert_eq!(file.workspace.dossiers.len(), 1);
        assert!(file.workspace.self_scans.is_empty());
        let ids: Vec<_> = file.workspace.consultations.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["r1"]);
    }

    #[test]
    fn a_dossier_file_name_carries_the_label_only_on_request() {
        let export = prepared(ExportSelection::Dossier("c".into()));
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(export.file_name(date, FileNaming::Plain), "verzuimwijzer-dossier-2026-11-22.json");
        assert_eq!(export.file_name(date, FileNaming::PlainWithLabel), "verzuimwijzer-dossier-jd-4-2026-11-22.json");
        assert_eq!(export.file_name(date, FileNaming::Encrypted), "verzuimwijzer-dossier-2026-11-22-versleuteld.json");
        let mut unlabelled = sample();
        unlabelled.dossiers[0].label = " ".into();
        let export = prepare_export(&unlabelled, &ExportSelection::Dossier("c".into()), "0.1.0", at()).unwrap();
        assert_eq!(export.file_name(date, FileNaming::PlainWithLabel), "verzuimwijzer-dossier-2026-11-22.json");
    }

    #[test]
    fn a_scan_export_holds_one_scan_and_says_which() {
        let export = prepared(ExportSelection::SelfScan("b".into()));
        let file = ready(&export.plain_text());
        assert_eq!(file.kind, ExportKind::Zelfscan);
        assert_eq!(file.workspace.self_scans.len(), 1);
        assert_eq!(file.workspace.self_scans[0].id, "b");
        assert!(file.workspace.dossiers.is_empty() && file.workspace.consultations.is_empty());
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        // A school's name is no pupil data: it stays, with or without the label option.
        for naming in [FileNaming::Plain, FileNaming::PlainWithLabel] {
            assert_eq!(export.file_name(date, naming), "verzuimwijzer-zelfscan-de-linde-2026-2027-2026-11-22.json");
        }
        assert!(prepare_export(&sample(), &ExportSelection::SelfScan("weg".into()), "0.1.0", at()).is_none());
    }

    #[test]
    fn whole_workspace_file_name_carries_the_school_and_the_date() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(
            prepared(ExportSelection::Everything).file_name(date, FileNaming::Plain),
            "verzuimwijzer-alles-basisschool-de-linde-2026-11-22.json"
        );
        let empty = prepare_export(&Workspace::new(at()), &ExportSelection::Everything, "0.1.0", at());
        assert_eq!(empty.unwrap().file_name(date, FileNaming::Plain), "verzuimwijzer-alles-2026-11-22.json");
    }

    #[test]
    fn summary_says_what_the_file_holds_in_local_time() {
        let imported = ready(&prepared(ExportSelection::Everything).plain_text());
        let brussels_winter = FixedOffset::east_opt(3600).unwrap();
        assert_eq!(
            imported.summary(brussels_winter),
            "Dit bestand bevat de gegevens van «Basisschool De Linde», geëxporteerd op \
             22-11-2026 om 10:15 met Verzuimwijzer 0.1.0: 2 zelfscans, 1 leerlingdossier en \
             2 raadplegingen van de beslisboom."
        );
        let dossier = ready(&prepared(ExportSelection::Dossier("c".into())).plain_text());
        assert!(dossier.summary(brussels_winter).starts_with("Dit bestand bevat «Leerlingdossier JD-4»"));
    }

    #[test]
    fn reindenting_keeps_the_checksum_but_any_edit_breaks_it() {
        let text = prepared(ExportSelection::Everything).plain_text();
        let compact: Value = serde_json::from_str(&text).unwrap();
        assert!(open_file(&serde_json::to_string(&compact).unwrap()).is_ok());
        let edited = text.replace("Basisschool De Linde", "Basisschool De Eik");
        assert_eq!(open_file(&edited), Err(ImportError::ChecksumMismatch));
        let mut without: Value = serde_json::from_str(&text).unwrap();
        without.as_object_mut().unwrap().remove("checksum");
        assert_eq!(open_file(&without.to_string()), Err(ImportError::MissingChecksum));
    }

    #[test]
    fn a_file_cut_short_says_so() {
        let text = prepared(ExportSelection::Everything).plain_text();
        for cut in [text.len() / 3, text.len() / 2, text.len() - 2] {
            assert_eq!(open_file(&text[..cut]), Err(ImportError::Truncated), "cut at {cut}");
        }
        assert!(ImportError::Truncated.to_string().contains("onvolledig"));
    }

    #[test]
    fn invalid_files_get_a_dutch_reason() {
        assert_eq!(open_file("   "), Err(ImportError::Empty));
        assert!(matches!(open_file("{ kapot: 1 }"), Err(ImportError::NotJson { line: 1, .. })));
        assert_eq!(open_file("[1, 2, 3]"), Err(ImportError::NotVerzuimwijzer));
        assert_eq!(open_file(r#"{"format": "iets-anders", "workspace": {}}"#), Err(ImportError::NotVerzuimwijzer));
        let newer = prepared(ExportSelection::Everything).plain_text().replace(
            &format!("\"schema_version\": {SCHEMA_VERSION}"),
            &format!("\"schema_version\": {}", SCHEMA_VERSION + 5),
        );
        let error = open_file(&newer).unwrap_err();
        assert_eq!(error, ImportError::Schema(SchemaError::NewerVersion { found: SCHEMA_VERSION + 5 }));
        assert!(error.headline().contains("Werk de app bij"), "{error}");
        // Plain Dutch first; the JSON position only in the detail.
        let not_json = open_file("{ kapot: 1 }").unwrap_err();
        assert_eq!(not_json.headline(), "Dit bestand is geen export van Verzuimwijzer, of het is beschadigd.");
        assert!(!not_json.headline().contains("JSON"));
        assert_eq!(not_json.detail().unwrap(), "Geen geldige JSON: fout op regel 1, kolom 3.");
    }

    #[test]
    fn names_the_invalid_field_of_a_file_with_a_valid_checksum() {
        let mut workspace = serde_json::to_value(sample()).unwrap();
        workspace["dossiers"][0]["absences"] = serde_json::json!({ "B": -3 });
        let file = serde_json::json!({
            "format": EXPORT_FORMAT, "kind": "werkruimte", "schema_version": SCHEMA_VERSION,
            "workspace": workspace,
        });
        let error = open_file(&sealed(file)).unwrap_err().to_string();
        assert!(error.contains("«dossiers[0].absences.B»"), "{error}");
    }

    #[test]
    fn refuses_a_file_that_is_too_large_before_parsing_it() {
        let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert!(matches!(open_file(&huge), Err(ImportError::TooLarge { .. })));
    }

    #[test]
    fn an_encrypted_file_is_locked_until_its_content_is_given() {
        let export = prepared(ExportSelection::Dossier("c".into()));
        let encrypted = EncryptedContent::new(&[7; 16], &[9; 12], &[1; 40]);
        let text = export.encrypted_text(encrypted.clone());
        assert!(!text.contains("JD-4") && !text.contains("\"workspace\""), "no pupil data in the clear");
        let OpenedFile::Locked(locked) = open_file(&text).unwrap() else { panic!("locked") };
        assert_eq!(locked.description(), "Leerlingdossier");
        assert_eq!(locked.encrypted.iterations, EncryptedContent::ITERATIONS);
        assert!(!text.contains("checksum"), "no fingerprint of the content in the clear");
        // What the browser decrypts is the whole plain file, checked as such.
        let file = locked.clone().unlock(&export.plain_text()).unwrap();
        assert_eq!(file.workspace.dossiers[0].label, "JD-4");
        assert_eq!(file.kind, ExportKind::Leerlingdossier);
        let altered = export.plain_text().replace("JD-4", "JD-5");
        assert_eq!(locked.clone().unlock(&altered), Err(ImportError::ChecksumMismatch));
        assert_eq!(locked.unlock("geen json"), Err(ImportError::BadEncryption));
    }

    #[test]
    fn refuses_encryption_parameters_it_does_not_write() {
        let mut encrypted = EncryptedContent::new(&[7; 16], &[9; 12], &[1; 40]);
        encrypted.iterations = 2_000_000_000;
        let text = prepared(ExportSelection::Everything).encrypted_text(encrypted);
        assert_eq!(open_file(&text), Err(ImportError::BadEncryption));
        let short_salt = EncryptedContent::new(&[7; 4], &[9; 12], &[1; 40]);
        let text = prepared(ExportSelection::Everything).encrypted_text(short_salt);
        assert_eq!(open_file(&text), Err(ImportError::BadEncryption));
    }
}
