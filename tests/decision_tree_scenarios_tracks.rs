//! Scenarios for the illness track (Z- and D-codes), the school-refusal track and where the
//! tracks meet: pupils described from document 000 (preventieplan) and document 002 (Brusselse
//! leidraad), with the advice that must and must not show. Each test names the rules of
//! shared/domain/rules.md it checks.

use verzuimwijzer::domain::decision_tree::{Answer, Facts, decision_tree};

/// A choice (or a number's "weet-niet").
fn c(id: &str) -> Answer {
    Answer::Choice(id.to_owned())
}

/// A multi-choice.
fn m(ids: &[&str]) -> Answer {
    Answer::Multi(ids.iter().map(|id| (*id).to_owned()).collect())
}

fn n(value: u32) -> Answer {
    Answer::Number(value)
}

/// The facts, each checked against the tree (an unknown fact or option fails the test).
fn facts(pairs: &[(&str, Answer)]) -> Facts {
    let tree = decision_tree();
    let mut facts = Facts::new();
    for (id, answer) in pairs {
        tree.set_answer(&mut facts, id, Some(answer.clone())).unwrap_or_else(|e| panic!("{id}: {e:?}"));
    }
    facts
}

/// The same facts with some changed.
fn with(base: &Facts, pairs: &[(&str, Answer)]) -> Facts {
    let tree = decision_tree();
    let mut facts = base.clone();
    for (id, answer) in pairs {
        tree.set_answer(&mut facts, id, Some(answer.clone())).unwrap_or_else(|e| panic!("{id}: {e:?}"));
    }
    facts
}

/// The phase of each track the pupil is placed in, e.g. [("sw", Some(2))].
fn placements(facts: &Facts) -> Vec<(String, Option<u8>)> {
    decision_tree().outcome(facts).placements.iter().map(|p| (p.track.clone(), p.phase)).collect()
}

fn phase(facts: &Facts, track: &str) -> Option<u8> {
    placements(facts).into_iter().find(|(t, _)| t == track).unwrap_or_else(|| panic!("no placement in track {track}")).1
}

fn placed(facts: &Facts, track: &str) -> bool {
    placements(facts).iter().any(|(t, _)| t == track)
}

/// The ids of the items that show, for messages.
fn shown(facts: &Facts) -> Vec<String> {
    decision_tree().outcome(facts).items.iter().map(|a| a.item.id.clone()).collect()
}

#[track_caller]
fn advises(facts: &Facts, ids: &[&str]) {
    let outcome = decision_tree().outcome(facts);
    for id in ids {
        assert!(outcome.advises(id), "{id} should be advised; shown: {:?}", shown(facts));
    }
}

#[track_caller]
fn absent(facts: &Facts, ids: &[&str]) {
    let outcome = decision_tree().outcome(facts);
    for id in ids {
        assert!(!outcome.has(id), "{id} should not show; shown: {:?}", shown(facts));
    }
}

#[track_caller]
fn done(facts: &Facts, ids: &[&str]) {
    let outcome = decision_tree().outcome(facts);
    for id in ids {
        assert!(outcome.is_done(id), "{id} should show as done; shown: {:?}", shown(facts));
    }
}

fn flags(facts: &Facts, ambiguity: &str) -> bool {
    decision_tree().outcome(facts).ambiguities().contains(ambiguity)
}

/// A secondary-school pupil with a chronic illness, still coming to school, CLB not yet involved.
fn chronic_pupil() -> Facts {
    facts(&[
        ("regio", c("elders")),
        ("niveau", c("secundair")),
        ("leeftijd", n(14)),
        ("ingeschreven", c("ja")),
        ("soort", m(&["ziekte"])),
        ("b-dit-jaar", n(0)),
        ("patroon", m(&[])),
        ("aanwezig", c("ja")),
        ("clb", c("geen")),
        ("sw-signalen", m(&[])),
        ("ziekte-aard", m(&["chronisch"])),
        ("attesten", m(&["chronisch"])),
        ("opname", c("nee")),
        ("onderwijs-info", c("nee")),
        ("vooruitzicht", m(&[])),
    ])
}

/// A pupil who stays home out of anxiety, still coming part of the time, CLB not yet involved.
fn refusing_pupil() -> Facts {
    facts(&[
        ("regio", c("brussel")),
        ("niveau", c("secundair")),
        ("leeftijd", n(13)),
        ("ingeschreven", c("ja")),
        ("soort", m(&["angst"])),
        ("b-dit-jaar", n(0)),
        ("patroon", m(&[])),
        ("aanwezig", c("ja")),
        ("weigert-begeleiding", c("nee")),
        ("problemen", m(&[])),
        ("ouders-bereikbaar", c("ja")),
        ("ouders-houding", m(&["meewerkend"])),
        ("traject", c("te-vroeg")),
        ("clb", c("geen")),
        ("sw-signalen", m(&["moeite-terugkomen", "fysiek"])),
        ("sw-besproken", m(&["jongere"])),
        ("ziekte-aard", m(&[])),
        ("attesten", m(&["geen-attesten"])),
        ("opname", c("nee")),
        ("vooruitzicht", m(&[])),
    ])
}

/// A pupil with unexcused absences only.
fn truant_pupil() -> Facts {
    facts(&[
        ("regio", c("brussel")),
        ("niveau", c("secundair")),
        ("leeftijd", n(15)),
        ("ingeschreven", c("ja")),
        ("soort", m(&["ongewettigd"])),
        ("b-dit-jaar", n(8)),
        ("patroon", m(&[])),
        ("aanwezig", c("ja")),
        ("clb", c("gesignaleerd")),
        ("sw-signalen", m(&[])),
        ("ziekte-aard", m(&[])),
        ("attesten", m(&["geen-attesten"])),
        ("opname", c("nee")),
        ("vooruitzicht", m(&[])),
    ])
}

// ---------------------------------------------------------------- illness, Fase 1

/// DEF-03 T2, PH1-ZD-01, PH1-ZD-02, SCH-04, AMB-12: a chronic illness in Fase 1: involve the
/// CLB early, inform the parents individually (a duty), check the right to TOAH/SIO, the
/// CLB-arts with consent; what Fase 2 and 3 bring is shown ahead.
#[test]
fn chronic_illness_in_fase_1_involves_the_clb_and_informs_the_parents() {
    let pupil = chronic_pupil();
    assert_eq!(placements(&pupil), vec![("ziekte".to_owned(), Some(1))]);
    advises(
        &pupil,
        &[
            "z-clb-betrekken",
            "z-onderwijs-info",
            "z-onderwijs-recht",
            "z-clb-arts",
            "z-fase2-vooruit",
            "z-fase3-vooruit",
        ],
    );
    assert!(flags(&pupil, "AMB-12"));
    let tree = decision_tree();
    assert_eq!(
        tree.advice_item("z-onderwijs-info").unwrap().section,
        verzuimwijzer::domain::decision_tree::Section::Verplicht
    );
    absent(
        &pupil,
        &[
            "z-kort",
            "z-attest-twijfel",
            "z-attest-ongeldig",
            "z-onderwijs-info-nagaan",
            "z-kleuter",
            "z-verbinding",
            "z-opname-setting",
            "z-poah",
            "z-alternatieve-leerwegen",
            "mix-gemengd",
            "sw-snel",
        ],
    );
    assert!(!flags(&pupil, "AMB-01"));
    assert!(!flags(&pupil, "AMB-20"));
}

/// PH1-ZD-01, PH1-ZD-02, TRN-02: once the parents are informed and the CLB guides the pupil,
/// those steps show as done, and the CLB's guidance brings the illness track to Fase 2.
#[test]
fn informed_parents_and_clb_guidance_show_as_done() {
    let pupil = with(&chronic_pupil(), &[("onderwijs-info", c("ja")), ("clb", c("aangemeld"))]);
    done(&pupil, &["z-onderwijs-info", "z-clb-betrekken"]);
    assert_eq!(phase(&pupil, "ziekte"), Some(2));
    advises(&pupil, &["z-verbinding", "z-fase3-vooruit"]);
    absent(&pupil, &["z-fase2-vooruit"]);
    // A CLB that only has the pupil on its list has not been involved in the illness.
    let listed = with(&chronic_pupil(), &[("clb", c("gesignaleerd"))]);
    advises(&listed, &["z-clb-betrekken"]);
}

/// PH1-ZD-02: not knowing whether the parents were informed: find out, and the duty stays open.
#[test]
fn not_knowing_whether_parents_were_informed_asks_to_find_out() {
    let pupil = with(&chronic_pupil(), &[("onderwijs-info", c("weet-niet"))]);
    advises(&pupil, &["z-onderwijs-info", "z-onderwijs-info-nagaan"]);
    let informed = with(&chronic_pupil(), &[("onderwijs-info", c("ja"))]);
    absent(&informed, &["z-onderwijs-info-nagaan"]);
    absent(&chronic_pupil(), &["z-onderwijs-info-nagaan"]);
}

/// REF-09, SCH-04, AMB-20, PH1-ZD-01: doubtful certificates and suspected abuse, together with
/// long certificates: ask the parents first, then the CLB, the CLB-arts with consent; what
/// follows an invalid certificate is unclear. Once the CLB is consulted the step is done.
#[test]
fn doubtful_certificates_go_to_the_parents_then_the_clb() {
    let pupil = with(&chronic_pupil(), &[("attesten", m(&["lang", "twijfel", "misbruik"]))]);
    advises(&pupil, &["z-attest-twijfel", "z-clb-betrekken"]);
    assert!(flags(&pupil, "AMB-20"));
    // The doubt item already names the CLB-arts; the general CLB-arts step is not repeated.
    absent(&pupil, &["z-clb-arts"]);
    let consulted = with(&pupil, &[("clb", c("consultatief"))]);
    done(&consulted, &["z-attest-twijfel", "z-clb-betrekken"]);
    // Only chronic certificates: no doubt, no AMB-20.
    absent(&chronic_pupil(), &["z-attest-twijfel"]);
    assert!(!flags(&chronic_pupil(), "AMB-20"));
}

/// SCH-04, DEF-03, AMB-01: long certificates behind a truant's absences bring the illness
/// track in, even when the user named only unexcused absence; the mixed case is flagged.
#[test]
fn long_certificates_of_a_truant_open_the_illness_track() {
    let pupil = with(&truant_pupil(), &[("attesten", m(&["lang", "twijfel"]))]);
    assert!(placed(&pupil, "b"));
    assert_eq!(phase(&pupil, "ziekte"), Some(1));
    advises(&pupil, &["z-attest-twijfel", "z-clb-betrekken", "z-onderwijs-info"]);
    assert!(flags(&pupil, "AMB-01"));
    assert!(flags(&pupil, "AMB-20"));
    // Doubt alone does not make it an illness track.
    let doubt = with(&truant_pupil(), &[("attesten", m(&["twijfel"]))]);
    assert!(!placed(&doubt, "ziekte"));
    advises(&doubt, &["z-attest-twijfel"]);
}

/// SCH-04: the school always assesses certificates for duration and validity; not knowing
/// about them asks for that assessment. With no questions about them, it does not show.
#[test]
fn unknown_certificates_ask_for_an_assessment() {
    let pupil = with(&chronic_pupil(), &[("attesten", m(&["weet-niet"]))]);
    advises(&pupil, &["z-attesten-beoordelen"]);
    let no_questions = with(&chronic_pupil(), &[("attesten", m(&["geen-vragen"]))]);
    absent(&no_questions, &["z-attesten-beoordelen", "z-attest-twijfel"]);
    // In school refusal too (certificates are often behind excused absences on fixed days).
    let refusal = with(&refusing_pupil(), &[("attesten", m(&["weet-niet"]))]);
    advises(&refusal, &["z-attesten-beoordelen"]);
}

/// DEF-03 T2, PH1-ZD-01: not knowing what the illness is: find out whether it is long or
/// chronic; until then the long-term steps stay on.
#[test]
fn unknown_kind_of_illness_asks_to_find_out() {
    let pupil = with(&chronic_pupil(), &[("ziekte-aard", m(&["weet-niet"])), ("attesten", m(&["geen-vragen"]))]);
    assert_eq!(phase(&pupil, "ziekte"), Some(1));
    advises(&pupil, &["z-aard-onbekend", "z-clb-betrekken", "z-onderwijs-info"]);
    absent(&chronic_pupil(), &["z-aard-onbekend"]);
}

/// DEF-03 T2, THR-05, LEG-02: short, loose illness days only: the illness track is about long
/// or chronic absence; watch the accumulation of all codes; no duty to inform about TOAH.
/// Outside the documents: parents' notes cover at most 3 days, 4 times a year.
#[test]
fn short_illness_days_only_watch_the_accumulation_of_all_codes() {
    let pupil = with(&chronic_pupil(), &[("ziekte-aard", m(&["kort"])), ("attesten", m(&["geen-vragen"]))]);
    let outcome = decision_tree().outcome(&pupil);
    let placement = outcome.placements.iter().find(|p| p.track == "ziekte").expect("illness track");
    assert_eq!(placement.phase, Some(1));
    assert!(placement.reason.starts_with("Korte, losse ziektedagen"), "{}", placement.reason);
    advises(&pupil, &["z-kort", "z-ouderbriefjes"]);
    absent(&pupil, &["z-onderwijs-info", "z-clb-betrekken", "z-onderwijs-recht", "z-fase2-vooruit", "z-fase3-vooruit"]);
    assert!(!flags(&pupil, "AMB-12"));
    // Short days with long certificates are not short illness only.
    let long = with(&pupil, &[("attesten", m(&["lang"]))]);
    absent(&long, &["z-kort"]);
    advises(&long, &["z-onderwijs-info"]);
    // A pupil who stays home with short illness days is not in Fase 2 of the illness track.
    let home = with(&pupil, &[("aanwezig", c("nee"))]);
    assert_eq!(phase(&home, "ziekte"), Some(1));
}

/// PH1-ZD-02, LEG-07, AMB-08: a pre-schooler with a long illness: not leerplichtig, so no duty,
/// but the parents can be informed; at 5 the outside fact (compulsory from 5) is flagged.
#[test]
fn a_kleuter_with_a_long_illness_can_be_informed_without_a_duty() {
    let kleuter = with(&chronic_pupil(), &[("niveau", c("kleuter")), ("leeftijd", n(4))]);
    advises(&kleuter, &["z-kleuter", "z-clb-betrekken"]);
    absent(&kleuter, &["z-onderwijs-info", "z-kleuter-leerplicht", "z-ouderbriefjes"]);
    let five = with(&kleuter, &[("leeftijd", n(5))]);
    assert!(flags(&five, "AMB-08"));
    assert!(
        decision_tree()
            .advice_item("z-kleuter-leerplicht")
            .unwrap()
            .sources
            .iter()
            .any(|s| s.document == "externe-feiten")
    );
    let informed = with(&kleuter, &[("onderwijs-info", c("ja"))]);
    done(&informed, &["z-kleuter"]);
}

// ---------------------------------------------------------------- illness, Fase 2 and 3

/// PH2-ZD-01, PH2-ZD-02: admitted now, discharge date unknown: stay connected, return is a
/// task of setting and school, agree who tells the discharge date; Fase 3 is shown ahead.
#[test]
fn admission_now_without_a_discharge_date() {
    let pupil = with(&chronic_pupil(), &[("opname", c("nu")), ("aanwezig", c("nee")), ("ontslagdatum", c("nee"))]);
    assert_eq!(phase(&pupil, "ziekte"), Some(2));
    advises(&pupil, &["z-opname-setting", "z-ontslagdatum", "z-terugkeer", "z-verbinding", "z-fase3-vooruit"]);
    absent(&pupil, &["z-fase2-vooruit", "mix-opname-angst"]);
    // The discharge date known, or who tells it agreed: done.
    let known = with(&pupil, &[("ontslagdatum", c("ja"))]);
    done(&known, &["z-ontslagdatum"]);
}

/// PH2-ZD-02: admitted earlier, now home: the return is prepared; the setting and the discharge
/// date are behind.
#[test]
fn admission_earlier_prepares_the_return() {
    let pupil = with(&chronic_pupil(), &[("opname", c("vroeger"))]);
    assert_eq!(phase(&pupil, "ziekte"), Some(2));
    advises(&pupil, &["z-terugkeer"]);
    absent(&pupil, &["z-opname-setting", "z-ontslagdatum", "z-fase2-vooruit"]);
    // Even a discharge date given does not bring the item back.
    let dated = with(&pupil, &[("ontslagdatum", c("nee"))]);
    absent(&dated, &["z-ontslagdatum"]);
}

/// PH2-ZD-02: not knowing whether the pupil was admitted: find out. Not knowing does not by
/// itself make it an illness track.
#[test]
fn unknown_admission_asks_to_find_out() {
    let pupil = with(&chronic_pupil(), &[("opname", c("weet-niet"))]);
    advises(&pupil, &["z-opname-nagaan"]);
    let truant = with(&truant_pupil(), &[("opname", c("weet-niet"))]);
    assert!(!placed(&truant, "ziekte"));
    absent(&truant, &["z-opname-nagaan"]);
}

/// PH3-ZD-01, TRN-03, AMB-12: a serious illness: Fase 3, a klassenraad on POAH (decided by
/// the seriousness), POAH is not huisonderwijs.
#[test]
fn serious_illness_goes_to_poah_in_fase_3() {
    let pupil = with(&chronic_pupil(), &[("ziekte-aard", m(&["chronisch", "ernstig"]))]);
    assert_eq!(phase(&pupil, "ziekte"), Some(3));
    advises(&pupil, &["z-poah", "z-onderwijs-info"]);
    assert!(decision_tree().outcome(&pupil).has("z-geen-huisonderwijs"));
    assert!(flags(&pupil, "AMB-12"));
    absent(&pupil, &["z-fase3-vooruit", "z-alternatieve-leerwegen"]);
}

/// PH3-ZD-02, TRN-03, AMB-17: a very long absence: Fase 3, alternative learning paths and who
/// informs about them; "zeer langdurig" is not quantified.
#[test]
fn very_long_illness_discusses_alternative_learning_paths() {
    let pupil = with(&chronic_pupil(), &[("ziekte-aard", m(&["langdurig"])), ("vooruitzicht", m(&["zeer-lang"]))]);
    assert_eq!(phase(&pupil, "ziekte"), Some(3));
    advises(&pupil, &["z-alternatieve-leerwegen"]);
    assert!(flags(&pupil, "AMB-17"));
    absent(&pupil, &["z-poah", "z-fase3-vooruit"]);
    // Without that prospect, neither.
    absent(&chronic_pupil(), &["z-alternatieve-leerwegen"]);
    assert!(!flags(&chronic_pupil(), "AMB-17"));
}

/// PH2-ZD-01, AMB-17: an unknown prospect: consult the external partners; when Fase 3 starts
/// is unclear.
#[test]
fn unknown_prospect_of_an_illness_consults_the_partners() {
    let pupil = with(&chronic_pupil(), &[("vooruitzicht", m(&["weet-niet"]))]);
    advises(&pupil, &["z-vooruitzicht-overleg"]);
    assert!(flags(&pupil, "AMB-17"));
    assert_eq!(phase(&pupil, "ziekte"), Some(1));
}

// ---------------------------------------------------------------- school refusal

/// DEF-03 T3, PH1-SW-01, TRN-02: school refusal in Fase 1: react quickly (Angst voor de
/// schoolpoort), a spilfiguur, talk with the youth and the parents, clear agreements, the
/// CLB-arts for physical complaints; what Fase 2 brings is shown ahead.
#[test]
fn school_refusal_in_fase_1_reacts_quickly() {
    let pupil = refusing_pupil();
    assert_eq!(placements(&pupil), vec![("sw".to_owned(), Some(1))]);
    advises(&pupil, &["sw-snel", "sw-spilfiguur", "sw-bespreken-ouders", "sw-afspraken", "sw-fase2-vooruit"]);
    done(&pupil, &["sw-bespreken-jongere"]);
    // The CLB-arts is involved "bij ziekteattesten" (A l.629): with certificates, not without.
    absent(&pupil, &["sw-clb-arts"]);
    advises(&with(&pupil, &[("attesten", m(&["geen-vragen"]))]), &["sw-clb-arts"]);
    absent(
        &pupil,
        &[
            "sw-aanmelden",
            "sw-zorg-delen",
            "sw-toah",
            "sw-terugkeer-beslissing",
            "sw-terugkeer-erbij-horen",
            "sw-fase3-vooruit",
            "sw-geen-politie",
            "sw-alternatief",
            "z-onderwijs-info",
            "mix-gemengd",
        ],
    );
    // Everything discussed and agreed: done.
    let talked = with(&pupil, &[("sw-besproken", m(&["jongere", "ouders", "afspraken"]))]);
    done(&talked, &["sw-bespreken-jongere", "sw-bespreken-ouders", "sw-afspraken"]);
    // No certificates, no physical complaints, no fixed days: no CLB-arts step.
    let calm = with(&pupil, &[("sw-signalen", m(&["cijfers", "sociaal"]))]);
    absent(&calm, &["sw-clb-arts"]);
}

/// PH2-SW-01, PH2-SW-02, REF-03 (reason 3), POL-01, POL-05, AMB-11, AMB-12: the pupil no
/// longer comes: register with the CLB and share care, stay involved, TOAH/SIO, prepare the
/// return richly; the police is not the route; Fase 3 is shown ahead.
#[test]
fn school_refusal_with_the_pupil_no_longer_coming_is_fase_2() {
    let pupil = with(&refusing_pupil(), &[("aanwezig", c("nee"))]);
    assert_eq!(phase(&pupil, "sw"), Some(2));
    advises(
        &pupil,
        &[
            "sw-aanmelden",
            "sw-zorg-delen",
            "sw-toah",
            "sw-terugkeer-beslissing",
            "sw-terugkeer-erbij-horen",
            "sw-terugkeer-afspraken",
            "sw-fase3-vooruit",
        ],
    );
    let outcome = decision_tree().outcome(&pupil);
    assert!(outcome.has("sw-niet-overdragen"));
    assert!(outcome.has("sw-geen-politie"));
    assert!(flags(&pupil, "AMB-12"));
    absent(&pupil, &["sw-fase2-vooruit", "sw-loslaten"]);
    let guided = with(&pupil, &[("clb", c("aangemeld"))]);
    done(&guided, &["sw-aanmelden"]);
}

/// POL-00, POL-01, POL-03, POL-04, SAP-01: the "not the police" note stops where the police
/// grounds start: manifestly unwilling parents, a family that cannot be found, or B-codes
/// outside Brussels.
#[test]
fn the_police_note_in_school_refusal_stops_where_the_police_grounds_start() {
    let pupil = with(&refusing_pupil(), &[("aanwezig", c("nee"))]);
    let unwilling = with(&pupil, &[("ouders-houding", m(&["onwil"]))]);
    absent(&unwilling, &["sw-geen-politie"]);
    let vanished = with(&pupil, &[("gezin-vindbaar", c("nee"))]);
    absent(&vanished, &["sw-geen-politie"]);
    // With B-codes outside Brussels, the police may come in through the B-code track (the
    // Antwerp spijbelactieplan, SAP-01): the note does not show there.
    let truant = with(&pupil, &[("soort", m(&["ongewettigd", "angst"])), ("b-dit-jaar", n(6))]);
    assert!(decision_tree().outcome(&truant).has("sw-geen-politie"));
    let antwerp = with(&truant, &[("regio", c("antwerpen"))]);
    absent(&antwerp, &["sw-geen-politie"]);
    // The pupil refusing guidance while still coming: the note shows.
    let refuses = with(&refusing_pupil(), &[("weigert-begeleiding", c("ja"))]);
    assert!(decision_tree().outcome(&refuses).has("sw-geen-politie"));
}

/// PH3-SW-01, PH3-SW-02, TRN-03, AMB-17: school is no realistic goal now: Fase 3, an
/// alternative path, let go of school but never of the youth; no return preparation.
#[test]
fn school_refusal_in_fase_3_lets_go_of_school_not_of_the_youth() {
    let pupil = with(&refusing_pupil(), &[("aanwezig", c("nee")), ("vooruitzicht", m(&["niet-haalbaar"]))]);
    assert_eq!(phase(&pupil, "sw"), Some(3));
    advises(&pupil, &["sw-alternatief", "sw-alternatief-afwegen", "sw-loslaten"]);
    assert!(decision_tree().outcome(&pupil).has("sw-jongere-loslaten"));
    assert!(flags(&pupil, "AMB-17"));
    absent(
        &pupil,
        &["sw-terugkeer-beslissing", "sw-terugkeer-erbij-horen", "sw-terugkeer-afspraken", "sw-fase3-vooruit"],
    );
}

/// PH3-SW-01: a heavy psychological or psychiatric component: school is no evident next step
/// (Fase 3, alternative path), but letting go of school is not said; the return is still weighed.
#[test]
fn school_refusal_with_a_heavy_psychological_component() {
    let pupil = with(&refusing_pupil(), &[("aanwezig", c("nee")), ("vooruitzicht", m(&["psychisch"]))]);
    assert_eq!(phase(&pupil, "sw"), Some(3));
    advises(&pupil, &["sw-alternatief", "sw-alternatief-afwegen", "sw-terugkeer-beslissing"]);
    absent(&pupil, &["sw-loslaten", "sw-jongere-loslaten", "sw-fase3-vooruit"]);
    // A very long refusal is weighed, but stays in Fase 2.
    let long = with(&refusing_pupil(), &[("aanwezig", c("nee")), ("vooruitzicht", m(&["zeer-lang"]))]);
    assert_eq!(phase(&long, "sw"), Some(2));
    advises(&long, &["sw-alternatief-afwegen", "sw-fase3-vooruit"]);
    absent(&long, &["sw-alternatief"]);
}

/// PH2-SW-02, AMB-17: an unknown prospect in school refusal: make a shared assessment and come
/// to a decision (beslissingsboom), even while the pupil still comes.
#[test]
fn unknown_prospect_in_school_refusal_asks_for_a_shared_decision() {
    let pupil = with(&refusing_pupil(), &[("vooruitzicht", m(&["weet-niet"]))]);
    advises(&pupil, &["sw-terugkeer-beslissing"]);
    absent(&pupil, &["sw-terugkeer-erbij-horen"]);
    assert!(flags(&pupil, "AMB-17"));
    let back = with(&refusing_pupil(), &[("vooruitzicht", m(&["terugkeer"]))]);
    advises(&back, &["sw-terugkeer-beslissing", "sw-terugkeer-erbij-horen", "sw-terugkeer-afspraken"]);
}

/// PH1-SW-01, PH3-SW-01, REF-03, REF-07: an adult pupil who refuses school and lives on his
/// own: no talk with the parents; registration with the CLB and Fase 3 weighing by age.
#[test]
fn an_adult_refusing_school() {
    let pupil = with(
        &refusing_pupil(),
        &[
            ("leeftijd", n(19)),
            ("aanwezig", c("nee")),
            ("ouders-bereikbaar", c("nvt")),
            ("ouders-houding", m(&["nvt"])),
            ("vooruitzicht", m(&["zeer-lang"])),
        ],
    );
    let outcome = decision_tree().outcome(&pupil);
    assert!(outcome.derived.iter().any(|d| d.id == "meerderjarig"));
    assert_eq!(phase(&pupil, "sw"), Some(2));
    advises(&pupil, &["sw-aanmelden", "sw-alternatief-afwegen", "sw-afspraken"]);
    done(&pupil, &["sw-bespreken-jongere"]);
    absent(&pupil, &["sw-bespreken-ouders"]);
    assert_eq!(decision_tree().advice_item("sw-alternatief-afwegen").unwrap().count.as_deref(), Some("leeftijd"));
}

// ---------------------------------------------------------------- where the tracks meet

/// DEF-03, AMB-01, PH1-SW-01: B-codes, illness and anxiety together: a placement in each track,
/// AMB-01 flagged, and the refusal steps next to the B-code track.
#[test]
fn a_mixed_case_across_all_three_tracks() {
    let pupil = facts(&[
        ("regio", c("antwerpen")),
        ("niveau", c("secundair")),
        ("leeftijd", n(15)),
        ("ingeschreven", c("ja")),
        ("soort", m(&["ongewettigd", "ziekte", "angst"])),
        ("b-dit-jaar", n(9)),
        ("patroon", m(&[])),
        ("aanwezig", c("ja")),
        ("clb", c("gesignaleerd")),
        ("sw-signalen", m(&["te-laat"])),
        ("ziekte-aard", m(&["chronisch"])),
        ("attesten", m(&["chronisch"])),
        ("opname", c("nee")),
        ("vooruitzicht", m(&[])),
    ]);
    let tracks: Vec<String> = placements(&pupil).into_iter().map(|(t, _)| t).collect();
    assert_eq!(tracks, vec!["b", "ziekte", "sw"]);
    assert!(flags(&pupil, "AMB-01"));
    advises(&pupil, &["mix-b-angst", "sw-snel", "z-clb-betrekken", "z-onderwijs-info"]);
    absent(&pupil, &["mix-vaste-dagen-onduidelijk"]);
}

/// AMB-01, DEF-03: any two tracks together flag AMB-01, whatever the user picked as "soort".
#[test]
fn any_two_tracks_flag_amb_01() {
    let b_and_illness = with(&truant_pupil(), &[("ziekte-aard", m(&["langdurig"]))]);
    assert!(flags(&b_and_illness, "AMB-01"));
    absent(&b_and_illness, &["mix-b-angst"]);
    let illness_and_refusal = with(&chronic_pupil(), &[("sw-signalen", m(&["blokkades"]))]);
    assert!(flags(&illness_and_refusal, "AMB-01"));
    advises(&illness_and_refusal, &["sw-clb-arts"]);
    let b_and_refusal = with(&truant_pupil(), &[("sw-signalen", m(&["sociaal"]))]);
    assert!(flags(&b_and_refusal, "AMB-01"));
    advises(&b_and_refusal, &["mix-b-angst"]);
    assert!(!flags(&truant_pupil(), "AMB-01"));
    assert!(!flags(&chronic_pupil(), "AMB-01"));
}

/// THR-05, SIG-01, SCH-04, REF-09: a truant with many absences under other codes: look at the
/// total and at the certificates behind them; knowing about the certificates is done.
#[test]
fn many_other_codes_behind_b_codes_look_at_the_certificates() {
    let pupil = with(&truant_pupil(), &[("patroon", m(&["andere-codes"])), ("attesten", m(&["weet-niet"]))]);
    advises(&pupil, &["mix-andere-codes"]);
    let looked = with(&pupil, &[("attesten", m(&["geen-vragen"]))]);
    done(&looked, &["mix-andere-codes"]);
    let doubt = with(&pupil, &[("attesten", m(&["twijfel"]))]);
    done(&doubt, &["mix-andere-codes"]);
    advises(&doubt, &["z-attest-twijfel"]);
    absent(&truant_pupil(), &["mix-andere-codes"]);
}

/// PH1-SW-01, AMB-01: excused absences on fixed days raise the school-refusal signals (check
/// them) and the overlap with illness is flagged; having gone through the signals is done.
#[test]
fn fixed_day_excused_absences_raise_the_refusal_signals() {
    let pupil = facts(&[
        ("niveau", c("lager")),
        ("leeftijd", n(9)),
        ("ingeschreven", c("ja")),
        ("soort", m(&["onbekend"])),
        ("patroon", m(&["vaste-dagen"])),
    ]);
    advises(&pupil, &["mix-vaste-dagen"]);
    assert!(flags(&pupil, "AMB-01"));
    let checked = with(&pupil, &[("sw-signalen", m(&["vaste-dagen", "fysiek"]))]);
    done(&checked, &["mix-vaste-dagen"]);
    assert_eq!(phase(&checked, "sw"), Some(1));
    advises(&checked, &["sw-snel", "sw-clb-arts"]);
    assert!(flags(&checked, "AMB-01"));
    // An illness on fixed days too: AMB-01 through the mixed case.
    let ill = with(&checked, &[("ziekte-aard", m(&["chronisch"]))]);
    assert!(decision_tree().outcome(&ill).has("mix-gemengd"));
    absent(&ill, &["mix-vaste-dagen-onduidelijk"]);
}

/// PH2-ZD-02, PH2-SW-02, AMB-01: an admission where anxiety plays: the return uses the refusal
/// tools too (beslissingsboom Angst voor de schoolpoort, belonging).
#[test]
fn an_admission_with_anxiety_points_to_the_refusal_return_tools() {
    let pupil = with(
        &chronic_pupil(),
        &[("soort", m(&["ziekte", "angst"])), ("opname", c("nu")), ("aanwezig", c("nee")), ("ontslagdatum", c("ja"))],
    );
    assert_eq!(phase(&pupil, "ziekte"), Some(2));
    assert_eq!(phase(&pupil, "sw"), Some(2));
    advises(&pupil, &["mix-opname-angst", "z-opname-setting", "sw-terugkeer-beslissing", "sw-terugkeer-erbij-horen"]);
    done(&pupil, &["z-ontslagdatum"]);
    assert!(flags(&pupil, "AMB-01"));
}

/// DEF-03: a pupil with unexcused absences only gets no illness or refusal advice, and the
/// illness questions about informing parents and the discharge date are not asked.
#[test]
fn a_truant_gets_no_illness_or_refusal_advice() {
    let pupil = truant_pupil();
    let own: Vec<String> = shown(&pupil)
        .into_iter()
        .filter(|id| id.starts_with("z-") || id.starts_with("sw-") || id.starts_with("mix-"))
        .collect();
    assert!(own.is_empty(), "{own:?}");
    assert!(!placed(&pupil, "ziekte"));
    assert!(!placed(&pupil, "sw"));
    let tree = decision_tree();
    assert!(!tree.is_relevant(&pupil, "onderwijs-info"));
    assert!(!tree.is_relevant(&pupil, "ontslagdatum"));
    assert!(!tree.is_relevant(&pupil, "sw-besproken"));
}

/// The engine asks the facts of these tracks where the rules depend on them: whether the
/// parents were informed (PH1-ZD-02), the discharge date (PH2-ZD-02), with whom the refusal
/// signals were discussed (PH1-SW-01).
#[test]
fn the_track_facts_are_asked_where_the_rules_need_them() {
    let tree = decision_tree();
    let mut ill = chronic_pupil();
    ill.remove("onderwijs-info");
    assert!(tree.is_relevant(&ill, "onderwijs-info"));
    let admitted = with(&ill, &[("opname", c("nu"))]);
    assert!(tree.is_relevant(&admitted, "ontslagdatum"));
    let earlier = with(&ill, &[("opname", c("vroeger"))]);
    assert!(!tree.is_relevant(&earlier, "ontslagdatum"));
    let mut refusal = refusing_pupil();
    refusal.remove("sw-besproken");
    assert!(tree.is_relevant(&refusal, "sw-besproken"));
}
