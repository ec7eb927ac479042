//! Property tests of reading a register export: arbitrary bytes and arbitrary rows never make
//! it panic, every row is either read or named as an error, and a row of the file is never
//! counted twice. Bounded: a fixed number of cases per property.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use verzuimwijzer::domain::register::codes::CodeMap;
use verzuimwijzer::domain::register::columns::recognise;
use verzuimwijzer::domain::register::csv::{decode, parse};
use verzuimwijzer::domain::register::monitor::Register;
use verzuimwijzer::domain::register::read::read_half_days;

const HEADER: &str = "Stamboeknummer;Klas;Datum;VM/NM;Code";

proptest! {
    // A fixed seed: the same cases on every run, so CI never depends on chance.
    #![proptest_config(ProptestConfig { cases: 256, rng_seed: proptest::test_runner::RngSeed::Fixed(2026), ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_decode_and_split_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let table = parse(&decode(&bytes));
        prop_assert!(table.rows.iter().all(|row| row.line >= 1));
    }

    #[test]
    fn every_row_is_read_or_named_and_adding_it_twice_adds_nothing(
        rows in proptest::collection::vec(("[0-9]{1,3}", "[0-3]?[0-9]/[01]?[0-9]/20[0-9]{2}", "VM|NM|x", "B|Z|L|-|Q|B01|"), 1..60)
    ) {
        let text: String = std::iter::once(HEADER.to_string())
            .chain(rows.iter().map(|(pupil, date, half, code)| format!("{pupil};3B;{date};{half};{code}")))
            .collect::<Vec<_>>()
            .join("\n");
        let table = parse(&text);
        let columns: Vec<_> = table.rows[0].cells.iter().map(|c| recognise(c)).collect();
        let reading = read_half_days(&table, &columns, false, &CodeMap::default()).unwrap();
        prop_assert_eq!(reading.half_days.len() + reading.errors.len(), rows.len());
        let mut register = Register::default();
        let first = register.add(reading.half_days.clone());
        let again = register.add(reading.half_days.clone());
        prop_assert_eq!(again.new, 0);
        prop_assert_eq!(again.unchanged + again.recoded, reading.half_days.len());
        prop_assert_eq!(register.len(), first.new);
    }
}
