//! How many pages a printed document fills when some of its parts are kept together, as the
//! print style asks (`break-inside: avoid`): pure arithmetic on measured heights, so that the
//! print views can say "Ongeveer 4 A4-pagina's" before printing.

/// The pages that a document of height `total` fills on pages of height `page`, when each of
/// `parts` (top and height, in the document's order, nested parts included) starts a new page
/// rather than be split, unless it is taller than a page or already starts one.
pub fn pages(parts: &[(f64, f64)], total: f64, page: f64) -> u32 {
    if page <= 0.0 {
        return 1;
    }
    // Blank space that moving parts to the next page added so far.
    let mut pushed = 0.0;
    let mut page_end = page;
    // The end of the last part placed: a part inside it moved along with it.
    let mut placed_until = f64::NEG_INFINITY;
    for &(top, height) in parts {
        if top < placed_until {
            continue;
        }
        let mut start = top + pushed;
        while start >= page_end {
            page_end += page;
        }
        let at_page_start = start <= page_end - page + 0.5;
        if start + height > page_end && height <= page && !at_page_start {
            pushed += page_end - start;
            start = page_end;
            page_end += page;
        }
        placed_until = top + height;
        while start + height > page_end {
            page_end += page;
        }
    }
    (((total + pushed) / page).ceil() as u32).max(1)
}

#[cfg(test)]
mod tests {
    use super::pages;

    #[test]
    fn a_document_without_parts_kept_together_fills_its_height_in_pages() {
        assert_eq!(pages(&[], 250.0, 100.0), 3);
        assert_eq!(pages(&[], 0.0, 100.0), 1);
    }

    #[test]
    fn a_part_that_does_not_fit_moves_to_the_next_page() {
        // 0–60 fits; 60–120 would cross the end of page 1, so it starts page 2 (100–160);
        // 120–170 then sits at 160–210 and crosses page 2's end: page 3.
        assert_eq!(pages(&[(0.0, 60.0), (60.0, 60.0), (120.0, 50.0)], 170.0, 100.0), 3);
        // Without keeping them together, 170 fits on two pages.
        assert_eq!(pages(&[], 170.0, 100.0), 2);
    }

    #[test]
    fn a_part_taller_than_a_page_is_split_and_nested_parts_move_with_their_parent() {
        assert_eq!(pages(&[(0.0, 250.0)], 250.0, 100.0), 3);
        // The inner part (50–90) lies within the outer one, which moved to page 2.
        assert_eq!(pages(&[(30.0, 20.0), (50.0, 80.0), (60.0, 10.0)], 130.0, 100.0), 2);
    }
}
