//! The self-scan content (`src/content/zelfscan.json`) against its source, document 000.
//! Counts are taken from the document itself, not from the data file.

use std::collections::HashSet;

use verzuimwijzer::domain::self_scan::{TrackKind, self_scan_content};

const DOCUMENT: &str = include_str!("seeds/000_a9a61bec76c6d73d.txt");

/// The document without `[bookmark: …]` markers.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("[bookmark: ") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find(']').expect("bookmarks close");
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

/// The body: from the second "Fase 0: Brede Basiszorg" (the first is the table of contents)
/// to the overview table.
fn body() -> String {
    let document = clean(DOCUMENT);
    let start = document.match_indices("Fase 0: Brede Basiszorg").nth(1).unwrap().0;
    let end = document.find("Overzicht doelstellingen per fase").unwrap();
    document[start..end].to_string()
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn has_the_four_phases_of_the_care_continuum_in_order() {
    let titles: Vec<_> = self_scan_content().phases.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Fase 0: Brede Basiszorg",
            "Fase 1: Verhoogde zorg",
            "Fase 2: Uitbreiding van zorg",
            "Fase 3: Individueel aangepast curriculum"
        ]
    );
}

#[test]
fn phases_one_to_three_have_the_three_tracks() {
    let content = self_scan_content();
    assert!(content.phases[0].tracks.iter().all(|t| t.kind == TrackKind::General));
    for phase in &content.phases[1..] {
        let kinds: HashSet<_> = phase.tracks.iter().map(|t| t.kind).collect();
        for kind in [TrackKind::BCodes, TrackKind::ZdCodes, TrackKind::SchoolRefusal] {
            assert!(kinds.contains(&kind), "{} lacks {kind:?}", phase.title);
        }
        for track in phase.tracks.iter().filter(|t| t.kind != TrackKind::General) {
            let title = track.title.as_deref().expect("a track has its heading");
            assert!(body().contains(title), "track heading {title:?} is not in the document");
        }
    }
}

#[test]
fn every_scored_block_of_the_document_is_there() {
    let in_document = body().matches("Schaal je school in voor deze doelstelling").count();
    assert_eq!(in_document, 26);
    assert_eq!(self_scan_content().blocks().count(), in_document);
}

#[test]
fn objectives_with_two_blocks_keep_both_titles() {
    let content = self_scan_content();
    let titled: Vec<Vec<&str>> = content
        .objectives()
        .filter(|(_, _, o)| o.blocks.len() > 1)
        .map(|(_, _, o)| o.blocks.iter().map(|b| b.title.as_deref().unwrap()).collect())
        .collect();
    assert_eq!(
        titled,
        [
            vec!["Verbindend schoolklimaat", "Kleuterparticipatie"],
            vec!["Terugkerende leerlingen (vanaf 1 dag afwezigheid)", "Monitoring data afwezigheden op schoolniveau"],
        ]
    );
}

#[test]
fn every_text_is_verbatim_from_the_document() {
    let body = normalise(&body());
    let content = self_scan_content();
    for (_, track, objective) in content.objectives() {
        assert!(body.contains(&normalise(&objective.title)), "objective {:?}", objective.title);
        for passage in &track.passages {
            let text = normalise(passage.trim_start_matches("· "));
            assert!(body.contains(&text), "passage {passage:?}");
        }
        for block in &objective.blocks {
            for text in block.intro.iter().chain(&block.questions) {
                let text = normalise(text.trim_start_matches("· "));
                assert!(body.contains(&text), "not verbatim in document 000: {text:?}");
            }
        }
    }
}

#[test]
fn every_reflection_question_of_the_document_is_in_the_app() {
    let content = self_scan_content();
    let questions: Vec<String> = content.blocks().flat_map(|block| &block.questions).map(|q| normalise(q)).collect();
    let titles: HashSet<String> = content.objectives().map(|(_, _, objective)| normalise(&objective.title)).collect();
    let intro_items: HashSet<String> = content
        .blocks()
        .flat_map(|block| &block.intro)
        .filter_map(|text| text.strip_prefix("· "))
        .map(normalise)
        .collect();

    // In the body, reflection questions are the bullets indented with a tab; two lost their
    // tab in the extraction.
    let body = body();
    let indented: Vec<String> = body
        .lines()
        .filter_map(|line| line.strip_prefix("\t· "))
        .map(normalise)
        .filter(|line| !line.is_empty())
        .collect();
    assert_eq!(indented.len(), 105);
    for question in &indented {
        assert!(questions.contains(question), "missing from the app: {question:?}");
    }
    const UNINDENTED_QUESTIONS: [&str; 2] = [
        "Sensibiliseert de school de ouders voldoende over het belang van aanwezigheid op school? Op welke manier geven ze dit vorm?",
        "Hoe is de school betrokken bij het traject met de leerling?",
    ];
    for question in UNINDENTED_QUESTIONS {
        assert!(questions.contains(&question.to_string()), "missing from the app: {question:?}");
    }
    // Every other bullet is an objective's title (24) or a list in a reading text (the four
    // prioritisation suggestions).
    let other_bullets: Vec<String> = body
        .lines()
        .filter_map(|line| line.strip_prefix("· "))
        .map(normalise)
        .filter(|line| !UNINDENTED_QUESTIONS.contains(&line.as_str()))
        .collect();
    assert_eq!(other_bullets.len(), 28);
    for bullet in &other_bullets {
        assert!(titles.contains(bullet) || intro_items.contains(bullet), "not in the app: {bullet:?}");
    }
    assert_eq!(titles.len(), 20, "24 objective titles in 20 distinct wordings");
    // Nothing more in the app than in the document.
    assert_eq!(questions.len(), indented.len() + UNINDENTED_QUESTIONS.len());
    assert_eq!(content.objectives().count(), 24);
}

#[test]
fn ids_are_unique_and_every_block_has_questions() {
    let content = self_scan_content();
    let mut ids = HashSet::new();
    for (phase, track, objective) in content.objectives() {
        assert!(ids.insert(objective.id.clone()) || objective.blocks.iter().any(|b| b.id == objective.id));
        assert!(objective.id.starts_with(&phase.id), "{} in {}", objective.id, phase.id);
        let _ = track;
    }
    let block_ids: HashSet<_> = content.blocks().map(|b| b.id.as_str()).collect();
    assert_eq!(block_ids.len(), content.blocks().count(), "block ids are unique");
}

#[test]
fn samples_read_exactly_as_in_the_document() {
    let content = self_scan_content();
    let first = &content.phases[0].tracks[0].objectives[0];
    assert_eq!(
        first.title,
        "De school zet zich in om een verbindend schoolklimaat te realiseren voor leerlingen, ouders en schoolpersoneel"
    );
    assert_eq!(
        first.blocks[0].questions[0],
        "Gebruikt de school één of meerdere van volgende methodieken: proactieve cirkel, nieuwe autoriteit, geweldloos verzet, ...?"
    );
    assert!(content.blocks().any(|b| {
        b.questions.iter().any(|q| q == "Heeft de school een pestbeleid en onderneemt ze actie bij eerste signalen?")
    }));
}
