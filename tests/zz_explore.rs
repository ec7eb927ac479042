use verzuimwijzer::domain::decision_tree::{Answer, Facts, decision_tree};

fn parse(spec: &str) -> Facts {
    let mut f = Facts::new();
    for part in spec.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap();
        let tree = decision_tree();
        let fact = tree.fact(k).unwrap_or_else(|| panic!("fact {k}"));
        let a = match fact.kind {
            verzuimwijzer::domain::decision_tree::FactKind::Number => v.parse().map(Answer::Number).unwrap_or(Answer::Choice(v.into())),
            verzuimwijzer::domain::decision_tree::FactKind::Choice => Answer::Choice(v.into()),
            verzuimwijzer::domain::decision_tree::FactKind::Multi => Answer::Multi(v.split(',').filter(|s| !s.is_empty()).map(String::from).collect()),
        };
        f.insert(k.into(), a);
    }
    f
}

#[test]
fn explore() {
    let tree = decision_tree();
    let spec = std::env::var("FACTS").unwrap_or_default();
    let facts = parse(&spec);
    let o = tree.outcome(&facts);
    for p in &o.placements {
        println!("PLACEMENT {} {:?}", p.track, p.phase);
    }
    for a in &o.items {
        println!("{:14} {} {}", format!("{:?}", a.item.section), if a.done { "DONE" } else { "    " }, a.item.id);
    }
    println!("next question: {:?}", tree.next_question(&facts).map(|q| &q.id));
    for q in &tree.questions {
        let shown: Vec<_> = tree.shown_facts(&facts, q).iter().map(|f| f.id.clone()).collect();
        println!("  {} -> {:?}", q.id, shown);
    }
}

/// Walks the wizard answering with FACTS where given and the first option otherwise.
#[test]
fn walk() {
    let tree = decision_tree();
    let given = parse(&std::env::var("FACTS").unwrap_or_default());
    let mut facts = Facts::new();
    let mut steps = 0;
    while let Some(q) = tree.next_question(&facts) {
        steps += 1;
        let mut asked = vec![];
        for f in tree.shown_facts(&facts, q) {
            if facts.contains_key(&f.id) { continue; }
            let a = given.get(&f.id).cloned().unwrap_or_else(|| match f.kind {
                verzuimwijzer::domain::decision_tree::FactKind::Number => Answer::Number(0),
                verzuimwijzer::domain::decision_tree::FactKind::Choice => Answer::Choice(f.options[0].id.clone()),
                verzuimwijzer::domain::decision_tree::FactKind::Multi => Answer::Multi(vec![]),
            });
            asked.push(format!("{}={:?}", f.id, a));
            facts.insert(f.id.clone(), a);
        }
        println!("STEP {} {}: {}", steps, q.id, asked.join(", "));
        if steps > 20 { break; }
    }
}
