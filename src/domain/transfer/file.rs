//! The export file: what it holds, how it is written, and how an imported one is checked.
//!
//! A file is checked completely (size, JSON, origin, schema version, checksum, every field)
//! before anything is stored, so a bad file can never touch the data already on the device.
//! Encryption itself happens in the browser (WebCrypto); this module only describes it.

use base64::Engine as _;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::domain::dates::{dutch_date_time, iso_date};
use crate::domain::workspace::{
    dutch_problem, locate_problem, DeviceSettings, SchemaError, Workspace, SCHEMA_VERSION,
};

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
    fn title(self) -> &'static str {
        match self {
            Self::Werkruimte => "Alle gegevens",
            Self::Zelfscan => "Zelfscan",
            Self::Leerlingdossier => "Leerlingdossier",
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

/// The file on disk. `workspace` and `encrypted` exclude each other.
#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    #[serde(default)]
    kind: Option<ExportKind>,
    #[serde(default)]
    description: String,
    #[serde(default)]
    app_version: String,
    schema_version: Option<u32>,
    #[serde(default)]
    exported_at: Option<DateTime<Utc>>,
    /// "sha256:" and the hex digest of the content's canonical JSON (see [`checksum`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    checksum: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    workspace: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    encrypted: Option<EncryptedContent>,
}

/// The SHA-256 of a value's canonical JSON: compact, with object keys sorted (serde_json's
/// map is ordered), so re-indenting a file does not change it but any edit does.
pub fn checksum(content: &Value) -> String {
    let canonical = serde_json::to_string(content).expect("a JSON value always serializes");
    let digest = Sha256::digest(canonical.as_bytes());
    let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("sha256:{hex}")
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
    /// The content's canonical JSON: what the checksum covers.
    content: String,
    checksum: String,
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
    let mut part = Workspace { device: DeviceSettings::default(), ..workspace.clone() };
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
        checksum: checksum(&value),
        content: serde_json::to_string(&value).expect("a JSON value always serializes"),
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
            (FileNaming::PlainWithLabel, Some(label)) => format!("verzuimwijzer-{}-{label}-{date}.json", self.file_stem),
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
            checksum: Some(self.checksum.clone()),
            workspace: None,
            encrypted: None,
        }
    }

    /// The file's text with the content readable (pretty-printed).
    pub fn plain_text(&self) -> String {
        let content = serde_json::from_str(&self.content).expect("the content is JSON");
        let envelope = Envelope { workspace: Some(content), ..self.envelope() };
        serde_json::to_string_pretty(&envelope).expect("an export always serializes")
    }

    /// The text of an encrypted file: `encrypted` holds the whole plain file
    /// ([`PreparedExport::plain_text`]), so its kind, description and checksum are
    /// authenticated by AES-GCM. The clear part says only what a recipient needs before the
    /// passphrase: the kind, the versions and the date; no checksum that would let someone
    /// with a plain copy recognise the content.
    pub fn encrypted_text(&self, encrypted: EncryptedContent) -> String {
        let envelope = Envelope {
            encrypted: Some(encrypted),
            description: self.kind.title().to_string(),
            checksum: None,
            ..self.envelope()
        };
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

/// A file whose content is encrypted: it opens with the passphrase.
#[derive(Clone, Debug, PartialEq)]
pub struct LockedFile {
    pub encrypted: EncryptedContent,
    header: Header,
}

#[derive(Clone, Debug, PartialEq)]
struct Header {
    kind: ExportKind,
    description: String,
    app_version: String,
    exported_at: Option<DateTime<Utc>>,
    schema_version: u32,
    checksum: Option<String>,
}

/// The result of reading a file that passed the checks possible so far.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenedFile {
    Ready(ImportedFile),
    Locked(LockedFile),
}

/// Why a file cannot be imported. Shown to the user, so it speaks Dutch. In every case the
/// data on the device is left as it was.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    Empty,
    TooLarge { bytes: usize },
    NotJson { line: usize, column: usize },
    Truncated,
    NotVerzuimwijzer,
    MissingChecksum,
    ChecksumMismatch,
    BadEncryption,
    WrongPassphrase,
    Schema(SchemaError),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Empty => write!(f, "Het bestand is leeg."),
            Self::TooLarge { bytes } => write!(
                f,
                "Het bestand is te groot ({:.1} MB). Verzuimwijzer leest bestanden tot {} MB.",
                *bytes as f64 / 1_048_576.0,
                MAX_IMPORT_BYTES / 1_048_576
            ),
            Self::NotJson { line, column } => write!(
                f,
                "Dit is geen geldig JSON-bestand (fout op regel {line}, kolom {column}). \
                 Kies een bestand dat je met Verzuimwijzer hebt geëxporteerd."
            ),
            Self::Truncated => write!(
                f,
                "Het bestand is onvolledig: het houdt midden in de gegevens op. Misschien is het \
                 niet volledig gedownload of gekopieerd; vraag het opnieuw."
            ),
            Self::NotVerzuimwijzer => write!(
                f,
                "Dit bestand komt niet van Verzuimwijzer. Kies een bestand dat je met \
                 Verzuimwijzer hebt geëxporteerd."
            ),
            Self::MissingChecksum => write!(
                f,
                "Het controlegetal van het bestand ontbreekt, dus het is na het exporteren \
                 gewijzigd. Vraag een nieuwe export."
            ),
            Self::ChecksumMismatch => write!(
                f,
                "De inhoud klopt niet met het controlegetal: het bestand is na het exporteren \
                 gewijzigd of beschadigd. Vraag een nieuwe export."
            ),
            Self::BadEncryption => write!(
                f,
                "Het versleutelde deel van het bestand is beschadigd of gebruikt een onbekende \
                 versleuteling."
            ),
            Self::WrongPassphrase => write!(
                f,
                "Het wachtwoord klopt niet (of het bestand is beschadigd). Probeer opnieuw; let \
                 op hoofdletters."
            ),
            Self::Schema(error) => write!(f, "Dit bestand kan niet gelezen worden: {error}."),
        }
    }
}

/// Reads and checks an export file. Nothing is stored here: the caller applies the result
/// only after the user chose how (see `merge`).
pub fn open_file(text: &str) -> Result<OpenedFile, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|error| match error.classify() {
        serde_json::error::Category::Eof => ImportError::Truncated,
        _ => ImportError::NotJson { line: error.line(), column: error.column() },
    })?;
    let is_ours = value.get("format").and_then(Value::as_str) == Some(EXPORT_FORMAT);
    if !is_ours {
        return Err(ImportError::NotVerzuimwijzer);
    }
    // Checked before the rest of the shape, so a newer file says so rather than "invalid".
    if let Some(found) = value.get("schema_version").and_then(Value::as_u64)
        && found > u64::from(SCHEMA_VERSION)
    {
        return Err(ImportError::Schema(SchemaError::NewerVersion { found: found as u32 }));
    }
    let parse = |value: &Value| Envelope::deserialize(value).map(drop).map_err(|e| e.to_string());
    let envelope = Envelope::deserialize(&value).map_err(|_| {
        let (path, problem) = locate_problem(&value, &parse);
        ImportError::Schema(SchemaError::InvalidField { path, problem: dutch_problem(&problem) })
    })?;
    let schema_version = envelope
        .schema_version
        .or_else(|| envelope.workspace.as_ref()?.get("schema_version")?.as_u64().map(|v| v as u32))
        .ok_or(ImportError::Schema(SchemaError::MissingVersion))?;
    let header = Header {
        kind: envelope.kind.unwrap_or(ExportKind::Werkruimte),
        description: envelope.description,
        app_version: envelope.app_version,
        exported_at: envelope.exported_at,
        schema_version,
        checksum: envelope.checksum,
    };
    match (envelope.workspace, envelope.encrypted) {
        (Some(content), None) => header.read(content).map(OpenedFile::Ready),
        (None, Some(encrypted)) => {
            encrypted.parts()?;
            Ok(OpenedFile::Locked(LockedFile { encrypted, header }))
        }
        _ => Err(ImportError::NotVerzuimwijzer),
    }
}

impl Header {
    fn read(self, content: Value) -> Result<ImportedFile, ImportError> {
        match &self.checksum {
            Some(expected) if *expected != checksum(&content) => {
                return Err(ImportError::ChecksumMismatch);
            }
            // Files of schema version 1 were written before exports had a checksum.
            None if self.schema_version >= 2 => return Err(ImportError::MissingChecksum),
            _ => {}
        }
        let workspace = Workspace::from_value(content).map_err(ImportError::Schema)?;
        workspace.check_consistency().map_err(ImportError::Schema)?;
        Ok(ImportedFile {
            workspace: Workspace { device: DeviceSettings::default(), ..workspace },
            kind: self.kind,
            description: self.description,
            app_version: self.app_version,
            exported_at: self.exported_at,
        })
    }
}

impl LockedFile {
    /// Checks and reads the decrypted content: a complete plain export file, whose own
    /// header (kind, checksum) is the one that counts.
    pub fn unlock(self, plaintext: &str) -> Result<ImportedFile, ImportError> {
        match open_file(plaintext) {
            Ok(OpenedFile::Ready(file)) => Ok(file),
            Ok(OpenedFile::Locked(_)) | Err(ImportError::NotJson { .. } | ImportError::Truncated) => {
                Err(ImportError::BadEncryption)
            }
            Err(error) => Err(error),
        }
    }

    /// "Leerlingdossier JD-4", to say which file asks for a passphrase.
    pub fn description(&self) -> &str {
        &self.header.description
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
mod tests {
    use super::*;
    use crate::domain::workspace::{Consultation, PupilDossier, SelfScan};
    use chrono::TimeZone;

    fn sample() -> Workspace {
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
                answers: Default::default(),
            });
        }
        workspace.device.backup_reminder_days = 30;
        workspace
    }

    fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 15, 0).unwrap()
    }

    fn prepared(selection: ExportSelection) -> PreparedExport {
        prepare_export(&sample(), &selection, "0.1.0", at()).unwrap()
    }

    fn ready(text: &str) -> ImportedFile {
        match open_file(text).unwrap() {
            OpenedFile::Ready(file) => file,
            OpenedFile::Locked(_) => panic!("not encrypted"),
        }
    }

    #[test]
    fn export_then_import_gives_back_the_workspace_without_device_settings() {
        let imported = ready(&prepared(ExportSelection::Everything).plain_text());
        let expected = Workspace { device: DeviceSettings::default(), ..sample() };
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
        assert!(text.contains("\"checksum\": \"sha256:"));
        assert!(!text.contains("backup_reminder_days"), "device settings stay on the device");
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
        assert_eq!(
            export.file_name(date, FileNaming::Encrypted),
            "verzuimwijzer-dossier-2026-11-22-versleuteld.json"
        );
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
        assert_eq!(
            open_file(&without.to_string()),
            Err(ImportError::MissingChecksum)
        );
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
        assert_eq!(
            open_file(r#"{"format": "iets-anders", "workspace": {}}"#),
            Err(ImportError::NotVerzuimwijzer)
        );
        let newer = prepared(ExportSelection::Everything).plain_text().replace(
            &format!("\"schema_version\": {SCHEMA_VERSION}"),
            &format!("\"schema_version\": {}", SCHEMA_VERSION + 5),
        );
        let error = open_file(&newer).unwrap_err();
        assert_eq!(
            error,
            ImportError::Schema(SchemaError::NewerVersion { found: SCHEMA_VERSION + 5 })
        );
        assert!(error.to_string().contains("werk de app bij"), "{error}");
        let not_json = open_file("{ kapot: 1 }").unwrap_err().to_string();
        assert!(not_json.starts_with("Dit is geen geldig JSON-bestand"), "{not_json}");
    }

    #[test]
    fn names_the_invalid_field_of_a_file_with_a_valid_checksum() {
        let mut workspace = serde_json::to_value(sample()).unwrap();
        workspace["dossiers"][0]["absences"] = serde_json::json!({ "B": -3 });
        let file = serde_json::json!({
            "format": EXPORT_FORMAT, "schema_version": SCHEMA_VERSION,
            "checksum": checksum(&workspace), "workspace": workspace,
        });
        let error = open_file(&file.to_string()).unwrap_err().to_string();
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
