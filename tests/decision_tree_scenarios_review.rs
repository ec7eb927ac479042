//! Review scenarios: pupil situations as a school or CLB worker describes them, read against the
//! two source documents (rules of shared/domain/rules.md, AMB points of its §12). Each scenario
//! says what the advice must hold, what it must not hold, and which AMB points are flagged.

use verzuimwijzer::domain::decision_tree::{Answer, Facts, Outcome, decision_tree};

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

/// A secondary-school pupil of 15 in `region`, enrolled, with unexcused absences but no B-code
/// counted yet, cooperating parents, a trajectory just started, no CLB involvement, no illness
/// and no school-refusal signals; every fact answered, `changes` say what differs.
fn pupil(region: &'static str, changes: &[(&str, A)]) -> Facts {
    let mut given: Vec<(&str, A)> = vec![
        ("regio", C(region)),
        ("niveau", C("secundair")),
        ("leeftijd", N(15)),
        ("ingeschreven", C("ja")),
        ("doelgroep", C("nee")),
        ("soort", M(&["ongewettigd"])),
        ("b-dit-jaar", N(0)),
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
        ("sw-besproken", M(&[])),
        ("ziekte-aard", M(&[])),
        ("attesten", M(&["geen-attesten"])),
        ("opname", C("nee")),
        ("ontslagdatum", C("nee")),
        ("onderwijs-info", C("nee")),
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
    let tree = decision_tree();
    let mut facts = Facts::new();
    for (id, a) in &given {
        tree.set_answer(&mut facts, id, Some(answer(*a))).unwrap_or_else(|e| panic!("{id}: {e:?}"));
    }
    facts
}

fn outcome(region: &'static str, changes: &[(&str, A)]) -> Outcome<'static> {
    decision_tree().outcome(&pupil(region, changes))
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
        assert!(!outcome.ambiguities().contains(amb), "did not expect {amb} flagged in {:?}", outcome.ambiguities());
    }
}

/// The placements as (track, phase).
fn placements(outcome: &Outcome) -> Vec<(String, Option<u8>)> {
    outcome.placements.iter().map(|p| (p.track.clone(), p.phase)).collect()
}

fn at(track: &str, phase: Option<u8>) -> (String, Option<u8>) {
    (track.to_owned(), phase)
}

const POLICE: &[&str] = &[
    "politie-onwil",
    "politie-verloop",
    "politie-onwil-nog-niet",
    "politie-onmacht",
    "politie-leerling-weigert",
    "politie-ouders-weigeren",
    "fiche-onbereikbaarheid",
    "fiche-verloop",
    "politie-niet-in-plaats",
];

// ---------------------------------------------------------------- B-codes, Fase 1

/// "Brussel, 4de middelbaar, 6 B-codes al in september en oktober. Gesprek met leerling en ouders
/// gehad." THR-01, LEG-06 (signal, a duty), THR-03 (intensive early follow-up), AMB-05
/// (luxeverzuim), AMB-02 (half days), THR-02/REF-03 (the count alone is no aanmelding), REF-02.
#[test]
fn r01_brussels_six_b_codes_in_september() {
    let o = outcome(
        "brussel",
        &[("b-dit-jaar", N(6)), ("patroon", M(&["sept-okt"])), ("gedaan", M(&["gesprek-leerling", "gesprek-ouders"]))],
    );
    assert_eq!(placements(&o), vec![at("b", Some(1))]);
    advises(&o, &["signaal-clb", "sept-okt", "zorgoverleg", "eigen-traject", "brussel-aantal", "snel-fase2"]);
    done(&o, &["eerste-gesprek", "gesprek-ouders"]);
    lacks(&o, &["aanmelden-clb", "sanctie-kan", "sap-antwerpen", "sap-na-overleg"]);
    lacks(&o, POLICE);
    flags(&o, &["AMB-05", "AMB-02"]);
    not_flagged(&o, &["AMB-01", "AMB-10"]);
}

/// "Lagere school in Brussel, 9 jaar, eerste ongewettigde halve dag, nog geen traject." SCH-03
/// (a sanction can work at a first absence), THR-02 (do not wait for 5), AMB-19 (the leidraad is
/// written for secondary education), no signal duty yet.
#[test]
fn r02_brussels_primary_first_b_code() {
    let o = outcome(
        "brussel",
        &[("niveau", C("lager")), ("leeftijd", N(9)), ("b-dit-jaar", N(1)), ("traject", C("nog-niet"))],
    );
    advises(&o, &["sanctie-kan", "signaal-vroeger", "traject-starten", "eerste-gesprek", "zorgoverleg"]);
    lacks(&o, &["signaal-clb", "geen-sanctie-alleen", "aanmelden-clb"]);
    flags(&o, &["AMB-19"]);
}

/// "Antwerpen, 7 B-codes, het traject werkt, al op de CLB-lijst gezet." REF-02 (stay in the
/// school's trajectory), THR-01 done, SAP-01 only after CLB consultation and "indien van
/// toepassing"; no Brussels police rules.
#[test]
fn r03_antwerp_trajectory_works() {
    let o = outcome(
        "antwerpen",
        &[
            ("b-dit-jaar", N(7)),
            ("traject", C("werkt")),
            ("clb", C("gesignaleerd")),
            ("gedaan", M(&["gesprek-leerling", "gesprek-ouders", "dossier"])),
        ],
    );
    done(&o, &["signaal-clb", "eerste-gesprek", "gesprek-ouders", "dossier-noteren"]);
    advises(&o, &["eigen-traject", "zorgoverleg", "sap-na-overleg", "snel-fase2"]);
    let sap = o.items.iter().find(|a| a.item.id == "sap-na-overleg").unwrap();
    assert!(sap.item.text.contains("indien van toepassing"), "SAP-01 says 'indien van toepassing'");
    lacks(&o, &["aanmelden-clb", "sap-antwerpen", "abrusco", "brussel-aantal", "kans"]);
    lacks(&o, POLICE);
}

// ---------------------------------------------------------------- B-codes, Fase 2

/// "Antwerpen, 12 B-codes, het traject rendeert niet, consultatief besproken, ouders weinig
/// bereid." REF-03 (reason 1), REF-04/REF-05, PH2-B-01, SAP-01, SIG-01/02, AMB-09; what follows
/// (Fase 3) is shown ahead (PH3-B-01).
#[test]
fn r04_antwerp_failing_trajectory() {
    let o = outcome(
        "antwerpen",
        &[
            ("leeftijd", N(14)),
            ("b-dit-jaar", N(12)),
            ("traject", C("rendeert-niet")),
            ("clb", C("consultatief")),
            ("ouders-houding", M(&["weinig-bereid"])),
            ("gedaan", M(&["gesprek-leerling", "gesprek-ouders", "dossier"])),
        ],
    );
    assert_eq!(placements(&o), vec![at("b", Some(2))]);
    advises(
        &o,
        &[
            "aanmelden-clb",
            "aanmelding-voorbereiden",
            "uitleg-leerling",
            "fase2-pistes",
            "sap-antwerpen",
            "kl-ouders-weinig-bereid",
            "prioritering",
            "b-fase3-vooruit",
        ],
    );
    done(&o, &["signaal-clb", "zorgoverleg"]);
    lacks(&o, &["snel-fase2", "eigen-traject", "sap-na-overleg"]);
    lacks(&o, POLICE);
    flags(&o, &["AMB-09"]);
}

/// "Gent, 17 jaar, 15 B-codes, weigert elke begeleiding." REF-03 reason 3, REF-06 (compulsory,
/// aanklampend), AMB-11; outside Brussels no police procedure in the sources (AMB-10).
#[test]
fn r05_elsewhere_pupil_refuses_guidance() {
    let o = outcome("elders", &[("leeftijd", N(17)), ("b-dit-jaar", N(15)), ("weigert-begeleiding", C("ja"))]);
    advises(&o, &["aanmelden-clb", "verplichte-begeleiding", "signaal-clb", "b-fase3-vooruit"]);
    lacks(&o, POLICE);
    lacks(&o, &["uitleg-leerling", "sap-antwerpen", "kans"]);
    flags(&o, &["AMB-11", "AMB-10"]);
}

/// "Brussel, 19 jaar, woont alleen, 10 B-codes, traject rendeert niet." REF-07 (adults can be
/// registered too), AMB-08; no talks with parents advised.
#[test]
fn r06_brussels_adult_living_alone() {
    let o = outcome(
        "brussel",
        &[
            ("leeftijd", N(19)),
            ("b-dit-jaar", N(10)),
            ("traject", C("rendeert-niet")),
            ("ouders-bereikbaar", C("nvt")),
            ("ouders-houding", M(&["nvt"])),
        ],
    );
    advises(&o, &["meerderjarig", "aanmelden-clb", "uitleg-leerling", "aanmelding-voorbereiden-zonder-ouders"]);
    lacks(
        &o,
        &["gesprek-ouders", "politie-onwil", "politie-onmacht", "kl-ouders-niet-bereikbaar", "aanmelding-voorbereiden"],
    );
    flags(&o, &["AMB-08"]);
}

/// "Brussel, 12 B-codes, de ouders weigeren elke begeleiding, CLB nog niet betrokken." REF-03
/// (checklist: leerling en/of ouders weigeren), POL-01 (police only for manifest unwillingness,
/// after CLB help), POL-05, AMB-11, AMB-03.
#[test]
fn r07_brussels_parents_refuse_guidance() {
    let o = outcome("brussel", &[("b-dit-jaar", N(12)), ("ouders-houding", M(&["weigeren"]))]);
    advises(&o, &["aanmelden-clb", "politie-ouders-weigeren", "vrijwillige-hulp", "kl-ouders-weinig-bereid"]);
    lacks(&o, &["politie-onwil", "politie-verloop", "brussel-aantal"]);
    flags(&o, &["AMB-11", "AMB-03"]);
}

/// "Brussel, 18 B-codes, manifeste onwil van de ouders, alleen consultatief met het CLB besproken."
/// POL-03: no police report before CLB help; registering with the CLB comes first (REF-03,
/// checklist reason "ouder(s) weigeren"); AMB-03, AMB-15.
#[test]
fn r08_brussels_unwillingness_before_clb_help() {
    let o = outcome("brussel", &[("b-dit-jaar", N(18)), ("ouders-houding", M(&["onwil"])), ("clb", C("consultatief"))]);
    advises(&o, &["politie-onwil-nog-niet", "aanmelden-clb", "politie-verloop"]);
    lacks(&o, &["politie-onwil", "brussel-aantal", "eigen-traject"]);
    assert_eq!(placements(&o), vec![at("b", Some(2))]);
    flags(&o, &["AMB-03", "AMB-15"]);
}

/// "Brussel, 40 B-codes dit jaar en 35 vorig jaar, manifeste onwil, het CLB begeleidt al."
/// POL-03 (report possible), POL-02 (guidance goes on), POL-05, THR-06 (studietoelage), AMB-07,
/// THR-07/AGO-02, PAC-01, AMB-06, AMB-15.
#[test]
fn r09_brussels_unwillingness_after_clb_help_thirty_two_years() {
    let o = outcome(
        "brussel",
        &[
            ("b-dit-jaar", N(40)),
            ("b-vorig-jaar", N(35)),
            ("ouders-houding", M(&["onwil"])),
            ("clb", C("aangemeld")),
            ("traject", C("rendeert-niet")),
            ("gedaan", M(&["gesprek-leerling", "gesprek-ouders", "dossier"])),
        ],
    );
    advises(
        &o,
        &[
            "politie-onwil",
            "politie-verloop",
            "politie-niet-in-plaats",
            "vrijwillige-hulp",
            "studietoelage",
            "agodi",
            "pa-commissie",
            "fase2-pistes",
            "b-fase3-vooruit",
        ],
    );
    done(&o, &["aanmelden-clb", "signaal-clb", "zorgoverleg"]);
    lacks(&o, &["politie-onwil-nog-niet", "politie-onmacht"]);
    flags(&o, &["AMB-03", "AMB-07", "AMB-15", "AMB-06"]);
}

/// "Brussel, ouders willen wel maar kunnen het niet aan; de leerling komt niet meer; het CLB
/// begeleidt." DEF-07/POL-01 (powerlessness is no police ground), AMB-03, REF-03, PAC-01.
#[test]
fn r10_brussels_powerless_parents_pupil_stays_away() {
    let o = outcome(
        "brussel",
        &[("b-dit-jaar", N(25)), ("aanwezig", C("nee")), ("ouders-houding", M(&["onmacht"])), ("clb", C("aangemeld"))],
    );
    advises(&o, &["politie-onmacht", "politie-gezin-vindbaar", "pa-commissie", "fase2-pistes", "b-fase3-vooruit"]);
    done(&o, &["aanmelden-clb"]);
    lacks(&o, &["politie-onwil", "politie-verloop", "fiche-onbereikbaarheid", "terugkeergesprek"]);
    flags(&o, &["AMB-03", "AMB-06"]);
}

/// "Brussel, 20 B-codes, komt niet meer, ouders onbereikbaar ook na nakijken, gezin lijkt verhuisd
/// zonder adres." POL-04 (fiche onbereikbaarheid), DEF-08, AMB-04, SIG-02, POL-02.
#[test]
fn r11_brussels_family_vanished() {
    let o = outcome(
        "brussel",
        &[
            ("b-dit-jaar", N(20)),
            ("aanwezig", C("nee")),
            ("ouders-bereikbaar", C("nee-nagekeken")),
            ("gezin-vindbaar", C("nee")),
            ("ouders-houding", M(&["weet-niet"])),
            ("gedaan", M(&["contact-nagekeken"])),
        ],
    );
    advises(
        &o,
        &[
            "fiche-onbereikbaarheid",
            "fiche-verloop",
            "politie-niet-in-plaats",
            "kl-ouders-niet-bereikbaar",
            "aanmelden-clb",
        ],
    );
    lacks(&o, &["politie-gezin-vindbaar", "contact-nakijken", "politie-onwil"]);
    flags(&o, &["AMB-04", "AMB-09"]);
}

/// The same family in the province of Antwerp: no Brussels fiche; the sources give no procedure
/// (AMB-10), the spijbelactieplan follows after CLB consultation (SAP-01).
#[test]
fn r12_antwerp_family_vanished() {
    let o = outcome(
        "antwerpen",
        &[
            ("b-dit-jaar", N(20)),
            ("aanwezig", C("nee")),
            ("ouders-bereikbaar", C("nee-nagekeken")),
            ("gezin-vindbaar", C("nee")),
            ("ouders-houding", M(&["weet-niet"])),
            ("gedaan", M(&["contact-nagekeken"])),
        ],
    );
    lacks(&o, POLICE);
    advises(&o, &["aanmelden-clb", "sap-na-overleg", "kl-ouders-niet-bereikbaar"]);
    flags(&o, &["AMB-10", "AMB-04"]);
}

/// "Brussel, 7 B-codes, ouders nemen niet op, we hebben de gegevens nog niet nagekeken." DEF-08:
/// first verify the contact details; not yet a knipperlicht; no AMB-04.
#[test]
fn r13_brussels_parents_not_reached_details_unchecked() {
    let o = outcome(
        "brussel",
        &[("b-dit-jaar", N(7)), ("ouders-bereikbaar", C("nee")), ("ouders-houding", M(&["weet-niet"]))],
    );
    advises(&o, &["contact-nakijken", "ouders-onbereikbaar-stappen", "signaal-clb"]);
    lacks(&o, &["kl-ouders-niet-bereikbaar", "fiche-onbereikbaarheid"]);
    not_flagged(&o, &["AMB-04"]);
}

// ---------------------------------------------------------------- B-codes, Fase 3 and thresholds

/// "Brussel, 17 jaar, 60 B-codes, komt niet meer en is niet meer tot schoollopen te bewegen; het
/// CLB begeleidt." PH3-B-01, TRN-03, AMB-17, AMB-16 (AGODI "tot 17 jaar").
#[test]
fn r14_brussels_pupil_cannot_be_moved_to_attend() {
    let o = outcome(
        "brussel",
        &[
            ("leeftijd", N(17)),
            ("b-dit-jaar", N(60)),
            ("aanwezig", C("nee")),
            ("vooruitzicht", M(&["niet-bewegen"])),
            ("clb", C("aangemeld")),
        ],
    );
    assert_eq!(placements(&o), vec![at("b", Some(3))]);
    advises(&o, &["alternatieve-leerwegen-b", "agodi", "pa-commissie"]);
    lacks(&o, &["b-fase3-vooruit", "eigen-traject", "snel-fase2"]);
    flags(&o, &["AMB-17", "AMB-16", "AMB-06"]);
}

/// "Lager onderwijs, 10 jaar, 32 B-codes dit jaar en 31 vorig jaar." THR-06 with the outside rule
/// for primary education (schooltoeslag, per school year), AMB-07, AMB-19, PAC-01.
#[test]
fn r15_primary_thirty_b_two_years() {
    let o = outcome(
        "elders",
        &[("niveau", C("lager")), ("leeftijd", N(10)), ("b-dit-jaar", N(32)), ("b-vorig-jaar", N(31))],
    );
    advises(&o, &["schooltoeslag-basisonderwijs", "pa-commissie", "signaal-clb"]);
    lacks(&o, &["studietoelage"]);
    flags(&o, &["AMB-07", "AMB-19"]);
}

/// "30 B-codes dit jaar; hoeveel vorig jaar weten we niet." THR-06: look up last year's count;
/// whether 30 counts per year or over both years is unclear (AMB-07).
#[test]
fn r16_thirty_b_last_year_unknown() {
    let o = outcome("elders", &[("b-dit-jaar", N(30)), ("b-vorig-jaar", C("weet-niet"))]);
    advises(&o, &["b-vorig-jaar-nagaan"]);
    lacks(&o, &["studietoelage"]);
    flags(&o, &["AMB-07"]);
}

// ---------------------------------------------------------------- levels and enrolment

/// "Kleuter van 4 jaar met 6 halve dagen 'B' in de registratie." LEG-07 (kleuters are not yet
/// leerplichtig, A l.579), AMB-08; outside the documents a kleuter under 5 gets code A, not B, so
/// no signal duty is claimed; AMB-19.
#[test]
fn r17_kindergarten_pupil_of_four_with_b_codes() {
    let o = outcome("elders", &[("niveau", C("kleuter")), ("leeftijd", N(4)), ("b-dit-jaar", N(6))]);
    advises(&o, &["kleuter-a-code", "kleuterparticipatie"]);
    // Not leerplichtig: the legal duties of the B-code regulation are not claimed either.
    lacks(&o, &["signaal-clb", "begeleidende-maatregelen"]);
    flags(&o, &["AMB-08", "AMB-19"]);
    // A kleuter of 5 is leerplichtig (outside the documents): the signal duty holds.
    let five = outcome("elders", &[("niveau", C("kleuter")), ("leeftijd", N(5)), ("b-dit-jaar", N(8))]);
    advises(&five, &["signaal-clb", "begeleidende-maatregelen"]);
    lacks(&five, &["kleuter-a-code"]);
    flags(&five, &["AMB-08"]);
}

/// "Kleuter van 4, chronisch ziek (astma), steeds nieuwe attesten." PH1-ZD-01, PH1-ZD-02 (parents
/// can be informed, no duty for kleuters), AMB-08, AMB-12.
#[test]
fn r18_kindergarten_pupil_chronically_ill() {
    let o = outcome(
        "elders",
        &[
            ("niveau", C("kleuter")),
            ("leeftijd", N(4)),
            ("soort", M(&["ziekte"])),
            ("ziekte-aard", M(&["chronisch"])),
            ("attesten", M(&["chronisch"])),
        ],
    );
    assert_eq!(placements(&o), vec![at("ziekte", Some(1))]);
    advises(&o, &["z-kleuter", "z-clb-betrekken", "z-clb-arts", "z-fase2-vooruit"]);
    lacks(&o, &["z-onderwijs-info", "z-ouderbriefjes", "signaal-clb", "zorgoverleg", "abrusco"]);
    flags(&o, &["AMB-08", "AMB-12"]);
}

/// "Brussel, een Roma-kind van 10 dat in geen enkele school ingeschreven is." DEF-02, PRT-FOY-02,
/// AMB-08 (leerplicht ages not in the sources); no relative-verzuim advice; level and age are not
/// asked.
#[test]
fn r19_brussels_not_enrolled_roma_child() {
    let tree = decision_tree();
    let o = outcome("brussel", &[("ingeschreven", C("nee")), ("doelgroep", C("ja")), ("niveau", C("lager"))]);
    assert_eq!(placements(&o), vec![at("absoluut", None)]);
    advises(&o, &["foyer-absoluut"]);
    lacks(&o, &["signaal-clb", "reden-kennen", "eerste-gesprek", "foyer", "amb-absoluut"]);
    flags(&o, &["AMB-08"]);
    let mut facts = Facts::new();
    tree.set_answer(&mut facts, "regio", Some(answer(C("brussel")))).unwrap();
    tree.set_answer(&mut facts, "ingeschreven", Some(answer(C("nee")))).unwrap();
    let school = tree.questions.iter().find(|q| q.id == "school").unwrap();
    let asked: Vec<&str> = tree.shown_facts(&facts, school).iter().map(|f| f.id.as_str()).collect();
    assert!(!asked.contains(&"niveau") && !asked.contains(&"leeftijd"), "asked {asked:?}");
}

/// "Antwerpen, een jongen van 14 die nergens ingeschreven is." DEF-02, AMB-18 (no procedure),
/// AMB-08.
#[test]
fn r20_antwerp_not_enrolled() {
    let o = outcome("antwerpen", &[("ingeschreven", C("nee")), ("leeftijd", N(14))]);
    advises(&o, &["amb-absoluut", "amb-absoluut-leerplicht"]);
    lacks(&o, &["foyer-absoluut", "signaal-clb"]);
    flags(&o, &["AMB-18", "AMB-08"]);
}

/// "We weten niet of ze nog ingeschreven is" and "ze volgt huisonderwijs". DEF-02.
#[test]
fn r21_enrolment_unknown_and_home_education() {
    let unknown = outcome("elders", &[("ingeschreven", C("weet-niet")), ("b-dit-jaar", N(3))]);
    advises(&unknown, &["ingeschreven-nagaan"]);
    let home = outcome("brussel", &[("ingeschreven", C("huisonderwijs")), ("b-dit-jaar", N(8))]);
    advises(&home, &["huisonderwijs"]);
    lacks(&home, &["signaal-clb", "foyer-absoluut", "amb-absoluut", "amb-absoluut-leerplicht"]);
    assert!(placements(&home).is_empty());
}

// ---------------------------------------------------------------- illness

/// "Brussel, 16 jaar, nu opgenomen in het ziekenhuis, lange attesten, ontslagdatum onbekend, ouders
/// nog niet geïnformeerd over TOAH/Bednet." PH2-ZD-01, PH2-ZD-02, PH1-ZD-02 (a duty), AMB-12; no
/// police or AGODI for a pupil in hospital.
#[test]
fn r22_brussels_pupil_in_hospital() {
    let o = outcome(
        "brussel",
        &[
            ("leeftijd", N(16)),
            ("soort", M(&["ziekte"])),
            ("ziekte-aard", M(&["langdurig"])),
            ("attesten", M(&["lang"])),
            ("opname", C("nu")),
            ("aanwezig", C("nee")),
        ],
    );
    assert_eq!(placements(&o), vec![at("ziekte", Some(2))]);
    advises(
        &o,
        &["z-onderwijs-info", "z-clb-betrekken", "z-verbinding", "z-opname-setting", "z-ontslagdatum", "z-terugkeer"],
    );
    advises(&o, &["z-fase3-vooruit"]);
    lacks(&o, &["politie-gezin-vindbaar", "agodi", "fiche-onbereikbaarheid", "signaal-clb", "zorgoverleg"]);
    lacks(&o, &["eigen-traject", "abrusco"]);
    flags(&o, &["AMB-12"]);
}

/// "Chronisch ziek; we bespraken haar al op het zorgoverleg met het CLB; de ouders zijn
/// geïnformeerd." PH1-ZD-01 done, PH1-ZD-02 done; Fase 2 and 3 shown ahead.
#[test]
fn r23_chronic_illness_already_discussed_with_the_clb() {
    let o = outcome(
        "elders",
        &[
            ("soort", M(&["ziekte"])),
            ("ziekte-aard", M(&["chronisch"])),
            ("attesten", M(&["geen-vragen"])),
            ("gedaan", M(&["zorgoverleg"])),
            ("clb", C("gesignaleerd")),
            ("onderwijs-info", C("ja")),
        ],
    );
    done(&o, &["z-clb-betrekken", "z-onderwijs-info"]);
    advises(&o, &["z-onderwijs-recht", "z-clb-arts", "z-fase2-vooruit", "z-fase3-vooruit"]);
    lacks(&o, &["signaal-clb", "zorgoverleg", "sanctie-kan", "geen-sanctie-alleen"]);
}

/// "Ernstig ziek kind in het lager onderwijs, lange attesten." PH3-ZD-01 (POAH, not huisonderwijs),
/// AMB-12, AMB-19; the school's own trajectory is not the frame any more.
#[test]
fn r24_serious_illness_poah() {
    let o = outcome(
        "brussel",
        &[
            ("niveau", C("lager")),
            ("leeftijd", N(10)),
            ("soort", M(&["ziekte"])),
            ("ziekte-aard", M(&["ernstig"])),
            ("attesten", M(&["lang"])),
            ("onderwijs-info", C("weet-niet")),
        ],
    );
    assert_eq!(placements(&o), vec![at("ziekte", Some(3))]);
    advises(&o, &["z-poah", "z-geen-huisonderwijs", "z-onderwijs-info-nagaan", "z-onderwijs-info"]);
    lacks(&o, &["eigen-traject", "abrusco", "z-fase3-vooruit"]);
    flags(&o, &["AMB-12", "AMB-19"]);
}

/// "Korte losse ziektedagen met ouderbriefjes, die zich snel opstapelen, ook andere codes." THR-05,
/// SIG-02, LEG-02; what follows if it goes on: register with the CLB (REF-03, any code).
#[test]
fn r25_short_sick_days_piling_up() {
    let o = outcome(
        "elders",
        &[
            ("soort", M(&["ziekte"])),
            ("ziekte-aard", M(&["kort"])),
            ("patroon", M(&["snel", "andere-codes"])),
            ("attesten", M(&["geen-vragen"])),
        ],
    );
    assert_eq!(placements(&o), vec![at("ziekte", Some(1))]);
    advises(&o, &["z-kort", "kl-snelle-opstapeling", "andere-codes", "aanmelden-vooruit", "z-ouderbriefjes"]);
    lacks(&o, &["z-onderwijs-info", "z-fase2-vooruit", "aanmelden-clb"]);
    flags(&o, &["AMB-09"]);
}

/// "Steeds attesten van dezelfde dokter voor de maandag; we vermoeden misbruik." REF-09, SCH-04,
/// AMB-20; fixed days are also a school-refusal signal (PH1-SW-01, AMB-01).
#[test]
fn r26_suspected_misuse_of_certificates_on_mondays() {
    let o = outcome(
        "elders",
        &[
            ("soort", M(&["ziekte"])),
            ("ziekte-aard", M(&["kort"])),
            ("attesten", M(&["misbruik"])),
            ("patroon", M(&["vaste-dagen"])),
        ],
    );
    advises(&o, &["z-attest-twijfel"]);
    flags(&o, &["AMB-20", "AMB-01"]);
    lacks(&o, &["z-clb-arts"]);
}

// ---------------------------------------------------------------- school refusal

/// "12 jaar, buikpijn op school en wil naar huis, moeilijk terugkomen na het weekend, haakt af;
/// met haar besproken, niet met de ouders; geen attesten." PH1-SW-01; no B-code duties; the CLB-arts
/// step is for certificates (A l.629), so not here.
#[test]
fn r27_school_refusal_early_signals() {
    let o = outcome(
        "elders",
        &[
            ("leeftijd", N(12)),
            ("soort", M(&["angst"])),
            ("sw-signalen", M(&["moeite-terugkomen", "fysiek", "sociaal"])),
            ("sw-besproken", M(&["jongere"])),
        ],
    );
    assert_eq!(placements(&o), vec![at("sw", Some(1))]);
    advises(&o, &["sw-snel", "sw-spilfiguur", "sw-bespreken-ouders", "sw-afspraken", "sw-fase2-vooruit"]);
    done(&o, &["sw-bespreken-jongere"]);
    lacks(&o, &["sw-clb-arts", "signaal-clb", "zorgoverleg", "geen-sanctie-alleen", "sanctie-kan"]);
    lacks(&o, POLICE);
}

/// "Antwerpen, 15 jaar, al weken thuis uit angst, zware psychiatrische component, CLB begeleidt."
/// PH2-SW-01, PH3-SW-01, TRN-03, AMB-17, AMB-12; police is no route, and outside Brussels the
/// sources do not say when it is (AMB-10).
#[test]
fn r28_antwerp_school_refusal_psychiatric() {
    let o = outcome(
        "antwerpen",
        &[
            ("soort", M(&["angst"])),
            ("aanwezig", C("nee")),
            ("vooruitzicht", M(&["psychisch"])),
            ("clb", C("aangemeld")),
            ("sw-signalen", M(&["groeiend"])),
        ],
    );
    assert_eq!(placements(&o), vec![at("sw", Some(3))]);
    advises(&o, &["sw-alternatief", "sw-alternatief-afwegen", "sw-zorg-delen", "sw-toah", "sw-geen-politie"]);
    done(&o, &["sw-aanmelden"]);
    lacks(&o, &["sw-fase3-vooruit", "eigen-traject", "sap-antwerpen"]);
    flags(&o, &["AMB-17", "AMB-12", "AMB-10"]);
}

/// "Brussel, terug na een opname op de K-dienst wegens angst; terugkeer in zicht." PH2-ZD-02,
/// PH2-SW-02, AMB-01: both tracks in Fase 2 (care shared with the setting).
#[test]
fn r29_back_from_k_dienst_with_anxiety() {
    let o = outcome(
        "brussel",
        &[
            ("soort", M(&["angst"])),
            ("opname", C("vroeger")),
            ("sw-signalen", M(&["gedrag"])),
            ("vooruitzicht", M(&["terugkeer"])),
        ],
    );
    assert_eq!(placements(&o), vec![at("ziekte", Some(2)), at("sw", Some(2))]);
    advises(
        &o,
        &["mix-opname-angst", "z-terugkeer", "sw-terugkeer-beslissing", "sw-terugkeer-erbij-horen", "sw-zorg-delen"],
    );
    advises(&o, &["sw-fase3-vooruit"]);
    lacks(&o, &["sw-fase2-vooruit", "eigen-traject"]);
    flags(&o, &["AMB-01", "AMB-12"]);
}

/// "Brussel, angst, weigert elke begeleiding." REF-03, REF-06, AMB-11, POL-01 (a pupil's refusal is
/// no police ground).
#[test]
fn r30_brussels_school_refusal_refusing_guidance() {
    let o = outcome(
        "brussel",
        &[("soort", M(&["angst"])), ("sw-signalen", M(&["blokkades"])), ("weigert-begeleiding", C("ja"))],
    );
    assert_eq!(placements(&o), vec![at("sw", Some(2))]);
    advises(&o, &["aanmelden-clb", "verplichte-begeleiding", "sw-geen-politie", "politie-leerling-weigert"]);
    lacks(&o, &["politie-onwil", "fiche-onbereikbaarheid", "signaal-clb"]);
    flags(&o, &["AMB-11"]);
}

// ---------------------------------------------------------------- mixed cases

/// "Brussel, 8 B-codes, steeds nieuwe attesten waar we aan twijfelen, buikpijn en moeite na het
/// weekend, afwezig op vaste dagen." AMB-01 (no rule for mixed cases), THR-01, REF-09, AMB-20,
/// PH1-SW-01, PH1-ZD-02.
#[test]
fn r31_b_codes_certificates_and_anxiety() {
    let o = outcome(
        "brussel",
        &[
            ("b-dit-jaar", N(8)),
            ("soort", M(&["ongewettigd", "ziekte", "angst"])),
            ("attesten", M(&["chronisch", "twijfel"])),
            ("ziekte-aard", M(&["chronisch"])),
            ("sw-signalen", M(&["fysiek", "moeite-terugkomen"])),
            ("patroon", M(&["vaste-dagen"])),
        ],
    );
    assert_eq!(placements(&o), vec![at("b", Some(1)), at("ziekte", Some(1)), at("sw", Some(1))]);
    advises(
        &o,
        &[
            "signaal-clb",
            "z-attest-twijfel",
            "z-onderwijs-info",
            "sw-snel",
            "sw-clb-arts",
            "mix-b-angst",
            "zorgoverleg",
        ],
    );
    done(&o, &["mix-vaste-dagen"]);
    flags(&o, &["AMB-01", "AMB-20", "AMB-12"]);
}

/// "Brussel, 22 B-codes en angst, komt niet meer, het CLB begeleidt." AMB-01, PH2-B-01, PH2-SW-01,
/// PH2-SW-02; Fase 3 of both tracks shown ahead.
#[test]
fn r32_b_codes_and_anxiety_no_longer_coming() {
    let o = outcome(
        "brussel",
        &[
            ("b-dit-jaar", N(22)),
            ("soort", M(&["ongewettigd", "angst"])),
            ("sw-signalen", M(&["te-laat", "sociaal"])),
            ("aanwezig", C("nee")),
            ("clb", C("aangemeld")),
        ],
    );
    assert_eq!(placements(&o), vec![at("b", Some(2)), at("sw", Some(2))]);
    advises(&o, &["fase2-pistes", "sw-zorg-delen", "sw-toah", "mix-b-angst", "b-fase3-vooruit", "sw-fase3-vooruit"]);
    flags(&o, &["AMB-01", "AMB-12"]);
}

// ---------------------------------------------------------------- CLB, school change, partners

/// "Het CLB sloot zijn begeleiding af, het traject werkt, 9 B-codes." CLB-02, CLB-03.
#[test]
fn r33_clb_closed_its_guidance() {
    let o = outcome("elders", &[("b-dit-jaar", N(9)), ("clb", C("afgesloten")), ("traject", C("werkt"))]);
    advises(&o, &["terugval-afspraken", "eigen-traject"]);
    done(&o, &["signaal-clb", "zorgoverleg"]);
    lacks(&o, &["aanmelden-clb", "clb-werkwijze"]);
}

/// "Brussel, 14 B-codes, het CLB begeleidt, hij vertrekt naar een andere school." CLB-04; already
/// registered, so no "do not register for the count alone".
#[test]
fn r34_brussels_pupil_leaving_for_another_school() {
    let o = outcome("brussel", &[("b-dit-jaar", N(14)), ("schoolwissel", C("vertrekt")), ("clb", C("aangemeld"))]);
    advises(&o, &["schoolwissel-vertrekt", "clb-werkwijze", "fase2-pistes"]);
    lacks(&o, &["brussel-aantal", "schoolwissel-aangekomen", "aanmelden-clb"]);
}

/// "Antwerpen, in oktober van een andere school gekomen met 20 B-codes, vroeger ook al
/// afwezigheden." PH0-02 (warm handover), SIG-01/02, THR-01.
#[test]
fn r35_antwerp_pupil_arrived_from_another_school() {
    let o = outcome(
        "antwerpen",
        &[("b-dit-jaar", N(20)), ("schoolwissel", C("aangekomen")), ("problemen", M(&["verleden"]))],
    );
    advises(&o, &["schoolwissel-aangekomen", "kl-verleden", "prioritering", "signaal-clb"]);
    lacks(&o, &["schoolwissel-vertrekt"]);
    flags(&o, &["AMB-09"]);
}

/// "Brussel, 16 jaar, schoolmoe, 12 B-codes, CLB begeleidt; de jongerencoach vroeg de aanmelding
/// bij KANS." PRT-KANS-01, -04, -05, AMB-14.
#[test]
fn r36_brussels_kans_asked_by_a_youth_coach() {
    let o = outcome(
        "brussel",
        &[
            ("leeftijd", N(16)),
            ("b-dit-jaar", N(12)),
            ("problemen", M(&["schoolmoe"])),
            ("clb", C("aangemeld")),
            ("kans-aanvraag", C("ja")),
        ],
    );
    advises(&o, &["kans", "kans-afstemming"]);
    lacks(&o, &["kans-intake", "brussel-aantal"]);
    flags(&o, &["AMB-14"]);
}

/// "Brussel, Roma-gezin, lager onderwijs, 8 B-codes." PRT-FOY-03, THR-01, AMB-19.
#[test]
fn r37_brussels_roma_family_primary() {
    let o =
        outcome("brussel", &[("niveau", C("lager")), ("leeftijd", N(8)), ("b-dit-jaar", N(8)), ("doelgroep", C("ja"))]);
    advises(&o, &["foyer", "signaal-clb"]);
    lacks(&o, &["foyer-absoluut", "foyer-doelgroep-nagaan"]);
    flags(&o, &["AMB-19"]);
}

/// "Antwerpen, 11 jaar, 4 B-codes, zorgen over de thuissituatie (verontrusting)." OCJ-01 (the CLB,
/// not the school), AMB-13, SIG-02, THR-02.
#[test]
fn r38_antwerp_verontrusting() {
    let o = outcome(
        "antwerpen",
        &[
            ("niveau", C("lager")),
            ("leeftijd", N(11)),
            ("b-dit-jaar", N(4)),
            ("verontrusting", C("ja")),
            ("problemen", M(&["andere-moeilijkheden"])),
        ],
    );
    advises(&o, &["ocj", "kl-andere-moeilijkheden", "signaal-vroeger"]);
    lacks(&o, &["signaal-clb"]);
    flags(&o, &["AMB-13", "AMB-09"]);
}

// ---------------------------------------------------------------- much unknown

/// "We weten eigenlijk niet waarom hij wegblijft, en ook niet hoeveel B-codes, hoe het traject
/// loopt of of het CLB al betrokken is." LEG-02 (vraagverheldering), TRN-01, AMB-17, AMB-02,
/// AMB-13; every unknown becomes a step to find out; what follows if it goes on (REF-03).
#[test]
fn r39_almost_everything_unknown() {
    let o = outcome(
        "elders",
        &[
            ("soort", M(&["onbekend"])),
            ("b-dit-jaar", C("weet-niet")),
            ("b-vorig-jaar", C("weet-niet")),
            ("patroon", M(&["weet-niet"])),
            ("aanwezig", C("weet-niet")),
            ("weigert-begeleiding", C("weet-niet")),
            ("problemen", M(&["weet-niet"])),
            ("schoolwissel", C("weet-niet")),
            ("ouders-bereikbaar", C("weet-niet")),
            ("ouders-houding", M(&["weet-niet"])),
            ("gezin-vindbaar", C("weet-niet")),
            ("traject", C("weet-niet")),
            ("clb", C("weet-niet")),
            ("verontrusting", C("weet-niet")),
            ("leeftijd", C("weet-niet")),
        ],
    );
    assert_eq!(placements(&o), vec![at("onbekend", Some(1))]);
    advises(
        &o,
        &[
            "vraagverheldering",
            "b-tellen",
            "patroon-nagaan",
            "problemen-nagaan",
            "contact-nakijken",
            "traject-nagaan",
            "weigering-nagaan",
            "aanwezig-nagaan",
            "clb-nagaan",
            "schoolwissel-nagaan",
            "aanmelden-vooruit",
        ],
    );
    lacks(&o, &["signaal-clb", "aanmelden-clb", "sanctie-kan"]);
    flags(&o, &["AMB-17", "AMB-02", "AMB-13"]);
}
