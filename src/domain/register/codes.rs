//! What a register's codes mean. The official codes since 1 September 2019 are A, R, Z, H, P,
//! M and B (`shared/domain/external-facts.md`, "Absence codes"); exports may still hold D
//! (reported as Z), subcodes such as B01 (reported as their letter), L (late), `|` (present)
//! and `-` (not yet coded). Schools may use letters of their own, so the school can map any
//! code to a meaning ([`CodeMap`]); a code nobody mapped is kept as it is and listed.

use std::collections::BTreeMap;

/// What a half day's code says, as far as the monitor needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Meaning {
    /// B: problematic (unexcused) absence.
    Unexcused,
    /// Z (and D): illness.
    Illness,
    /// R, P, H, M, A: another absence, excused or not counted as problematic.
    OtherAbsence,
    /// L, `|`: no absence half day.
    NotAbsence,
    /// `-`: not yet coded; shown as "nog te coderen".
    NotYetCoded,
}

/// The meaning of the codes the official list and the usual exports know: by the code's
/// first letter, so that a subcode (B01) means what its letter means.
pub fn usual_meaning(code: &str) -> Option<Meaning> {
    let code = code.trim();
    match code.chars().next()?.to_ascii_uppercase() {
        'B' => Some(Meaning::Unexcused),
        'Z' | 'D' => Some(Meaning::Illness),
        'R' | 'P' | 'H' | 'M' | 'A' => Some(Meaning::OtherAbsence),
        'L' | '|' => Some(Meaning::NotAbsence),
        '-' => Some(Meaning::NotYetCoded),
        _ => None,
    }
}

/// The school's own reading of its codes, before the usual one: e.g. a school whose R means
/// *retard* (late) maps R to [`Meaning::NotAbsence`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CodeMap {
    /// By code, in capitals.
    pub own: BTreeMap<String, Meaning>,
}

impl CodeMap {
    pub fn meaning(&self, code: &str) -> Option<Meaning> {
        self.own.get(&code.trim().to_ascii_uppercase()).copied().or_else(|| usual_meaning(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_official_codes_subcodes_and_old_letters_have_their_meaning() {
        assert_eq!(usual_meaning("B"), Some(Meaning::Unexcused));
        assert_eq!(usual_meaning("b01"), Some(Meaning::Unexcused), "a subcode means its letter");
        assert_eq!(usual_meaning("D"), Some(Meaning::Illness), "D is reported as Z");
        assert_eq!(usual_meaning("P"), Some(Meaning::OtherAbsence));
        assert_eq!(usual_meaning("L"), Some(Meaning::NotAbsence));
        assert_eq!(usual_meaning("-"), Some(Meaning::NotYetCoded));
        assert_eq!(usual_meaning("Q"), None, "unknown: kept and listed");
        assert_eq!(usual_meaning(" "), None);
    }

    #[test]
    fn the_schools_own_mapping_comes_first() {
        let mut map = CodeMap::default();
        map.own.insert("R".into(), Meaning::NotAbsence);
        map.own.insert("Q".into(), Meaning::Unexcused);
        assert_eq!(map.meaning("r"), Some(Meaning::NotAbsence));
        assert_eq!(map.meaning("Q"), Some(Meaning::Unexcused));
        assert_eq!(map.meaning("B"), Some(Meaning::Unexcused));
    }
}
