//! Scenarios derived from the two source documents: a described pupil → the advice the
//! documents give. Each scenario names the rules it checks (see shared/domain/rules.md).

use verzuimwijzer::domain::decision_tree::v1::{Answer, Answers, Outcome, decision_tree};

enum A {
    C(&'static str),
    N(u32),
    M(&'static [&'static str]),
}

fn consult(given: &[(&str, A)]) -> Outcome<'static> {
    let tree = decision_tree();
    let mut answers = Answers::new();
    for (question, answer) in given {
        let answer = match answer {
            A::C(option) => Answer::Choice(option.to_string()),
            A::N(n) => Answer::Number(*n),
            A::M(options) => Answer::Multi(options.iter().map(|o| o.to_string()).collect()),
        };
        tree.answer(&mut answers, question, answer);
    }
    tree.outcome(&answers).expect("the scenario answers every question on its path")
}

/// A pupil with B-codes; the arguments are the answers that differ between scenarios.
fn b_codes(
    half_days: u32,
    done: &'static [&'static str],
    parents: &'static str,
    trajectory: &'static str,
    signals: &'static [&'static str],
    clb: &'static str,
    region: &'static str,
) -> Outcome<'static> {
    consult(&[
        ("soort", A::C("ongeoorloofd")),
        ("b-aantal", A::N(half_days)),
        ("b-gedaan", A::M(done)),
        ("b-ouders", A::C(parents)),
        ("b-traject", A::C(trajectory)),
        ("b-signalen", A::M(signals)),
        ("b-clb", A::C(clb)),
        ("b-regio", A::C(region)),
    ])
}

const ALL_DONE: &[&str] = &["gesprek-leerling", "gesprek-ouders", "dossier"];

fn assert_has(outcome: &Outcome, ids: &[&str]) {
    for id in ids {
        assert!(outcome.has(id), "expected {id:?} in {:?}", ids_of(outcome));
    }
}

fn assert_lacks(outcome: &Outcome, ids: &[&str]) {
    for id in ids {
        assert!(!outcome.has(id), "did not expect {id:?}");
    }
}

fn ids_of<'o>(outcome: &'o Outcome) -> Vec<&'o str> {
    outcome.items.iter().map(|i| i.id.as_str()).collect()
}

fn phase<'o>(outcome: &'o Outcome) -> (u8, &'o str) {
    let placement = outcome.placement.expect("placed");
    (placement.phase, placement.track.as_str())
}

// THR-01/02, LEG-04, SCH-07, SCH-03: just below the threshold nothing must be signalled yet,
// but the school starts; four half days are no longer a first absence, so no sanction alone.
#[test]
fn four_half_days_of_b_codes_no_signal_duty_yet_but_start_now() {
    let outcome = b_codes(4, &[], "werken-mee", "werkt", &[], "nee", "brussel");
    assert_eq!(phase(&outcome), (1, "Ongeoorloofd relatief schoolverzuim (B-codes)"));
    assert_has(
        &outcome,
        &[
            "signaal-nog-niet",
            "eerste-gesprek",
            "gesprek-ouders",
            "dossier-noteren",
            "begeleidende-maatregelen",
            "dossier-bijhouden",
            "zorgoverleg",
            "geen-sanctie-alleen",
            "amb-halve-dagen",
            "amb-secundair",
        ],
    );
    assert_lacks(&outcome, &["signaal-clb", "aanmelden-clb", "sanctie-kan"]);
}

// SCH-03: a sanction can work at a first unexcused absence with a strong bond, not with
// warning signs.
#[test]
fn a_first_unexcused_absence_with_a_strong_bond_may_get_a_sanction() {
    let outcome = b_codes(1, ALL_DONE, "werken-mee", "werkt", &[], "nee", "brussel");
    assert_has(&outcome, &["sanctie-kan"]);
    assert_lacks(&outcome, &["geen-sanctie-alleen"]);
    let with_history = b_codes(1, ALL_DONE, "werken-mee", "werkt", &["vorige-jaren"], "nee", "brussel");
    assert_has(&with_history, &["geen-sanctie-alleen"]);
    assert_lacks(&with_history, &["sanctie-kan"]);
}

// REF-03 reason 3, PH3-B-01: refusing guidance while still coming is not a reason for
// alternative learning paths.
#[test]
fn a_pupil_who_still_comes_but_refuses_guidance_gets_compulsory_guidance_not_phase_three() {
    let outcome = b_codes(9, ALL_DONE, "werken-mee", "weigert-begeleiding", &[], "begeleiding", "brussel");
    assert_eq!(outcome.placement.unwrap().phase_title, "Fase 2: Uitbreiding van zorg");
    assert_has(&outcome, &["verplichte-begeleiding", "amb-weigering", "ocj"]);
    assert_lacks(&outcome, &["alternatieve-leerwegen-b", "pa-commissie"]);
}

// POL-00, AMB-10: "onmacht is no police ground" is the Brussels rule; Antwerp has its SAP.
#[test]
fn powerless_parents_in_antwerp_follow_the_spijbelactieplan_not_the_brussels_police_rule() {
    let outcome = b_codes(9, ALL_DONE, "onmacht", "werkt-niet", &[], "consultatief", "antwerpen");
    assert_has(&outcome, &["sap-antwerpen", "amb-onwil"]);
    assert_lacks(&outcome, &["politie-onmacht"]);
}

// THR-01: from the 5th half day the signal to the CLB is a duty.
#[test]
fn five_half_days_of_b_codes_must_be_signalled_to_the_clb() {
    let outcome = b_codes(5, ALL_DONE, "werken-mee", "werkt", &[], "nee", "brussel");
    assert_has(&outcome, &["signaal-clb", "zorgoverleg", "geen-sanctie-alleen"]);
    assert_lacks(&outcome, &["signaal-nog-niet", "eerste-gesprek", "gesprek-ouders", "dossier-noteren", "sanctie-kan"]);
    assert_eq!(phase(&outcome).0, 1);
}

// THR-03, AMB-05.
#[test]
fn absences_in_september_and_october_call_for_intensive_early_follow_up() {
    let outcome = b_codes(2, ALL_DONE, "werken-mee", "te-vroeg", &["sept-okt"], "nee", "brussel");
    assert_has(&outcome, &["sept-okt", "amb-luxeverzuim", "signaal-nog-niet"]);
}

// SIG-01/DEF-08, AMB-04: unreachable parents are a warning sign, not a police ground.
#[test]
fn unreachable_parents_are_a_warning_sign_to_act_on_not_a_police_case() {
    let outcome = b_codes(6, ALL_DONE, "niet-bereikbaar", "werkt", &[], "gesignaleerd", "brussel");
    assert_has(&outcome, &["kl-ouders", "ouders-bereiken", "amb-bereikbaar", "amb-knipperlichten"]);
    assert_lacks(&outcome, &["politie-onwil", "politie-onwil-nog-niet", "fiche-onbereikbaarheid"]);
}

// POL-01/03: manifest unwillingness, after CLB consultation and help, may go to the police.
#[test]
fn unwilling_parents_after_clb_help_may_be_reported_to_the_police_in_brussels() {
    let outcome = b_codes(12, ALL_DONE, "onwil", "werkt-niet", &[], "begeleiding", "brussel");
    assert_has(
        &outcome,
        &["politie-onwil", "politie-onwil-verloop", "amb-onwil", "kl-ouders", "ocj", "vrijwillige-hulp"],
    );
    assert_lacks(&outcome, &["politie-onwil-nog-niet", "aanmelden-clb"]);
    assert_eq!(phase(&outcome).0, 2);
}

// POL-03 precondition: "op voorwaarde dat er reeds overleg en hulp was door het CLB".
#[test]
fn unwilling_parents_without_clb_help_yet_not_the_police_first() {
    let outcome = b_codes(12, ALL_DONE, "onwil", "werkt-niet", &[], "gesignaleerd", "brussel");
    assert_has(&outcome, &["politie-onwil-nog-niet", "aanmelden-clb"]);
    assert_lacks(&outcome, &["politie-onwil"]);
}

// POL-01, DEF-07: powerlessness is explicitly not a ground.
#[test]
fn powerless_parents_are_not_reported_to_the_police() {
    let outcome = b_codes(12, ALL_DONE, "onmacht", "werkt-niet", &[], "begeleiding", "brussel");
    assert_has(&outcome, &["politie-onmacht", "amb-onwil"]);
    assert_lacks(&outcome, &["politie-onwil", "politie-onwil-nog-niet", "kl-ouders"]);
}

// POL-04: a family that cannot be found → fiche onbereikbaarheid, with the CLB.
#[test]
fn a_family_that_cannot_be_found_gets_a_fiche_onbereikbaarheid_in_brussels() {
    let outcome = b_codes(20, &["gesprek-leerling"], "onvindbaar", "komt-niet-meer", &[], "gesignaleerd", "brussel");
    assert_has(&outcome, &["fiche-onbereikbaarheid", "ocj", "aanmelden-clb", "pa-commissie"]);
    assert_lacks(&outcome, &["gesprek-ouders", "politie-onwil"]);
}

// AMB-10: outside Brussels and Antwerp the documents give no police procedure.
#[test]
fn outside_brussels_and_antwerp_the_outcome_says_the_documents_are_silent() {
    let outcome = b_codes(20, ALL_DONE, "onvindbaar", "komt-niet-meer", &[], "gesignaleerd", "elders");
    assert_has(&outcome, &["amb-regio"]);
    assert_lacks(&outcome, &["fiche-onbereikbaarheid", "kans", "foyer", "sap-antwerpen"]);
}

// REF-03, SAP-01: in the province of Antwerp the spijbelactieplan applies, not KANS.
#[test]
fn a_school_trajectory_that_does_not_work_in_antwerp_starts_the_spijbelactieplan() {
    let outcome = b_codes(9, ALL_DONE, "werken-mee", "werkt-niet", &["snel"], "consultatief", "antwerpen");
    assert_eq!(phase(&outcome), (2, "Ongeoorloofd relatief verzuim (B-codes)"));
    assert_has(&outcome, &["sap-antwerpen", "aanmelden-clb", "uitleg-leerling", "fase2-pistes", "kl-snel", "agodi"]);
    assert_lacks(&outcome, &["kans", "foyer", "zorgoverleg"]);
}

// REF-03 reason 2, PRT-KANS, AMB-14; aanmelding does not depend on the B-code count.
#[test]
fn an_underlying_problem_in_brussels_means_registering_with_the_clb_and_kans_fits() {
    let outcome = b_codes(3, ALL_DONE, "werken-mee", "onderliggend", &["problemen"], "nee", "brussel");
    assert_eq!(phase(&outcome).0, 2);
    assert_has(
        &outcome,
        &["aanmelden-clb", "kans", "amb-kans", "foyer", "kl-gekend", "verplichte-begeleiding", "signaal-nog-niet"],
    );
}

// REF-03 reason 3, PH3-B-01, PAC-01, AMB-11.
#[test]
fn a_pupil_who_no_longer_comes_while_the_clb_guides_leads_to_alternative_learning_paths() {
    let outcome = b_codes(40, ALL_DONE, "werken-mee", "komt-niet-meer", &[], "begeleiding", "brussel");
    assert!(outcome.placement.unwrap().phase_title.contains("fase 3 bespreken"));
    assert_has(
        &outcome,
        &["alternatieve-leerwegen-b", "pa-commissie", "amb-weigering", "verplichte-begeleiding", "clb-plan-van-aanpak"],
    );
    assert_lacks(&outcome, &["aanmelden-clb"]);
}

// REF-07, AMB-08.
#[test]
fn an_adult_pupil_can_still_be_registered_with_the_clb() {
    let outcome = b_codes(8, ALL_DONE, "werken-mee", "werkt-niet", &["meerderjarig"], "nee", "brussel");
    assert_has(&outcome, &["meerderjarig", "amb-meerderjarig", "aanmelden-clb"]);
}

// THR-06, AMB-07.
#[test]
fn thirty_b_codes_after_a_previous_problem_year_means_the_study_grant_is_withheld() {
    let outcome = b_codes(30, ALL_DONE, "werken-mee", "werkt-niet", &["vorige-jaren"], "consultatief", "brussel");
    assert_has(&outcome, &["studietoelage", "amb-30", "kl-gekend"]);
    let without_history = b_codes(30, ALL_DONE, "werken-mee", "werkt-niet", &[], "consultatief", "brussel");
    assert_lacks(&without_history, &["studietoelage"]);
}

fn illness(
    duration: &'static str,
    certificates: &'static str,
    admitted: &'static str,
    informed: &'static str,
    prospect: &'static str,
    clb: &'static str,
) -> Outcome<'static> {
    consult(&[
        ("soort", A::C("ziekte")),
        ("ziekte-duur", A::C(duration)),
        ("ziekte-attesten", A::C(certificates)),
        ("ziekte-opname", A::C(admitted)),
        ("ziekte-onderwijs", A::C(informed)),
        ("ziekte-vooruitzicht", A::C(prospect)),
        ("ziekte-clb", A::C(clb)),
    ])
}

// REF-09, PH1-ZD-01/02, AMB-20, AMB-12.
#[test]
fn doubtful_certificates_go_to_the_parents_first_then_the_clb() {
    let outcome = illness("chronisch", "twijfel", "nee", "nee", "terugkeer", "nee");
    assert_eq!(phase(&outcome), (1, "Geoorloofd relatief verzuim (Z- en D-codes)"));
    assert_has(
        &outcome,
        &[
            "attest-twijfel",
            "amb-attest",
            "ziekte-clb",
            "onderwijs-zieke-leerlingen",
            "onderwijs-informeren-nu",
            "amb-toah",
            "clb-arts",
        ],
    );
    assert_lacks(&outcome, &["signaal-clb", "politie-onwil", "kans"]);
}

// PH2-ZD-01/02: an admitted pupil whose discharge date the school does not know.
#[test]
fn an_admitted_pupil_needs_agreements_on_who_reports_the_discharge_date() {
    let outcome = illness("langdurig", "nee", "ontslag-onbekend", "ja", "terugkeer", "ja");
    assert_eq!(phase(&outcome).0, 2);
    assert_has(&outcome, &["ontslagdatum", "verbinding-ziekte", "terugkeer-ziekte", "ziekte-clb-afspraken"]);
    assert_lacks(&outcome, &["onderwijs-informeren-nu", "attest-twijfel"]);
}

// PH3-ZD-01: a severe, lasting illness → POAH via the klassenraad.
#[test]
fn a_severe_lasting_illness_leads_to_poah_in_phase_three() {
    let outcome = illness("langdurig", "nee", "nee", "ja", "ernstig", "ja");
    assert_eq!(phase(&outcome), (3, "Geoorloofd relatief verzuim (Z- en D-codes)"));
    assert_has(&outcome, &["poah"]);
}

fn refusal(
    signals: &'static [&'static str],
    attending: &'static str,
    discussed: &'static [&'static str],
    involved: &'static str,
    prospect: &'static str,
) -> Outcome<'static> {
    consult(&[
        ("soort", A::C("schoolweigering")),
        ("sw-signalen", A::M(signals)),
        ("sw-aanwezig", A::C(attending)),
        ("sw-besproken", A::M(discussed)),
        ("sw-betrokken", A::C(involved)),
        ("sw-perspectief", A::C(prospect)),
    ])
}

// PH1-SW-01: early school refusal → react quickly, talk with the young person and parents.
#[test]
fn early_school_refusal_calls_for_a_quick_reaction_with_the_young_person_and_the_parents() {
    let outcome = refusal(&["terugkomen", "klachten"], "met-moeite", &[], "niemand", "ja");
    assert_eq!(phase(&outcome), (1, "Schoolweigering (al dan niet gewettigd)"));
    assert_has(&outcome, &["sw-snel", "sw-jongere", "sw-ouders", "sw-spilfiguur", "sw-clb-arts"]);
    assert_lacks(&outcome, &["sw-overleg", "sw-loslaten", "signaal-clb"]);
}

// PH2-SW, PH3-SW-01/02: prolonged refusal where school is not a realistic goal now.
#[test]
fn prolonged_school_refusal_may_let_go_of_school_but_never_of_the_young_person() {
    let outcome = refusal(&["groeiend", "sociaal"], "niet-meer", &["jongere", "ouders"], "extern", "nee");
    assert_eq!(phase(&outcome), (3, "Schoolweigering"));
    assert_has(&outcome, &["sw-loslaten", "sw-alternatief", "sw-overleg"]);
    assert_lacks(&outcome, &["sw-jongere", "sw-ouders", "sw-terugkeer"]);
}

// PH2-SW-02, AMB-17.
#[test]
fn prolonged_refusal_with_doubt_about_return_prepares_a_decision() {
    let outcome = refusal(&[], "niet-meer", &["jongere"], "niemand", "twijfel");
    assert_eq!(phase(&outcome).0, 2);
    assert_has(&outcome, &["sw-terugkeer", "sw-aanmelden", "amb-fase3", "sw-ouders"]);
}

// AMB-01: mixed signals are decided by the heaviest one, and the outcome says so.
#[test]
fn mixed_absence_follows_the_heaviest_signal_and_says_it_is_a_judgement() {
    let outcome = consult(&[
        ("soort", A::C("onduidelijk")),
        ("gemengd", A::C("angst")),
        ("sw-signalen", A::M(&["periodes"])),
        ("sw-aanwezig", A::C("periodes")),
        ("sw-besproken", A::M(&[])),
        ("sw-betrokken", A::C("clb")),
        ("sw-perspectief", A::C("ja")),
    ]);
    assert_eq!(phase(&outcome).0, 2, "the CLB shares the care: uitbreiding van zorg");
    assert_has(&outcome, &["amb-gemengd", "sw-snel", "sw-clb-arts", "sw-overleg", "signaal-clb-schoolweigering"]);
    let unclear = consult(&[
        ("soort", A::C("onduidelijk")),
        ("gemengd", A::C("geen-beeld")),
        ("b-aantal", A::N(1)),
        ("b-gedaan", A::M(&[])),
        ("b-ouders", A::C("werken-mee")),
        ("b-traject", A::C("te-vroeg")),
        ("b-signalen", A::M(&[])),
        ("b-clb", A::C("nee")),
        ("b-regio", A::C("elders")),
    ]);
    assert_has(&unclear, &["vraagverheldering", "amb-gemengd", "reden-kennen"]);
}
