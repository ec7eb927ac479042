//! Scenarios for the general advice and the advice on unauthorised absence (B-codes): a pupil
//! described from the two source documents → the advice they give, and the advice that must not
//! show. Each scenario names the rules of shared/domain/rules.md it checks.

use verzuimwijzer::domain::decision_tree::{Answer, FactKind, Facts, Outcome, decision_tree};

#[derive(Clone, Copy)]
enum A {
    C(&'static str),
    N(u32),
    M(&'static [&'static str]),
}
use A::{C, M, N};

fn answer(a: A) -> Answer {
    match a {
        C(option) => Answer::Choice(option.to_owned()),
        N(n) => Answer::Number(n),
        M(options) => Answer::Multi(options.iter().map(|o| o.to_string()).collect()),
    }
}

fn facts(given: &[(&str, A)]) -> Facts {
    let tree = decision_tree();
    let mut facts = Facts::new();
    for (id, a) in given {
        tree.set_answer(&mut facts, id, Some(answer(*a))).unwrap_or_else(|e| panic!("{id}: {e:?}"));
    }
    facts
}

/// An enrolled secondary-school pupil of 15 in `region` with 6 half days of B-codes, parents who
/// cooperate, a trajectory just started and no CLB involvement yet; `changes` say what differs.
fn pupil(region: &'static str, changes: &[(&str, A)]) -> Facts {
    let mut given: Vec<(&str, A)> = vec![
        ("regio", C(region)),
        ("niveau", C("secundair")),
        ("leeftijd", N(15)),
        ("ingeschreven", C("ja")),
        ("doelgroep", C("nee")),
        ("soort", M(&["ongewettigd"])),
        ("b-dit-jaar", N(6)),
        ("b-vorig-jaar", N(0)),
        ("patroon", M(&[])),
        ("aanwezig", C("ja")),
        ("weigert-begeleiding", C("nee")),
        ("problemen", M(&[])),
        ("schoolwissel", C("nee")),
        ("ouders-bereikbaar", C("ja")),
        ("ouders-houding", M(&["meewerkend"])),
        ("gezin-vindbaar", C("ja")),
        ("gedaan", M(&[])),
        ("traject", C("te-vroeg")),
        ("clb", C("geen")),
        ("sw-signalen", M(&[])),
        ("ziekte-aard", M(&[])),
        ("opname", C("nee")),
        ("vooruitzicht", M(&[])),
        ("verontrusting", C("nee")),
        ("kans-aanvraag", C("nog-niet")),
    ];
    for (id, a) in changes {
        match given.iter_mut().find(|(g, _)| g == id) {
            Some(slot) => slot.1 = *a,
            None => given.push((id, *a)),
        }
    }
    facts(&given)
}

fn outcome(facts: &Facts) -> Outcome<'static> {
    decision_tree().outcome(facts)
}

fn shown(outcome: &Outcome) -> Vec<String> {
    outcome.items.iter().map(|a| format!("{}{}", a.item.id, if a.done { " (done)" } else { "" })).collect()
}

#[track_caller]
fn advises(outcome: &Outcome, ids: &[&str]) {
    for id in ids {
        assert!(outcome.advises(id), "expected {id:?} advised in {:?}", shown(outcome));
    }
}

#[track_caller]
fn done(outcome: &Outcome, ids: &[&str]) {
    for id in ids {
        assert!(outcome.is_done(id), "expected {id:?} done in {:?}", shown(outcome));
    }
}

#[track_caller]
fn lacks(outcome: &Outcome, ids: &[&str]) {
    for id in ids {
        assert!(!outcome.has(id), "did not expect {id:?} in {:?}", shown(outcome));
    }
}

#[track_caller]
fn flags(outcome: &Outcome, ambiguities: &[&str]) {
    for amb in ambiguities {
        assert!(outcome.ambiguities().contains(amb), "expected {amb} flagged in {:?}", outcome.ambiguities());
    }
}

#[track_caller]
fn not_flagged(outcome: &Outcome, ambiguities: &[&str]) {
    for amb in ambiguities {
        assert!(!outcome.ambiguities().contains(amb), "did not expect {amb} flagged");
    }
}

/// The phase of the pupil's placement in `track`: `None` when there is no placement in it.
fn phase(outcome: &Outcome, track: &str) -> Option<Option<u8>> {
    outcome.placements.iter().find(|p| p.track == track).map(|p| p.phase)
}

const BRUSSELS_POLICE: &[&str] = &[
    "politie-onwil",
    "politie-verloop",
    "politie-onwil-nog-niet",
    "politie-onmacht",
    "politie-leerling-weigert",
    "politie-ouders-weigeren",
    "politie-gezin-vindbaar",
    "fiche-onbereikbaarheid",
    "fiche-verloop",
    "gezin-nagaan",
    "politie-niet-in-plaats",
    "vrijwillige-hulp",
];
const BRUSSELS_PARTNERS: &[&str] =
    &["kans", "kans-intake", "kans-afstemming", "foyer", "foyer-absoluut", "foyer-doelgroep-nagaan", "abrusco"];

// ---------------------------------------------------------------- signalling to the CLB

/// THR-01, LEG-04 3°, LEG-06, REF-01: 5 half days of B-codes make signalling a duty, with the
/// number shown; signalling is not yet an aanmelding. THR-02 does not show.
#[test]
fn five_b_half_days_make_signalling_a_duty() {
    let o = outcome(&pupil("elders", &[("b-dit-jaar", N(5))]));
    advises(&o, &["signaal-clb", "zorgoverleg", "begeleidende-maatregelen", "reden-kennen"]);
    lacks(&o, &["signaal-vroeger", "b-tellen", "aanmelden-clb"]);
    let item = decision_tree().advice_item("signaal-clb").unwrap();
    assert_eq!(item.count.as_deref(), Some("b-dit-jaar"));
    assert_eq!(phase(&o, "b"), Some(Some(1)));
    // AMB-02: near the threshold the half-day reading matters.
    flags(&o, &["AMB-02"]);
}

/// THR-01: the signal is done once the CLB has the pupil on its list, or further.
#[test]
fn signal_already_given_shows_as_done() {
    for clb in ["gesignaleerd", "consultatief", "aangemeld", "afgesloten"] {
        let o = outcome(&pupil("elders", &[("b-dit-jaar", N(9)), ("clb", C(clb))]));
        done(&o, &["signaal-clb"]);
    }
    // PH1-B-01: a consultative discussion with the CLB is the zorgoverleg.
    let o = outcome(&pupil("elders", &[("clb", C("consultatief"))]));
    done(&o, &["zorgoverleg"]);
    let o = outcome(&pupil("elders", &[("gedaan", M(&["zorgoverleg"]))]));
    done(&o, &["zorgoverleg"]);
}

/// THR-02: below 5 B half days there is no duty yet, but nobody waits for 5; no AMB-02 far from
/// the threshold.
#[test]
fn below_five_do_not_wait() {
    let o = outcome(&pupil("elders", &[("b-dit-jaar", N(2))]));
    advises(&o, &["signaal-vroeger", "eerste-gesprek", "zorgoverleg"]);
    lacks(&o, &["signaal-clb", "brussel-aantal"]);
    not_flagged(&o, &["AMB-02"]);
}

/// THR-01, AMB-02: when the school does not know the count, it counts; no duty is claimed.
#[test]
fn b_count_unknown_says_to_count() {
    let o = outcome(&pupil("elders", &[("b-dit-jaar", C("weet-niet"))]));
    advises(&o, &["b-tellen"]);
    lacks(&o, &["signaal-clb", "signaal-vroeger", "studietoelage"]);
    flags(&o, &["AMB-02"]);
}

/// THR-03, AMB-05: problematic absences in September and October call for intensive follow-up;
/// luxeverzuim is undefined.
#[test]
fn september_october_absences_are_followed_intensively() {
    let o = outcome(&pupil("elders", &[("patroon", M(&["sept-okt"])), ("b-dit-jaar", N(2))]));
    advises(&o, &["sept-okt", "signaal-vroeger"]);
    flags(&o, &["AMB-05"]);
    let o = outcome(&pupil("elders", &[]));
    lacks(&o, &["sept-okt", "amb-luxeverzuim"]);
}

/// THR-08, THR-02, REF-03: in Brussels, 5 or more B-codes alone are no reason to register for
/// guidance; with a reason of aanmelding the warning goes.
#[test]
fn brussels_count_alone_is_no_aanmelding() {
    let o = outcome(&pupil("brussel", &[("b-dit-jaar", N(8))]));
    advises(&o, &["brussel-aantal", "signaal-clb"]);
    lacks(&o, &["aanmelden-clb"]);
    let o = outcome(&pupil("brussel", &[("b-dit-jaar", N(8)), ("traject", C("rendeert-niet"))]));
    lacks(&o, &["brussel-aantal"]);
    advises(&o, &["aanmelden-clb"]);
}

// ---------------------------------------------------------------- studietoelage, AGODI, PA-commissie

/// THR-06, AGO-01, AMB-07: 30 or more in each of two school years: the studietoelage is withheld;
/// the per-year reading cites the external facts.
#[test]
fn thirty_in_each_of_two_years_withholds_the_studietoelage() {
    let o = outcome(&pupil("elders", &[("b-dit-jaar", N(32)), ("b-vorig-jaar", N(30))]));
    advises(&o, &["studietoelage"]);
    flags(&o, &["AMB-07"]);
    let item = decision_tree().advice_item("studietoelage").unwrap();
    assert!(item.sources.iter().any(|s| s.document == "externe-feiten"));
    assert!(item.sources.iter().any(|s| s.document == "brusselse-leidraad"));
    // PAC-01, AMB-06: this pupil is often absent.
    advises(&o, &["pa-commissie"]);
    flags(&o, &["AMB-06"]);
}

/// THR-06, AMB-07: 30 together over two years but not in each: only the ambiguity shows.
#[test]
fn thirty_over_two_years_together_is_ambiguous() {
    let o = outcome(&pupil("elders", &[("b-dit-jaar", N(20)), ("b-vorig-jaar", N(12))]));
    lacks(&o, &["studietoelage", "b-vorig-jaar-nagaan"]);
    flags(&o, &["AMB-07"]);
    let o = outcome(&pupil("elders", &[("b-dit-jaar", N(8)), ("b-vorig-jaar", N(3))]));
    not_flagged(&o, &["AMB-07"]);
}

/// THR-06: with 30 this year and last year's count unknown, look it up; nothing is claimed.
#[test]
fn last_years_count_unknown_says_to_look_it_up() {
    let o = outcome(&pupil("elders", &[("b-dit-jaar", N(35)), ("b-vorig-jaar", C("weet-niet"))]));
    advises(&o, &["b-vorig-jaar-nagaan"]);
    lacks(&o, &["studietoelage"]);
}

/// THR-06 (external facts), AMB-19: in primary school the schooltoeslag has a per-year limit;
/// the leidraad's two-year rule and checklist are for secondary education.
#[test]
fn primary_school_thirty_in_one_year() {
    let o = outcome(&pupil("elders", &[("niveau", C("lager")), ("leeftijd", N(10)), ("b-dit-jaar", N(31))]));
    advises(&o, &["schooltoeslag-basisonderwijs"]);
    lacks(&o, &["studietoelage"]);
    flags(&o, &["AMB-19"]);
    let item = decision_tree().advice_item("schooltoeslag-basisonderwijs").unwrap();
    assert!(item.sources.iter().all(|s| s.document == "externe-feiten"));
    assert!(item.text.contains("Buiten de twee documenten"));
}

/// THR-07, AGO-02, AMB-16: with parents who refuse to cooperate a zorgwekkend dossier can go to
/// AGODI, which only writes or phones; at 17 the age limit is unclear. Not for a failing
/// trajectory alone.
#[test]
fn agodi_only_where_the_file_is_worrying() {
    let o = outcome(&pupil("elders", &[("leeftijd", N(17)), ("ouders-houding", M(&["weinig-bereid"]))]));
    advises(&o, &["agodi"]);
    flags(&o, &["AMB-16"]);
    let o = outcome(&pupil("elders", &[("leeftijd", C("weet-niet")), ("aanwezig", C("nee"))]));
    advises(&o, &["agodi"]);
    flags(&o, &["AMB-16"]);
    let o = outcome(&pupil("elders", &[("leeftijd", N(14)), ("ouders-houding", M(&["weinig-bereid"]))]));
    advises(&o, &["agodi"]);
    not_flagged(&o, &["AMB-16"]);
    let o = outcome(&pupil("elders", &[("traject", C("rendeert-niet"))]));
    lacks(&o, &["agodi"]);
}

// ---------------------------------------------------------------- first steps, dossier

/// SCH-07, SCH-08, SCH-06, THR-04, LEG-03: the first steps are advised until the school did
/// them, then shown as done.
#[test]
fn steps_already_taken_show_as_done() {
    let o = outcome(&pupil("elders", &[]));
    advises(&o, &["eerste-gesprek", "gesprek-ouders", "dossier-noteren", "terugkeergesprek", "binding"]);
    let all =
        &["gesprek-leerling", "gesprek-ouders", "dossier", "contact-nagekeken", "terugkeergesprek", "zorgoverleg"];
    let o = outcome(&pupil("elders", &[("gedaan", M(all)), ("traject", C("rendeert-niet"))]));
    done(&o, &["eerste-gesprek", "gesprek-ouders", "dossier-noteren", "terugkeergesprek", "zorgoverleg"]);
    // REF-03, REF-04: the preconditions are met; the aanmelding itself is still to do.
    advises(&o, &["aanmelden-clb", "aanmelding-voorbereiden"]);
    // Registered with the CLB, the aanmelding is done.
    let o = outcome(&pupil("elders", &[("traject", C("rendeert-niet")), ("clb", C("aangemeld"))]));
    done(&o, &["aanmelden-clb", "aanmelding-voorbereiden"]);
    advises(&o, &["clb-werkwijze"]);
}

/// LEG-02, SCH-01 d, TRN-01, AMB-17: the reason is unknown: find it out first; placed on the
/// onbekend track in Fase 1.
#[test]
fn unknown_reason_asks_for_vraagverheldering() {
    let o = outcome(&pupil("elders", &[("soort", M(&["onbekend"])), ("b-dit-jaar", N(0))]));
    advises(&o, &["vraagverheldering", "reden-kennen", "begeleidende-maatregelen"]);
    assert_eq!(phase(&o, "onbekend"), Some(Some(1)));
    assert_eq!(phase(&o, "b"), None);
    flags(&o, &["AMB-17"]);
    lacks(&o, &["zorgoverleg", "signaal-clb"]);
}

/// SCH-03, PH1-B-02: a first unexcused absence with a strong bond: a sanction can suffice;
/// repeated truancy or a fragile bond: no sanction alone.
#[test]
fn sanctions_follow_the_bond_with_school() {
    let o = outcome(&pupil("elders", &[("b-dit-jaar", N(1))]));
    advises(&o, &["sanctie-kan"]);
    lacks(&o, &["geen-sanctie-alleen"]);
    let o = outcome(&pupil("elders", &[("b-dit-jaar", N(1)), ("problemen", M(&["schoolmoe"]))]));
    advises(&o, &["geen-sanctie-alleen"]);
    lacks(&o, &["sanctie-kan"]);
    let o = outcome(&pupil("elders", &[("b-dit-jaar", N(12))]));
    advises(&o, &["geen-sanctie-alleen"]);
    lacks(&o, &["sanctie-kan"]);
}

/// SCH-05: bullying gets its own action.
#[test]
fn bullying_is_acted_on() {
    let o = outcome(&pupil("elders", &[("problemen", M(&["pesten"]))]));
    advises(&o, &["pesten", "binding"]);
    let o = outcome(&pupil("elders", &[]));
    lacks(&o, &["pesten"]);
}

// ---------------------------------------------------------------- knipperlichten

/// SIG-01, SIG-02, SIG-03, AMB-09, DEF-08: parents both unreachable (details verified) and
/// little willing: both knipperlichten, with their checklist ids, and priority.
#[test]
fn parents_unreachable_and_little_willing() {
    let o = outcome(&pupil(
        "elders",
        &[("ouders-bereikbaar", C("nee-nagekeken")), ("ouders-houding", M(&["weinig-bereid"]))],
    ));
    advises(
        &o,
        &["kl-ouders-niet-bereikbaar", "kl-ouders-weinig-bereid", "prioritering", "ouders-onbereikbaar-stappen"],
    );
    flags(&o, &["AMB-09", "AMB-04"]);
    let checklist: Vec<_> = o.items.iter().filter_map(|a| a.item.checklist.as_deref()).collect();
    assert_eq!(checklist, ["ouders-niet-bereikbaar", "ouders-weinig-bereid"]);
}

/// SIG-02: all six knipperlichten of the checklist, each with its checklist id.
#[test]
fn the_six_knipperlichten() {
    let o = outcome(&pupil(
        "elders",
        &[
            ("ouders-bereikbaar", C("nee-nagekeken")),
            ("ouders-houding", M(&["weinig-bereid"])),
            ("patroon", M(&["snel"])),
            ("problemen", M(&["verleden", "andere-moeilijkheden", "gedragsverandering"])),
        ],
    ));
    let mut checklist: Vec<_> = o.items.iter().filter_map(|a| a.item.checklist.as_deref()).collect();
    checklist.sort();
    assert_eq!(
        checklist,
        [
            "andere-moeilijkheden",
            "gedragsverandering",
            "ouders-niet-bereikbaar",
            "ouders-weinig-bereid",
            "snelle-opstapeling",
            "verleden"
        ]
    );
    let o = outcome(&pupil("elders", &[]));
    assert!(o.items.iter().all(|a| a.item.checklist.is_none()), "{:?}", shown(&o));
    not_flagged(&o, &["AMB-09"]);
}

/// DEF-08: "ouders niet bereikbaar" counts only with certainty about the contact details.
#[test]
fn unreachable_parents_first_verify_the_contact_details() {
    let o = outcome(&pupil("elders", &[("ouders-bereikbaar", C("nee"))]));
    advises(&o, &["contact-nakijken", "ouders-onbereikbaar-stappen"]);
    lacks(&o, &["kl-ouders-niet-bereikbaar"]);
    let o = outcome(&pupil("elders", &[("ouders-bereikbaar", C("nee")), ("gedaan", M(&["contact-nagekeken"]))]));
    done(&o, &["contact-nakijken"]);
    // Not tried yet or not known: talk to them, check the details; no knipperlicht.
    let o = outcome(&pupil("elders", &[("ouders-bereikbaar", C("nog-niet"))]));
    advises(&o, &["gesprek-ouders"]);
    lacks(&o, &["kl-ouders-niet-bereikbaar", "contact-nakijken"]);
    let o = outcome(&pupil("elders", &[("ouders-bereikbaar", C("weet-niet"))]));
    advises(&o, &["contact-nakijken", "gesprek-ouders"]);
    lacks(&o, &["kl-ouders-niet-bereikbaar"]);
}

// ---------------------------------------------------------------- aanmelding, CLB

/// REF-03, REF-05, REF-06, AMB-11, CLB-02, PH2-B-01, TRN-02, POL-01: the trajectory fails, there
/// is an underlying problem and the pupil refuses guidance: register with the CLB, explain it to
/// the pupil, compulsory guidance; the pupil's own refusal is no police ground; the CLB's possible
/// outcomes are shown ahead.
#[test]
fn failing_trajectory_refused_guidance_and_underlying_problem() {
    let o = outcome(&pupil(
        "brussel",
        &[
            ("traject", C("rendeert-niet")),
            ("weigert-begeleiding", C("ja")),
            ("problemen", M(&["onderliggend"])),
            ("clb", C("gesignaleerd")),
        ],
    ));
    advises(
        &o,
        &[
            "aanmelden-clb",
            "aanmelding-voorbereiden",
            "uitleg-leerling",
            "verplichte-begeleiding",
            "politie-leerling-weigert",
            "clb-uitkomsten",
            "fase2-pistes",
            "gedeelde-verantwoordelijkheid",
            "terugkeer-b",
            "vrijwillige-hulp",
        ],
    );
    flags(&o, &["AMB-11"]);
    // CLB-02 (3): KANS only where the help needed fits its offer (school fatigue).
    lacks(&o, &["kans"]);
    lacks(&o, &["eigen-traject", "snel-fase2", "politie-onwil", "fiche-onbereikbaarheid"]);
    assert_eq!(phase(&o, "b"), Some(Some(2)));
}

/// REF-02, CLB-06: the school's own trajectory, with what follows if it does not help.
#[test]
fn own_trajectory_while_it_works() {
    let o = outcome(&pupil("elders", &[("traject", C("werkt"))]));
    advises(&o, &["eigen-traject", "snel-fase2"]);
    lacks(&o, &["aanmelden-clb", "clb-uitkomsten", "abrusco", "fase2-pistes"]);
    let o = outcome(&pupil("brussel", &[("traject", C("werkt"))]));
    advises(&o, &["eigen-traject", "abrusco"]);
    let o = outcome(&pupil("elders", &[("traject", C("nog-niet"))]));
    advises(&o, &["traject-starten"]);
    lacks(&o, &["eigen-traject"]);
}

/// CLB-02, CLB-03: after the CLB closed its guidance: relapse agreements; only a new reason of
/// aanmelding brings a new aanmelding and the CLB's outcomes back.
#[test]
fn clb_closed_its_guidance() {
    let o = outcome(&pupil("elders", &[("clb", C("afgesloten")), ("traject", C("werkt"))]));
    advises(&o, &["terugval-afspraken"]);
    lacks(&o, &["clb-uitkomsten", "clb-werkwijze", "aanmelden-clb"]);
    let o = outcome(&pupil("elders", &[("clb", C("afgesloten")), ("traject", C("rendeert-niet"))]));
    advises(&o, &["terugval-afspraken", "aanmelden-clb", "clb-uitkomsten"]);
}

/// REF-07, AMB-08, AMB-16: an adult pupil living alone: can still be registered; no talk with
/// the parents advised.
#[test]
fn adult_pupil_living_alone() {
    let o = outcome(&pupil(
        "elders",
        &[("leeftijd", N(19)), ("ouders-bereikbaar", C("nvt")), ("ouders-houding", M(&["nvt"]))],
    ));
    advises(&o, &["meerderjarig", "eerste-gesprek"]);
    flags(&o, &["AMB-08"]);
    lacks(&o, &["gesprek-ouders", "contact-nakijken", "kl-ouders-niet-bereikbaar", "agodi"]);
    let o = outcome(&pupil("elders", &[("leeftijd", N(17))]));
    lacks(&o, &["meerderjarig", "amb-meerderjarig"]);
    let o = outcome(&pupil("elders", &[("leeftijd", C("weet-niet"))]));
    lacks(&o, &["meerderjarig", "amb-meerderjarig"]);
}

/// CLB-04: the pupil leaves: warm handover by the CLB and LARS. PH0-02: the pupil arrived: warm
/// handover from the previous school.
#[test]
fn change_of_school_both_ways() {
    let o = outcome(&pupil("elders", &[("schoolwissel", C("vertrekt"))]));
    advises(&o, &["schoolwissel-vertrekt"]);
    lacks(&o, &["schoolwissel-aangekomen", "schoolwissel-nagaan"]);
    let o = outcome(&pupil("elders", &[("schoolwissel", C("aangekomen"))]));
    advises(&o, &["schoolwissel-aangekomen"]);
    lacks(&o, &["schoolwissel-vertrekt"]);
    let o = outcome(&pupil("elders", &[("schoolwissel", C("weet-niet"))]));
    advises(&o, &["schoolwissel-nagaan"]);
    let o = outcome(&pupil("elders", &[]));
    lacks(&o, &["schoolwissel-vertrekt", "schoolwissel-aangekomen", "schoolwissel-nagaan"]);
}

/// PH3-B-01, TRN-03, AMB-17: the pupil can no longer be moved to attend: alternative learning
/// paths, Fase 3.
#[test]
fn pupil_who_cannot_be_moved_to_attend() {
    let o = outcome(&pupil(
        "elders",
        &[("aanwezig", C("nee")), ("clb", C("aangemeld")), ("vooruitzicht", M(&["niet-bewegen"]))],
    ));
    advises(&o, &["alternatieve-leerwegen-b", "pa-commissie"]);
    flags(&o, &["AMB-17"]);
    assert_eq!(phase(&o, "b"), Some(Some(3)));
    let o = outcome(&pupil("elders", &[("vooruitzicht", M(&["weet-niet"]))]));
    lacks(&o, &["alternatieve-leerwegen-b"]);
    flags(&o, &["AMB-17"]);
}

// ---------------------------------------------------------------- police and partners by region

/// POL-01, POL-03, POL-02, POL-05, AMB-03, AMB-15: Brussels, manifest unwillingness after CLB
/// consultation and help: the school may report to its police zone; guidance goes on.
#[test]
fn brussels_manifest_unwillingness_after_clb_help() {
    let o = outcome(&pupil("brussel", &[("ouders-houding", M(&["onwil"])), ("clb", C("aangemeld"))]));
    advises(
        &o,
        &["politie-onwil", "politie-verloop", "politie-niet-in-plaats", "vrijwillige-hulp", "kl-ouders-weinig-bereid"],
    );
    lacks(&o, &["politie-onwil-nog-niet", "amb-politie-regio"]);
    flags(&o, &["AMB-03", "AMB-15"]);
}

/// POL-03: without CLB help yet, no report to the police.
#[test]
fn brussels_unwillingness_without_clb_help_yet() {
    let o = outcome(&pupil("brussel", &[("ouders-houding", M(&["onwil"])), ("clb", C("gesignaleerd"))]));
    advises(&o, &["politie-onwil-nog-niet"]);
    lacks(&o, &["politie-onwil"]);
}

/// DEF-07, POL-01, AMB-03: powerless parents are no police ground.
#[test]
fn brussels_powerless_parents_are_no_police_ground() {
    let o = outcome(&pupil("brussel", &[("ouders-houding", M(&["onmacht"])), ("clb", C("aangemeld"))]));
    advises(&o, &["politie-onmacht"]);
    lacks(&o, &["politie-onwil", "politie-onwil-nog-niet", "politie-verloop"]);
    flags(&o, &["AMB-03"]);
}

/// REF-03, AMB-11, POL-01: parents who refuse all guidance: a reason to register with the CLB,
/// and why the police is not (yet) an option.
#[test]
fn brussels_parents_refuse_guidance() {
    let o = outcome(&pupil("brussel", &[("ouders-houding", M(&["weigeren"]))]));
    advises(&o, &["aanmelden-clb", "politie-ouders-weigeren", "kl-ouders-weinig-bereid"]);
    flags(&o, &["AMB-11", "AMB-03"]);
    lacks(&o, &["politie-onwil"]);
}

/// POL-04, DEF-08, AMB-04, REF-03, PAC-01: the child no longer comes and the family cannot be
/// found: a fiche onbereikbaarheid with the school's police zone.
#[test]
fn brussels_family_totally_unreachable() {
    let o = outcome(&pupil(
        "brussel",
        &[("aanwezig", C("nee")), ("ouders-bereikbaar", C("nee-nagekeken")), ("gezin-vindbaar", C("nee"))],
    ));
    advises(
        &o,
        &[
            "fiche-onbereikbaarheid",
            "fiche-verloop",
            "politie-niet-in-plaats",
            "aanmelden-clb",
            "pa-commissie",
            "agodi",
        ],
    );
    flags(&o, &["AMB-04"]);
    lacks(&o, &["politie-gezin-vindbaar", "terugkeergesprek"]);
    // The family can be found: no fiche, and the school hears why.
    let o = outcome(&pupil("brussel", &[("aanwezig", C("nee")), ("ouders-bereikbaar", C("nee-nagekeken"))]));
    advises(&o, &["politie-gezin-vindbaar"]);
    lacks(&o, &["fiche-onbereikbaarheid"]);
    // Not known whether the family can be found: find out.
    let o = outcome(&pupil(
        "brussel",
        &[("aanwezig", C("nee")), ("ouders-bereikbaar", C("nee-nagekeken")), ("gezin-vindbaar", C("weet-niet"))],
    ));
    advises(&o, &["gezin-nagaan"]);
    lacks(&o, &["fiche-onbereikbaarheid"]);
}

/// SAP-01, PH2-B-02, AMB-10: province of Antwerp: the spijbelactieplan after school-CLB
/// consultation; no Brussels police procedure.
#[test]
fn antwerp_spijbelactieplan() {
    let o = outcome(&pupil("antwerpen", &[("b-dit-jaar", N(8)), ("clb", C("consultatief"))]));
    advises(&o, &["sap-antwerpen"]);
    lacks(&o, &["sap-na-overleg"]);
    let o = outcome(&pupil("antwerpen", &[("b-dit-jaar", N(8))]));
    advises(&o, &["sap-na-overleg"]);
    lacks(&o, &["sap-antwerpen"]);
    let o = outcome(&pupil(
        "antwerpen",
        &[
            ("ouders-houding", M(&["onwil"])),
            ("clb", C("aangemeld")),
            ("aanwezig", C("nee")),
            ("gezin-vindbaar", C("nee")),
            ("ouders-bereikbaar", C("nee-nagekeken")),
        ],
    ));
    flags(&o, &["AMB-10"]);
    lacks(&o, BRUSSELS_POLICE);
}

/// POL-00, AMB-10: elsewhere in Flanders the documents give no police procedure.
#[test]
fn elsewhere_no_police_procedure() {
    let o = outcome(&pupil("elders", &[("ouders-houding", M(&["onwil"])), ("clb", C("aangemeld"))]));
    flags(&o, &["AMB-10"]);
    lacks(&o, BRUSSELS_POLICE);
    lacks(&o, &["sap-antwerpen", "sap-na-overleg"]);
    let o = outcome(&pupil("elders", &[]));
    not_flagged(&o, &["AMB-10"]);
}

/// PRT-KANS-01…05, AMB-14: Brussels, schoolmoeheid: KANS; the CLB's intake unless a hulpverlener
/// or jongerencoach asked for the aanmelding.
#[test]
fn brussels_kans_for_school_fatigue() {
    let o = outcome(&pupil("brussel", &[("problemen", M(&["schoolmoe"])), ("kans-aanvraag", C("nee"))]));
    advises(&o, &["kans", "kans-intake"]);
    lacks(&o, &["kans-afstemming"]);
    flags(&o, &["AMB-14"]);
    let o = outcome(&pupil("brussel", &[("problemen", M(&["schoolmoe"])), ("kans-aanvraag", C("ja"))]));
    advises(&o, &["kans", "kans-afstemming"]);
    lacks(&o, &["kans-intake"]);
    let o = outcome(&pupil("brussel", &[("problemen", M(&["schoolmoe"])), ("kans-aanvraag", C("weet-niet"))]));
    advises(&o, &["kans-intake"]);
    let o = outcome(&pupil("brussel", &[("problemen", M(&["schoolmoe"])), ("kans-aanvraag", C("nog-niet"))]));
    advises(&o, &["kans"]);
    lacks(&o, &["kans-intake", "kans-afstemming"]);
}

/// PRT-FOY-01, PRT-FOY-03: Brussels, a family of Foyer's target group: the school mediator; the
/// target group unknown: check it.
#[test]
fn brussels_foyer_for_its_target_group() {
    let o = outcome(&pupil("brussel", &[("doelgroep", C("ja"))]));
    advises(&o, &["foyer"]);
    lacks(&o, &["foyer-absoluut", "foyer-doelgroep-nagaan"]);
    let o = outcome(&pupil("brussel", &[("doelgroep", C("weet-niet"))]));
    advises(&o, &["foyer-doelgroep-nagaan"]);
    lacks(&o, &["foyer"]);
    let o = outcome(&pupil("brussel", &[]));
    lacks(&o, &["foyer", "foyer-doelgroep-nagaan"]);
}

/// No Brussels partner or police procedure outside Brussels, whatever the situation.
#[test]
fn no_brussels_partner_outside_brussels() {
    for region in ["antwerpen", "elders"] {
        let o = outcome(&pupil(
            region,
            &[
                ("doelgroep", C("ja")),
                ("problemen", M(&["schoolmoe", "onderliggend"])),
                ("kans-aanvraag", C("ja")),
                ("traject", C("nog-niet")),
                ("aanwezig", C("nee")),
                ("gezin-vindbaar", C("nee")),
                ("ouders-bereikbaar", C("nee-nagekeken")),
                ("ouders-houding", M(&["onmacht", "onwil"])),
                ("b-dit-jaar", N(12)),
            ],
        ));
        lacks(&o, BRUSSELS_PARTNERS);
        lacks(&o, BRUSSELS_POLICE);
        lacks(&o, &["brussel-aantal", "amb-kans", "amb-onwil", "amb-politie-verloop"]);
        let o = outcome(&facts(&[("regio", C(region)), ("ingeschreven", C("nee")), ("doelgroep", C("ja"))]));
        lacks(&o, BRUSSELS_PARTNERS);
        flags(&o, &["AMB-18"]);
    }
}

// ---------------------------------------------------------------- enrolment and levels

/// DEF-02, PRT-FOY-02: not enrolled, Brussels, Foyer's target group: the school mediators look
/// for the child and support the enrolment; no school steps.
#[test]
fn not_enrolled_in_brussels_in_the_target_group() {
    let o = outcome(&facts(&[("regio", C("brussel")), ("ingeschreven", C("nee")), ("doelgroep", C("ja"))]));
    advises(&o, &["foyer-absoluut"]);
    assert_eq!(phase(&o, "absoluut"), Some(None));
    lacks(&o, &["eerste-gesprek", "reden-kennen", "foyer", "amb-absoluut"]);
    not_flagged(&o, &["AMB-18"]);
}

/// DEF-02, AMB-18: not enrolled, outside Foyer's target group or outside Brussels: no procedure.
#[test]
fn not_enrolled_outside_the_target_group_or_brussels() {
    let o = outcome(&facts(&[("regio", C("brussel")), ("ingeschreven", C("nee")), ("doelgroep", C("nee"))]));
    flags(&o, &["AMB-18"]);
    lacks(&o, &["foyer-absoluut"]);
    let o = outcome(&facts(&[("regio", C("elders")), ("ingeschreven", C("nee"))]));
    flags(&o, &["AMB-18"]);
    lacks(&o, &["foyer-absoluut", "foyer-doelgroep-nagaan"]);
    assert_eq!(phase(&o, "absoluut"), Some(None));
    // Target group unknown in Brussels: check it.
    let o = outcome(&facts(&[("regio", C("brussel")), ("ingeschreven", C("nee")), ("doelgroep", C("weet-niet"))]));
    advises(&o, &["foyer-doelgroep-nagaan"]);
    lacks(&o, &["foyer-absoluut"]);
}

/// DEF-02: enrolment unknown: find out; home education is no absolute verzuim.
#[test]
fn enrolment_unknown_and_home_education() {
    let o = outcome(&pupil("elders", &[("ingeschreven", C("weet-niet"))]));
    advises(&o, &["ingeschreven-nagaan", "eerste-gesprek"]);
    let o = outcome(&facts(&[("regio", C("elders")), ("ingeschreven", C("huisonderwijs"))]));
    advises(&o, &["huisonderwijs"]);
    assert_eq!(phase(&o, "absoluut"), None);
    lacks(&o, &["eerste-gesprek", "reden-kennen", "amb-absoluut", "ingeschreven-nagaan"]);
}

/// LEG-07, AMB-08, AMB-19, PH0-01: a kindergarten pupil: not compulsory in document A, from 5
/// in the external facts; the Brussels guide is written for secondary school.
#[test]
fn kindergarten_pupil() {
    let o = outcome(&pupil("brussel", &[("niveau", C("kleuter")), ("leeftijd", N(5)), ("b-dit-jaar", N(3))]));
    advises(&o, &["kleuterparticipatie"]);
    flags(&o, &["AMB-08", "AMB-19"]);
    let item = decision_tree().advice_item("kleuter-leerplicht").unwrap();
    assert!(item.sources.iter().any(|s| s.document == "preventieplan" && s.lines == [579, 579]));
    assert!(item.sources.iter().any(|s| s.document == "externe-feiten"));
    let o = outcome(&pupil("brussel", &[]));
    not_flagged(&o, &["AMB-19", "AMB-08"]);
    lacks(&o, &["kleuterparticipatie"]);
    let o = outcome(&pupil("elders", &[("niveau", C("lager")), ("leeftijd", N(8))]));
    flags(&o, &["AMB-19"]);
    not_flagged(&o, &["AMB-08"]);
}

// ---------------------------------------------------------------- facts not known yet

/// "Weet ik niet" for what the school should know: items that say what to find out.
#[test]
fn unknown_facts_say_what_to_find_out() {
    let o = outcome(&pupil(
        "elders",
        &[
            ("patroon", M(&["weet-niet"])),
            ("aanwezig", C("weet-niet")),
            ("weigert-begeleiding", C("weet-niet")),
            ("problemen", M(&["weet-niet"])),
            ("traject", C("weet-niet")),
            ("clb", C("weet-niet")),
            ("ouders-houding", M(&["weet-niet"])),
        ],
    ));
    advises(
        &o,
        &["patroon-nagaan", "aanwezig-nagaan", "weigering-nagaan", "problemen-nagaan", "traject-nagaan", "clb-nagaan"],
    );
    // Nothing is claimed from an unknown: no aanmelding, no knipperlicht, no police.
    lacks(&o, &["aanmelden-clb", "kl-snelle-opstapeling", "kl-ouders-weinig-bereid", "eigen-traject"]);
    // The signal's "done" needs a known CLB status.
    advises(&o, &["signaal-clb"]);
}

/// REF-05: guidance not yet proposed: propose it from care; no compulsory guidance yet.
#[test]
fn guidance_not_yet_proposed() {
    let o = outcome(&pupil("elders", &[("weigert-begeleiding", C("nog-niet"))]));
    advises(&o, &["begeleiding-voorstellen"]);
    lacks(&o, &["verplichte-begeleiding", "weigering-nagaan", "amb-weigering"]);
}

/// OCJ-01, AMB-13: verontrusting: the CLB may file an M-document; unknown: the term is undefined.
#[test]
fn verontrusting_known_and_unknown() {
    let o = outcome(&pupil("elders", &[("verontrusting", C("ja"))]));
    advises(&o, &["ocj"]);
    flags(&o, &["AMB-13"]);
    let o = outcome(&pupil("elders", &[("verontrusting", C("weet-niet"))]));
    lacks(&o, &["ocj"]);
    flags(&o, &["AMB-13"]);
    let o = outcome(&pupil("elders", &[]));
    lacks(&o, &["ocj", "amb-verontrusting"]);
}

/// THR-05, SCH-04: many absences in other codes: look at the total of all codes, and discuss
/// family absences with the leerlingbegeleider.
#[test]
fn other_codes_count_too() {
    let o = outcome(&pupil("elders", &[("patroon", M(&["andere-codes"]))]));
    advises(&o, &["andere-codes", "familiale-afwezigheid"]);
    lacks(&o, &["kl-snelle-opstapeling"]);
}

// ---------------------------------------------------------------- what the wizard asks

/// The engine asks a fact only where a rule depends on it: Foyer's target group only in
/// Brussels, the KANS request only in Brussels with school fatigue, whether the family can be
/// found only when the parents are not known to be reachable (PRT-FOY, PRT-KANS, POL-04).
#[test]
fn facts_are_asked_where_the_rules_need_them() {
    let tree = decision_tree();
    let elsewhere = facts(&[("regio", C("elders")), ("ingeschreven", C("ja"))]);
    assert!(!tree.is_relevant(&elsewhere, "doelgroep"));
    let brussels = facts(&[("regio", C("brussel")), ("ingeschreven", C("ja"))]);
    assert!(tree.is_relevant(&brussels, "doelgroep"));

    let tired = pupil("brussel", &[("problemen", M(&["schoolmoe"]))]);
    assert!(tree.is_relevant(&tired, "kans-aanvraag"));
    let tired_elsewhere = pupil("elders", &[("problemen", M(&["schoolmoe"]))]);
    assert!(!tree.is_relevant(&tired_elsewhere, "kans-aanvraag"));

    let reachable = pupil("brussel", &[("aanwezig", C("nee"))]);
    assert!(!tree.is_relevant(&reachable, "gezin-vindbaar"));
    let unreachable = pupil("brussel", &[("aanwezig", C("nee")), ("ouders-bereikbaar", C("nee-nagekeken"))]);
    assert!(tree.is_relevant(&unreachable, "gezin-vindbaar"));

    // THR-06: last year's count matters only when the two years could reach 30.
    let few = pupil("elders", &[("b-dit-jaar", N(3))]);
    assert!(!tree.is_relevant(&few, "b-vorig-jaar"));
    let many = pupil("elders", &[("b-dit-jaar", N(30))]);
    assert!(tree.is_relevant(&many, "b-vorig-jaar"));
}

/// Advice that contradicts itself never shows together, over many random situations: a sanction
/// may suffice / no sanction alone (SCH-03), report the unwillingness / not yet (POL-03), the
/// signal is due / not yet (THR-01, THR-02), the school's own trajectory / register with the CLB
/// (REF-02, REF-03), the KANS intake / no intake needed (PRT-KANS-03/04), the spijbelactieplan
/// now / after the CLB consultation (SAP-01), a fiche / no ground for one (POL-04).
#[test]
fn contradictory_advice_never_shows_together() {
    let tree = decision_tree();
    let pairs = [
        ("sanctie-kan", "geen-sanctie-alleen"),
        ("politie-onwil", "politie-onwil-nog-niet"),
        ("signaal-clb", "signaal-vroeger"),
        ("eigen-traject", "aanmelden-clb"),
        ("traject-starten", "eigen-traject"),
        ("kans-intake", "kans-afstemming"),
        ("sap-antwerpen", "sap-na-overleg"),
        ("fiche-onbereikbaarheid", "politie-gezin-vindbaar"),
        ("studietoelage", "schooltoeslag-basisonderwijs"),
        ("contact-nakijken", "kl-ouders-niet-bereikbaar"),
        ("foyer", "foyer-doelgroep-nagaan"),
        ("foyer-absoluut", "amb-absoluut"),
        ("huisonderwijs", "eerste-gesprek"),
        ("terugval-afspraken", "clb-werkwijze"),
    ];
    let mut seed: u64 = 0x5eed;
    let mut next = move |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n
    };
    for _ in 0..3000 {
        let mut facts = Facts::new();
        for fact in &tree.facts {
            if next(5) == 0 {
                continue;
            }
            let answer = match fact.kind {
                FactKind::Number => {
                    if next(6) == 0 {
                        Answer::Choice("weet-niet".into())
                    } else {
                        Answer::Number([0, 1, 2, 4, 5, 6, 15, 20, 29, 30, 35][next(11)])
                    }
                }
                FactKind::Choice => Answer::Choice(fact.options[next(fact.options.len())].id.clone()),
                FactKind::Multi => {
                    Answer::Multi(fact.options.iter().filter(|_| next(3) == 0).map(|o| o.id.clone()).collect())
                }
            };
            let _ = tree.set_answer(&mut facts, &fact.id, Some(answer));
        }
        let o = tree.outcome(&facts);
        for (a, b) in pairs {
            assert!(!(o.has(a) && o.has(b)), "{a} and {b} together for {facts:?}");
        }
    }
}
