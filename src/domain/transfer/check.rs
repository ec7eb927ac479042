//! The checks an imported file passes, in steps: size and JSON; origin, schema version and
//! checksum; the envelope; the items, a chunk at a time; then consistency and the kind.
//!
//! A file is checked completely before anything is stored, so a bad file can never touch the
//! data already on the device. Each step is linear in the size of what it reads, and the
//! items are read [`ITEMS_PER_STEP`] at a time, so the page can let the browser paint and
//! respond between steps however large the file is ([`FileCheck::step`]). The steps are
//! counted in items, never in time: the same file always takes the same steps.

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::file::{
    CONTENT_CHECKSUM_PREFIX, CONTENT_CHECKSUM_SCHEMA, EXPORT_FORMAT, EncryptedContent, Envelope, ExportKind,
    FILE_CHECKSUM_PREFIX, ImportError, ImportedFile, MAX_IMPORT_BYTES, VERSION_1_ENVELOPE_KEYS, content_checksum,
    file_checksum,
};
use crate::domain::schema::{
    ITEMS_PER_STEP, SCHEMA_VERSION, SchemaError, WorkspaceReader, deserialize_at, dutch_problem, has_version_1_shape,
};
use crate::domain::workspace::Workspace;

/// A file whose content is encrypted: it opens with the passphrase.
#[derive(Clone, Debug, PartialEq)]
pub struct LockedFile {
    pub encrypted: EncryptedContent,
    header: Header,
}

/// What the envelope says about the file.
#[derive(Clone, Debug, PartialEq)]
struct Header {
    kind: ExportKind,
    description: String,
    app_version: String,
    exported_at: Option<DateTime<Utc>>,
}

/// The result of reading a file that passed the checks possible so far.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenedFile {
    Ready(ImportedFile),
    Locked(LockedFile),
}

impl OpenedFile {
    /// The file, ready to import: what a decrypted content always is (one that is still
    /// locked counts as badly encrypted).
    pub fn into_ready(self) -> Result<ImportedFile, ImportError> {
        match self {
            Self::Ready(file) => Ok(file),
            Self::Locked(_) => Err(ImportError::BadEncryption),
        }
    }
}

/// An import check under way: call [`FileCheck::step`] until it is finished.
pub struct FileCheck<'a> {
    stage: Stage<'a>,
    /// For the decrypted content of a locked file: the kind its clear part named.
    locked_as: Option<ExportKind>,
}

/// What a step did: there is more to check, or the check is finished.
pub enum CheckStep<'a> {
    More(FileCheck<'a>),
    Finished(Result<OpenedFile, ImportError>),
}

enum Stage<'a> {
    Parse(&'a str),
    Verify(Value),
    Envelope(Value),
    Items(Box<(Header, WorkspaceReader)>),
}

/// Where a stage leads: to the next one, or to the opened file.
enum Next<'a> {
    Stage(Stage<'a>),
    Opened(OpenedFile),
}

/// Reads and checks an export file at once. Nothing is stored here: the caller applies the
/// result only after the user chose how (see `merge`).
pub fn open_file(text: &str) -> Result<OpenedFile, ImportError> {
    FileCheck::new(text).run()
}

impl<'a> FileCheck<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { stage: Stage::Parse(text), locked_as: None }
    }

    /// Does the next step of the check.
    pub fn step(self) -> CheckStep<'a> {
        let next = match self.stage {
            Stage::Parse(text) => parse(text).map(|value| Next::Stage(Stage::Verify(value))),
            Stage::Verify(value) => verify(&value).map(|()| Next::Stage(Stage::Envelope(value))),
            Stage::Envelope(value) => read_envelope(value),
            Stage::Items(mut reading) => match reading.1.read_items(ITEMS_PER_STEP) {
                Ok(false) => Ok(Next::Stage(Stage::Items(reading))),
                Ok(true) => finish(reading.0, reading.1.finish()),
                Err(error) => Err(ImportError::Schema(error)),
            },
        };
        let result = match next {
            Ok(Next::Stage(stage)) => return CheckStep::More(Self { stage, locked_as: self.locked_as }),
            Ok(Next::Opened(file)) => Ok(file),
            Err(error) => Err(error),
        };
        CheckStep::Finished(match self.locked_as {
            Some(kind) => unlocked(kind, result),
            None => result,
        })
    }

    /// Does all steps at once.
    pub fn run(mut self) -> Result<OpenedFile, ImportError> {
        loop {
            match self.step() {
                CheckStep::More(next) => self = next,
                CheckStep::Finished(result) => return result,
            }
        }
    }
}

/// The decrypted content's result: a complete plain file of the kind the clear part named.
fn unlocked(kind: ExportKind, result: Result<OpenedFile, ImportError>) -> Result<OpenedFile, ImportError> {
    match result {
        Ok(OpenedFile::Ready(file)) if file.kind != kind => Err(ImportError::HeaderMismatch {
            detail: format!(
                "het versleutelde bestand noemt zich «{}», maar bevat «{}»",
                kind.title(),
                file.kind.title()
            ),
        }),
        Ok(OpenedFile::Locked(_)) | Err(ImportError::NotJson { .. } | ImportError::Truncated) => {
            Err(ImportError::BadEncryption)
        }
        other => other,
    }
}

fn parse(text: &str) -> Result<Value, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    serde_json::from_str(text).map_err(|error| match error.classify() {
        serde_json::error::Category::Eof => ImportError::Truncated,
        _ => ImportError::NotJson { line: error.line(), column: error.column() },
    })
}

/// Origin, schema version and checksum, on the file as it was read: before its shape, so a
/// damaged file says it was changed, and a newer one says so rather than "invalid".
fn verify(value: &Value) -> Result<(), ImportError> {
    let Some(file) = value.as_object().filter(|file| file.get("format") == Some(&Value::from(EXPORT_FORMAT))) else {
        return Err(ImportError::NotVerzuimwijzer);
    };
    let schema_version = file.get("schema_version").and_then(Value::as_u64);
    if let Some(found) = schema_version
        && found > u64::from(SCHEMA_VERSION)
    {
        return Err(ImportError::Schema(SchemaError::NewerVersion { found: found as u32 }));
    }
    let content = file.get("workspace");
    let matches = match file.get("checksum") {
        Some(Value::String(claimed)) if claimed.starts_with(FILE_CHECKSUM_PREFIX) => *claimed == file_checksum(file),
        Some(Value::String(claimed)) if claimed.starts_with(CONTENT_CHECKSUM_PREFIX) => {
            schema_version == Some(CONTENT_CHECKSUM_SCHEMA)
                && content.is_some_and(|content| *claimed == content_checksum(content))
        }
        Some(_) => false,
        // Encrypted: AES-GCM authenticates the content, a plain file checked after decryption.
        None if file.contains_key("encrypted") => true,
        None => {
            let predates_checksums = file.keys().all(|key| VERSION_1_ENVELOPE_KEYS.contains(&key.as_str()))
                && schema_version == Some(1)
                && content.is_some_and(has_version_1_shape);
            return if predates_checksums { Ok(()) } else { Err(ImportError::MissingChecksum) };
        }
    };
    if matches { Ok(()) } else { Err(ImportError::ChecksumMismatch) }
}

/// The envelope's fields, then the start of reading the content (or the locked file).
fn read_envelope(mut value: Value) -> Result<Next<'static>, ImportError> {
    // Taken out first: read through the envelope, the content would be copied once more.
    let content = value.as_object_mut().and_then(|file| file.remove("workspace"));
    let envelope: Envelope = deserialize_at(value, "").map_err(ImportError::Schema)?;
    let schema_version = envelope.schema_version.ok_or(ImportError::Schema(SchemaError::MissingVersion))?;
    let kind = match envelope.kind {
        Some(kind) => kind,
        // Version 1 could only export everything.
        None if schema_version == 1 => ExportKind::Werkruimte,
        None => {
            let problem = dutch_problem("missing field `kind`");
            return Err(ImportError::Schema(SchemaError::InvalidField { path: String::new(), problem }));
        }
    };
    let header = Header {
        kind,
        description: envelope.description,
        app_version: envelope.app_version,
        exported_at: envelope.exported_at,
    };
    match (content, envelope.encrypted) {
        (Some(content), None) => {
            if let Some(found) = content.get("schema_version").and_then(Value::as_u64)
                && found != u64::from(schema_version)
            {
                return Err(ImportError::HeaderMismatch {
                    detail: format!("de kop noemt schemaversie {schema_version}, de gegevens zelf versie {found}"),
                });
            }
            let reader = WorkspaceReader::new(content).map_err(ImportError::Schema)?;
            Ok(Next::Stage(Stage::Items(Box::new((header, reader)))))
        }
        (None, Some(encrypted)) => {
            encrypted.parts()?;
            Ok(Next::Opened(OpenedFile::Locked(LockedFile { encrypted, header })))
        }
        _ => Err(ImportError::NotVerzuimwijzer),
    }
}

fn finish(header: Header, workspace: Workspace) -> Result<Next<'static>, ImportError> {
    workspace.check_consistency().map_err(ImportError::Schema)?;
    header.kind.check_fits(&workspace)?;
    Ok(Next::Opened(OpenedFile::Ready(ImportedFile {
        workspace,
        kind: header.kind,
        description: header.description,
        app_version: header.app_version,
        exported_at: header.exported_at,
    })))
}

impl LockedFile {
    /// Checks and reads the decrypted content at once (see [`LockedFile::check_decrypted`]).
    pub fn unlock(&self, plaintext: &str) -> Result<ImportedFile, ImportError> {
        self.check_decrypted(plaintext).run()?.into_ready()
    }

    /// The check of the decrypted content: a complete plain export file, checked like any
    /// other; its own header (kind, checksum) is the one that counts, and its kind must be
    /// the one the clear part named.
    pub fn check_decrypted<'a>(&self, plaintext: &'a str) -> FileCheck<'a> {
        FileCheck { stage: Stage::Parse(plaintext), locked_as: Some(self.header.kind) }
    }

    /// "Leerlingdossier", to say which file asks for a passphrase.
    pub fn description(&self) -> &str {
        &self.header.description
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::transfer::file::ExportSelection;
    use crate::domain::transfer::file::tests::{prepared, sample, sealed};
    use crate::domain::workspace::PupilDossier;

    const CURRENT_RELEASE_EXPORT: &str = include_str!("../../../tests/fixtures/schema-v2/export.json");
    const VERSION_1_EXPORT: &str = include_str!("../../../tests/fixtures/schema-v1/export.json");

    /// Every way of changing one byte of the line that holds `key` in `text`: the key, the
    /// value, the quotes and the punctuation.
    fn flips_of_line(text: &str, key: &str) -> Vec<String> {
        let start = text.find(&format!("\n  \"{key}\":")).unwrap_or_else(|| panic!("{key} in {text}")) + 3;
        let end = start + text[start..].find('\n').unwrap();
        (start..end)
            .map(|at| {
                let mut bytes = text.as_bytes().to_vec();
                bytes[at] ^= 1;
                String::from_utf8(bytes).unwrap()
            })
            .collect()
    }

    #[test]
    fn one_changed_byte_in_any_header_line_of_an_export_is_refused() {
        for selection in
            [ExportSelection::Everything, ExportSelection::Dossier("c".into()), ExportSelection::SelfScan("a".into())]
        {
            let text = prepared(selection.clone()).plain_text();
            assert!(open_file(&text).is_ok());
            for key in ["kind", "schema_version", "description", "exported_at", "app_version", "format", "checksum"] {
                for flipped in flips_of_line(&text, key) {
                    assert!(open_file(&flipped).is_err(), "{selection:?}, {key}: accepted\n{flipped}");
                }
            }
        }
    }

    #[test]
    fn a_dossier_export_whose_kind_key_changed_does_not_become_everything() {
        let text = prepared(ExportSelection::Dossier("c".into())).plain_text().replace("\"kind\"", "\"kinc\"");
        assert_eq!(open_file(&text), Err(ImportError::ChecksumMismatch));
    }

    #[test]
    fn files_of_the_current_release_still_import_with_their_header_checked_against_the_content() {
        let OpenedFile::Ready(file) = open_file(CURRENT_RELEASE_EXPORT).unwrap() else { panic!("plain") };
        assert_eq!(file.kind, ExportKind::Werkruimte);
        // Their checksum covers the content only, so the header's keys and kind are checked.
        for flipped in flips_of_line(CURRENT_RELEASE_EXPORT, "kind") {
            assert!(open_file(&flipped).is_err(), "accepted\n{flipped}");
        }
        for key in ["schema_version", "description", "exported_at", "app_version", "checksum"] {
            let renamed = CURRENT_RELEASE_EXPORT.replacen(&format!("\"{key}\""), &format!("\"{key}x\""), 1);
            assert!(open_file(&renamed).is_err(), "{key}x accepted");
        }
        let renamed = CURRENT_RELEASE_EXPORT.replacen("\"description\"", "\"descriptiom\"", 1);
        assert_eq!(
            open_file(&renamed).unwrap_err().to_string(),
            "Dit bestand is geen export van Verzuimwijzer, of het is beschadigd. De gegevens kunnen niet gelezen worden: het veld «descriptiom» is ongeldig: Verzuimwijzer kent dit veld niet."
        );
        let as_scan = CURRENT_RELEASE_EXPORT.replacen("\"werkruimte\"", "\"zelfscan\"", 1);
        let error = open_file(&as_scan).unwrap_err();
        assert!(matches!(&error, ImportError::HeaderMismatch { .. }), "{error:?}");
        assert!(error.detail().unwrap().starts_with("De kop van het bestand past niet bij de inhoud: het zegt één zelfscan te bevatten, maar bevat 1 zelfscan, 1 leerlingdossier en 2 raadplegingen"), "{error}");
        let older = CURRENT_RELEASE_EXPORT.replacen("\"schema_version\": 2", "\"schema_version\": 1", 1);
        assert_eq!(open_file(&older), Err(ImportError::ChecksumMismatch), "a content checksum is of schema 2 only");
    }

    #[test]
    fn a_file_without_checksum_must_be_of_version_1_through_and_through() {
        assert!(open_file(VERSION_1_EXPORT).is_ok());
        let mut file: Value = serde_json::from_str(VERSION_1_EXPORT).unwrap();
        // A version 1 header around edited version 2 content.
        let current: Value = serde_json::from_str(CURRENT_RELEASE_EXPORT).unwrap();
        file["workspace"] = current["workspace"].clone();
        assert_eq!(open_file(&file.to_string()), Err(ImportError::MissingChecksum));
        file["workspace"]["schema_version"] = Value::from(1);
        assert_eq!(
            open_file(&file.to_string()),
            Err(ImportError::MissingChecksum),
            "items' updated_at is of version 2"
        );
        let mut file: Value = serde_json::from_str(VERSION_1_EXPORT).unwrap();
        file["kind"] = Value::from("werkruimte");
        assert_eq!(open_file(&file.to_string()), Err(ImportError::MissingChecksum), "version 1 had no kind");
        let mut file: Value = serde_json::from_str(VERSION_1_EXPORT).unwrap();
        file["schema_version"] = Value::from(2);
        assert_eq!(open_file(&file.to_string()), Err(ImportError::MissingChecksum));
        let mut file: Value = serde_json::from_str(VERSION_1_EXPORT).unwrap();
        file["workspace"]["schema_version"] = Value::from(2);
        assert_eq!(open_file(&file.to_string()), Err(ImportError::MissingChecksum));
    }

    #[test]
    fn a_checksum_of_an_unknown_kind_is_refused() {
        let text = prepared(ExportSelection::Everything).plain_text().replace("\"sha256-file:", "\"sha512-file:");
        assert_eq!(open_file(&text), Err(ImportError::ChecksumMismatch));
    }

    #[test]
    fn the_kind_must_fit_the_content() {
        let mut file = serde_json::to_value(
            serde_json::from_str::<Value>(&prepared(ExportSelection::Everything).plain_text()).unwrap(),
        )
        .unwrap();
        file.as_object_mut().unwrap().remove("checksum");
        for (kind, held) in [("zelfscan", "één zelfscan"), ("leerlingdossier", "één leerlingdossier")] {
            file["kind"] = Value::from(kind);
            let error = open_file(&sealed(file.clone())).unwrap_err().to_string();
            assert!(error.contains(&format!("het zegt {held} te bevatten, maar bevat 2 zelfscans")), "{error}");
        }
        // One dossier, but with a consultation of another.
        file["workspace"]["self_scans"] = Value::Array(vec![]);
        let other = file["workspace"]["consultations"][1]["id"].clone();
        assert_eq!(other, "r2");
        let error = open_file(&sealed(file)).unwrap_err().to_string();
        assert!(error.contains("ook de raadpleging «JD-4» van een ander dossier"), "{error}");
    }

    #[test]
    fn the_header_version_must_be_the_contents() {
        let mut file: Value = serde_json::from_str(&prepared(ExportSelection::Everything).plain_text()).unwrap();
        file["workspace"]["schema_version"] = Value::from(1);
        let error = open_file(&sealed(file)).unwrap_err();
        assert_eq!(
            error,
            ImportError::HeaderMismatch {
                detail: format!("de kop noemt schemaversie {SCHEMA_VERSION}, de gegevens zelf versie 1")
            }
        );
    }

    #[test]
    fn an_encrypted_file_holds_a_file_of_its_own_kind() {
        let dossier = prepared(ExportSelection::Dossier("c".into()));
        let encrypted = EncryptedContent::new(&[7; 16], &[9; 12], &[1; 40]);
        let OpenedFile::Locked(locked) = open_file(&dossier.encrypted_text(encrypted)).unwrap() else {
            panic!("locked")
        };
        assert!(locked.unlock(&dossier.plain_text()).is_ok());
        let scan = prepared(ExportSelection::SelfScan("a".into())).plain_text();
        let error = locked.unlock(&scan).unwrap_err();
        assert!(error.to_string().contains("noemt zich «Leerlingdossier», maar bevat «Zelfscan»"), "{error}");
        // The inner file is checked like any plain file.
        let flipped = dossier.plain_text().replacen("\"kind\"", "\"kinc\"", 1);
        assert_eq!(locked.unlock(&flipped), Err(ImportError::ChecksumMismatch));
    }

    fn many_dossiers(count: usize) -> Value {
        let mut workspace = sample();
        workspace.consultations.clear();
        workspace.dossiers = (0..count)
            .map(|i| PupilDossier {
                id: format!("dossier-{i}"),
                label: format!("LL-{i}"),
                absences: [("B".to_string(), 3), ("Z".to_string(), 1)].into(),
                measures: vec![crate::domain::dossier::Measure { id: format!("m-{i}"), ..Default::default() }],
                ..Default::default()
            })
            .collect();
        let text = crate::domain::transfer::prepare_export(
            &workspace,
            &ExportSelection::Everything,
            "0.1.0",
            super::super::file::tests::at(),
        )
        .unwrap()
        .plain_text();
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn a_large_file_with_one_bad_field_names_it_in_steps_of_a_few_items() {
        let mut file = many_dossiers(5_000);
        file.as_object_mut().unwrap().remove("checksum");
        file["workspace"]["dossiers"][3_777]["absences"]["B"] = Value::from("zeven");
        let text = sealed(file.clone());
        let mut check = FileCheck::new(&text);
        let mut steps = 1;
        let result = loop {
            match check.step() {
                CheckStep::More(next) => check = next,
                CheckStep::Finished(result) => break result,
            }
            steps += 1;
        };
        assert_eq!(
            result.unwrap_err().to_string(),
            "Dit bestand is geen export van Verzuimwijzer, of het is beschadigd. De gegevens kunnen niet gelezen worden: het veld «dossiers[3777].absences.B» is ongeldig: \
             verkeerde soort waarde (string \"zeven\", expected u32)."
        );
        assert!(steps > 3_777 / ITEMS_PER_STEP, "the items were read in steps ({steps})");
        // A missing field deep in the last item, and a duplicate id in a nested list.
        file["workspace"]["dossiers"][3_777]["absences"]["B"] = Value::from(7);
        file["workspace"]["dossiers"][4_999]["measures"][0].as_object_mut().unwrap().remove("id");
        let error = open_file(&sealed(file.clone())).unwrap_err().to_string();
        assert!(
            error.contains("«dossiers[4999].measures[0]» is ongeldig: het verplichte onderdeel «id» ontbreekt"),
            "{error}"
        );
        let twin = file["workspace"]["dossiers"][4_998]["measures"][0].clone();
        file["workspace"]["dossiers"][4_999]["measures"] = Value::Array(vec![twin.clone(), twin]);
        let error = open_file(&sealed(file)).unwrap_err().to_string();
        assert!(error.contains("«dossiers[4999].measures[1].id» is ongeldig: deze id komt twee keer voor"), "{error}");
    }

    #[test]
    fn a_large_valid_file_reads_the_same_in_steps_as_at_once() {
        let text = sealed({
            let mut file = many_dossiers(1_000);
            file.as_object_mut().unwrap().remove("checksum");
            file
        });
        let OpenedFile::Ready(file) = open_file(&text).unwrap() else { panic!("plain") };
        assert_eq!(file.workspace.dossiers.len(), 1_000);
        assert_eq!(file.workspace.dossiers[999].id, "dossier-999");
        assert_eq!(file.workspace.self_scans.len(), 2);
    }
}
