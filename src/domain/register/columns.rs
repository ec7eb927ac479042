//! Which column of an export holds what: recognised from the usual Dutch column names, and
//! set by the user for the rest (the mapping step).

/// What a column holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Column {
    /// What identifies a pupil: the stamboeknummer, or the label the school uses.
    Pupil,
    /// A name: dropped at import unless the user keeps it.
    Name,
    Class,
    Date,
    /// "VM"/"NM", "voormiddag"/"namiddag".
    HalfDay,
    /// A lesson hour (1–8): the half day follows from it.
    LessonHour,
    Code,
    /// One row per pupil: the number of half days with this code.
    CountOf(String),
}

/// The two shapes an export comes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// One row per half day (or lesson hour) of absence.
    HalfDays,
    /// One row per pupil with a count per code.
    Counts,
}

/// A column name without case, accents, spaces, dashes, underscores or dots.
fn plain(name: &str) -> String {
    name.chars()
        .filter_map(|c| match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' | 'À' | 'Ä' | 'Â' => Some('a'),
            'é' | 'è' | 'ë' | 'ê' | 'É' | 'È' | 'Ë' | 'Ê' => Some('e'),
            'ï' | 'î' | 'Ï' | 'Î' => Some('i'),
            'ö' | 'ô' | 'Ö' | 'Ô' => Some('o'),
            'ü' | 'û' | 'Ü' | 'Û' => Some('u'),
            ' ' | '-' | '_' | '.' | '(' | ')' | ':' | '/' => None,
            c => Some(c.to_ascii_lowercase()),
        })
        .collect()
}

/// The column a usual Dutch name stands for, if any.
pub fn recognise(name: &str) -> Option<Column> {
    let name = plain(name);
    let column = match name.as_str() {
        "stamboeknummer"
        | "stamboeknr"
        | "stamnummer"
        | "leerlingnummer"
        | "leerlingnr"
        | "leerlingid"
        | "id"
        | "rijksregisternummer"
        | "leerling"
        | "label"
        | "leerlingcode" => Column::Pupil,
        "naam" | "voornaam" | "familienaam" | "achternaam" | "volledigenaam" | "naamleerling" | "leerlingnaam" => {
            Column::Name
        }
        "klas" | "klasgroep" | "groep" | "klascode" => Column::Class,
        "datum" | "dag" | "afwezigheidsdatum" | "date" => Column::Date,
        "dagdeel" | "halvedag" | "vmnm" | "voormiddagnamiddag" | "moment" => Column::HalfDay,
        "lesuur" | "uur" | "lesuurnummer" => Column::LessonHour,
        "code" | "afwezigheidscode" | "reden" | "afwezigheid" | "registratiecode" => Column::Code,
        _ => return count_of(&name),
    };
    Some(column)
}

/// "B", "B-codes", "aantal B", "Z halve dagen": a count per code.
fn count_of(name: &str) -> Option<Column> {
    let rest = name.strip_prefix("aantal").unwrap_or(name);
    let code = rest.strip_suffix("halvedagen").unwrap_or(rest);
    let code = code.strip_suffix("codes").or_else(|| code.strip_suffix("code")).unwrap_or(code);
    let mut chars = code.chars();
    match (chars.next(), chars.next()) {
        (Some(letter), None) if letter.is_ascii_alphabetic() => {
            Some(Column::CountOf(letter.to_ascii_uppercase().to_string()))
        }
        _ => None,
    }
}

/// The shape the columns describe, when they describe one: a pupil with a date and a code, or
/// a pupil with counts.
pub fn shape(columns: &[Option<Column>]) -> Option<Shape> {
    let has = |wanted: &Column| columns.iter().flatten().any(|c| c == wanted);
    if !has(&Column::Pupil) {
        return None;
    }
    if has(&Column::Date) && has(&Column::Code) {
        Some(Shape::HalfDays)
    } else if columns.iter().flatten().any(|c| matches!(c, Column::CountOf(_))) {
        Some(Shape::Counts)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usual_dutch_names_are_recognised() {
        assert_eq!(recognise("Stamboeknummer"), Some(Column::Pupil));
        assert_eq!(recognise("Leerling"), Some(Column::Pupil));
        assert_eq!(recognise("Voornaam"), Some(Column::Name));
        assert_eq!(recognise("Klas"), Some(Column::Class));
        assert_eq!(recognise("Datum"), Some(Column::Date));
        assert_eq!(recognise("VM/NM"), Some(Column::HalfDay));
        assert_eq!(recognise("Dagdeel"), Some(Column::HalfDay));
        assert_eq!(recognise("Lesuur"), Some(Column::LessonHour));
        assert_eq!(recognise("Afwezigheidscode"), Some(Column::Code));
        assert_eq!(recognise("Opmerking"), None);
    }

    #[test]
    fn count_columns_name_their_code() {
        assert_eq!(recognise("B"), Some(Column::CountOf("B".into())));
        assert_eq!(recognise("B-codes"), Some(Column::CountOf("B".into())));
        assert_eq!(recognise("Aantal Z"), Some(Column::CountOf("Z".into())));
        assert_eq!(recognise("P halve dagen"), Some(Column::CountOf("P".into())));
    }

    #[test]
    fn the_columns_tell_the_shape() {
        let half_days = [Some(Column::Pupil), Some(Column::Date), Some(Column::HalfDay), Some(Column::Code), None];
        assert_eq!(shape(&half_days), Some(Shape::HalfDays));
        let counts = [Some(Column::Pupil), Some(Column::Class), Some(Column::CountOf("B".into()))];
        assert_eq!(shape(&counts), Some(Shape::Counts));
        assert_eq!(shape(&[Some(Column::Date), Some(Column::Code)]), None, "no pupil: the user maps one");
    }
}
