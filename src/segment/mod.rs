//! Sentence segmentation: cut a document's text into sentences with byte spans.
//!
//! Claims live in sentences, so every later stage depends on the cuts being
//! right: a false cut after "U.S." splits one claim in two, a missed cut glues
//! two claims together.
//!
//! The work has two passes. `layout` reads the line structure of the whole
//! document (one paragraph per line, blank-line paragraphs, or hard-wrapped
//! lines) and cuts it into blocks that no sentence crosses, numbering the
//! paragraphs. A line break ends a sentence unless the next line carries on
//! in lower case or the document is hard-wrapped and the line was full, so a
//! headline, subhead or dateline without final punctuation stands alone.
//! `rules` then finds the sentence ends
//! inside each block from punctuation, with the word classes of `words`
//! settling the ambiguous periods after abbreviations. Both passes are single
//! scans, so the time is linear in the text.
//!
//! These are our own rules, not the `sentencex` crate. We tried it: it
//! scores 43 of the 48 pySBD golden rules, but on news copy it splits after
//! "Ms.", keeps `no." 2024` together, glues a subhead without punctuation to
//! the sentence on the next line, and its input chunking only knows blank-line
//! paragraphs. Fixing that meant re-merging and re-cutting its output with a
//! second set of rules that would fight the first, and rebuilding byte spans
//! and paragraph numbers it does not keep; one set of rules that sees the line
//! structure is smaller and easier to reason about.

mod layout;
mod rules;
mod words;

use crate::model::Sentence;

/// Split `text` into sentences. Spans are byte offsets into `text`, trimmed of
/// surrounding whitespace; paragraphs are counted from 0.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut tokens = Vec::new();
    for block in layout::blocks(text) {
        rules::sentences(text, &block, &mut tokens, &mut out);
    }
    out
}

/// Does a line open a list item ("- more buses", "• Wash it", "2) Lock the
/// shed")? Plain text keeps its markers; later stages ask this of a
/// sentence's text.
pub fn starts_list_item(line: &str) -> bool {
    rules::starts_item(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SentenceRole;
    use proptest::prelude::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| s.span.slice(text)).collect()
    }

    fn paragraphs(text: &str) -> Vec<usize> {
        split(text).iter().map(|s| s.paragraph as usize).collect()
    }

    #[test]
    fn plain_sentences_split_at_terminal_punctuation() {
        assert_eq!(
            texts("The bridge reopened. Was it safe? Engineers said yes!"),
            vec![
                "The bridge reopened.",
                "Was it safe?",
                "Engineers said yes!"
            ]
        );
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        let text = "Ms. Ortega met Dr. Lane and Gen. Petrov. Then Harriet B. Okafor arrived.";
        assert_eq!(
            texts(text),
            vec![
                "Ms. Ortega met Dr. Lane and Gen. Petrov.",
                "Then Harriet B. Okafor arrived."
            ]
        );
        assert_eq!(
            texts("Sen. Ruiz and Rep. Hale spoke. Gov. Amos and Prof. Wu did not."),
            vec![
                "Sen. Ruiz and Rep. Hale spoke.",
                "Gov. Amos and Prof. Wu did not."
            ]
        );
    }

    #[test]
    fn country_abbreviations_end_a_sentence_only_before_an_opener() {
        assert_eq!(
            texts(
                "U.S. officials flew in. The U.S. Treasury agreed. Aid came from the U.S. It was late."
            ),
            vec![
                "U.S. officials flew in.",
                "The U.S. Treasury agreed.",
                "Aid came from the U.S.",
                "It was late."
            ]
        );
        assert_eq!(
            texts("Talks on U.S.–Russia trade stalled. Nobody moved."),
            vec!["Talks on U.S.–Russia trade stalled.", "Nobody moved."]
        );
    }

    #[test]
    fn dates_times_and_numbers_keep_their_periods() {
        let text = "Vela Co. raised $2.5 million on Feb. 3 at 9 a.m. local time. It was No. 4 in Jan. Shares rose 1.5%.";
        assert_eq!(
            texts(text),
            vec![
                "Vela Co. raised $2.5 million on Feb. 3 at 9 a.m. local time.",
                "It was No. 4 in Jan.",
                "Shares rose 1.5%."
            ]
        );
        assert_eq!(
            texts("The vote ended at 4 p.m. Organisers left. By 6 p.m. Mr. Diaz had gone."),
            vec![
                "The vote ended at 4 p.m.",
                "Organisers left.",
                "By 6 p.m. Mr. Diaz had gone."
            ]
        );
        // "No." numbers only what can be numbered.
        assert_eq!(
            texts(
                "It won 511,288 votes for No. Turnout was 61.4 percent. It was vol. II of the set."
            ),
            vec![
                "It won 511,288 votes for No.",
                "Turnout was 61.4 percent.",
                "It was vol. II of the set."
            ]
        );
    }

    #[test]
    fn street_ends_a_sentence_where_saint_does_not() {
        assert_eq!(
            texts("Crowds filled Baker St. The march ended at St. Anne's Church."),
            vec![
                "Crowds filled Baker St.",
                "The march ended at St. Anne's Church."
            ]
        );
    }

    #[test]
    fn a_quoted_question_before_its_speaker_is_one_sentence() {
        assert_eq!(
            texts(
                "“Who pays?” Mayor Greta Lind asked. “Not us!” Unions replied. “Why?” Nobody knew."
            ),
            vec![
                "“Who pays?” Mayor Greta Lind asked.",
                "“Not us!” Unions replied.",
                "“Why?”",
                "Nobody knew."
            ]
        );
        // A manner of speaking is a reporting verb too.
        assert_eq!(
            texts(
                "“This is the day Kaldessa found its voice!” Okoro roared as the crowd went wild."
            ),
            vec![
                "“This is the day Kaldessa found its voice!” Okoro roared as the crowd went wild."
            ]
        );
    }

    #[test]
    fn sentences_glued_without_a_space_are_cut() {
        assert_eq!(
            texts(
                "The dam held.Engineers cheered.Dr.Lowe ran 1,000 tests.Mail desk.editor@news.example.org now."
            ),
            vec![
                "The dam held.",
                "Engineers cheered.",
                "Dr.Lowe ran 1,000 tests.",
                "Mail desk.editor@news.example.org now."
            ]
        );
    }

    #[test]
    fn latin_abbreviations_never_end_a_sentence() {
        assert_eq!(
            texts("Some ports, e.g. Rotterdam, i.e. the largest, stayed open. Others shut."),
            vec![
                "Some ports, e.g. Rotterdam, i.e. the largest, stayed open.",
                "Others shut."
            ]
        );
    }

    #[test]
    fn quotes_and_brackets_close_the_sentence_they_end() {
        assert_eq!(
            texts("He said, “We are done.” She nodded. “Why?” he asked."),
            vec!["He said, “We are done.”", "She nodded.", "“Why?” he asked."]
        );
        assert_eq!(
            texts("She answered \"no.\" 2024 was hard. (The mill closed.) Work stopped."),
            vec![
                "She answered \"no.\"",
                "2024 was hard.",
                "(The mill closed.)",
                "Work stopped."
            ]
        );
        assert_eq!(
            texts("He wrote 'It is over.' she recalled. It was 'finished?' Maybe."),
            vec![
                "He wrote 'It is over.' she recalled.",
                "It was 'finished?'",
                "Maybe."
            ]
        );
    }

    #[test]
    fn a_detached_opening_quote_starts_the_next_sentence() {
        assert_eq!(
            texts("The mayor spoke. “ Roads come first, ” she said."),
            vec!["The mayor spoke.", "“ Roads come first, ” she said."]
        );
    }

    #[test]
    fn ellipses_end_a_sentence_only_before_a_capital() {
        assert_eq!(
            texts("We waited... and waited... Nothing came. He hesitated . . . then spoke."),
            vec![
                "We waited... and waited...",
                "Nothing came.",
                "He hesitated . . . then spoke."
            ]
        );
    }

    #[test]
    fn urls_and_emails_stay_whole() {
        let text = "Write to desk.editor@paper.example.org. Or see https://paper.example.org/a.b/c.html today.";
        assert_eq!(
            texts(text),
            vec![
                "Write to desk.editor@paper.example.org.",
                "Or see https://paper.example.org/a.b/c.html today."
            ]
        );
    }

    #[test]
    fn headline_subhead_and_dateline_lines_end_at_the_newline() {
        let text = "Harbour Plan Wins Vote\nKESTON, March 4 —\nThe council backed the plan. Work starts soon.\nWhat Comes Next\nBuilders arrive in May.";
        assert_eq!(
            texts(text),
            vec![
                "Harbour Plan Wins Vote",
                "KESTON, March 4 —",
                "The council backed the plan.",
                "Work starts soon.",
                "What Comes Next",
                "Builders arrive in May."
            ]
        );
        assert_eq!(paragraphs(text), vec![0, 1, 2, 2, 3, 4]);
    }

    #[test]
    fn lists_split_into_items() {
        assert_eq!(
            texts("Demands:\n- more buses\n- later trains\n1. Fund the depot\n2. Hire drivers"),
            vec![
                "Demands:",
                "- more buses",
                "- later trains",
                "1. Fund the depot",
                "2. Hire drivers"
            ]
        );
        assert_eq!(
            texts("1) Close the gate 2) Lock the shed 3) Feed the dog"),
            vec!["1) Close the gate", "2) Lock the shed", "3) Feed the dog"]
        );
        assert_eq!(
            texts("a. Check the tyres. b. Check the oil. • Wash it • Park it"),
            vec![
                "a. Check the tyres.",
                "b. Check the oil.",
                "• Wash it",
                "• Park it"
            ]
        );
        // Numbers in running text are not list markers.
        assert_eq!(
            texts("He ranked 1) cost and 2) speed."),
            vec!["He ranked 1) cost and 2) speed."]
        );
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let text = "\n\nFirst one. Second one.\n\n\nThird one.\nFourth one.\n";
        assert_eq!(
            texts(text),
            vec!["First one.", "Second one.", "Third one.", "Fourth one."]
        );
        // Blank lines dominate, so the single line break stays inside paragraph 1.
        assert_eq!(paragraphs(text), vec![0, 0, 1, 1]);
    }

    #[test]
    fn single_newline_paragraphs_with_a_stray_blank_line() {
        let text = "Line one ends.\nLine two ends.\nLine three ends.\n\nLine four ends.";
        assert_eq!(paragraphs(text), vec![0, 1, 2, 3]);
    }

    #[test]
    fn hard_wrapped_lines_join_into_sentences() {
        let text = "The ferry operator said on Monday that crossings would\n\
                    resume once the storm passed. Passengers were told to\n\
                    check the website. Mr. Alvarez, who runs the Harbour\n\
                    Cafe, said trade had halved.\n\
                    \n\
                    Repairs begin next week.";
        assert_eq!(
            texts(text),
            vec![
                "The ferry operator said on Monday that crossings would\nresume once the storm passed.",
                "Passengers were told to\ncheck the website.",
                "Mr. Alvarez, who runs the Harbour\nCafe, said trade had halved.",
                "Repairs begin next week."
            ]
        );
        assert_eq!(paragraphs(text), vec![0, 0, 0, 1]);
    }

    #[test]
    fn a_stray_newline_before_lower_case_does_not_end_a_sentence() {
        let text = "The pier was closed \nfor repairs all week. Boats waited.";
        assert_eq!(
            texts(text),
            vec![
                "The pier was closed \nfor repairs all week.",
                "Boats waited."
            ]
        );
        assert_eq!(paragraphs(text), vec![0, 0]);
    }

    #[test]
    fn stacked_short_lines_without_punctuation_are_list_items() {
        assert_eq!(
            texts("Sections\nlocal news\nsport and weather\nletters"),
            vec!["Sections", "local news", "sport and weather", "letters"]
        );
        // Two lines are too few to call a list: a wrapped fragment joins.
        assert_eq!(
            texts("live updates\nfrom the port"),
            vec!["live updates\nfrom the port"]
        );
    }

    #[test]
    fn crlf_line_ends_behave_like_newlines() {
        let unix = "Rail Strike Ends\nTrains ran again. Fares stayed.\n\nMore tomorrow.";
        let dos = unix.replace('\n', "\r\n");
        assert_eq!(texts(&dos), texts(unix));
        assert_eq!(paragraphs(&dos), paragraphs(unix));
        assert!(texts(&dos).iter().all(|s| !s.contains('\r')));
    }

    #[test]
    fn spans_slice_back_to_the_text() {
        let text = "  Café owners met.\tThey “agreed.”  \n\nNaïve? Perhaps…  ";
        let sentences = split(text);
        assert_eq!(
            texts(text),
            vec!["Café owners met.", "They “agreed.”", "Naïve?", "Perhaps…"]
        );
        for s in &sentences {
            assert_eq!(&text[s.span.start..s.span.end], s.span.slice(text));
            assert_eq!(s.role, SentenceRole::Body);
        }
    }

    #[test]
    fn empty_and_blank_texts_have_no_sentences() {
        assert!(split("").is_empty());
        assert!(split(" \n\r\n\t ").is_empty());
    }

    proptest! {
        #[test]
        fn spans_are_ordered_trimmed_and_on_char_boundaries(text in any::<String>()) {
            check_spans(&text)?;
        }

        #[test]
        fn spans_hold_on_prose_like_text(
            text in "([A-Za-z]{1,6}|[.!?…\"“”'’()\\[\\]•⁃\\-]|[0-9]{1,3}|U\\.S\\.|Mr\\.|a\\.m\\.|\\.\\.\\.| |\n|\r\n){0,60}"
        ) {
            check_spans(&text)?;
        }
    }

    fn check_spans(text: &str) -> Result<(), TestCaseError> {
        let mut prev_end = 0;
        let mut prev_paragraph = 0;
        for s in split(text) {
            let (start, end) = (s.span.start, s.span.end);
            prop_assert!(prev_end <= start && start < end && end <= text.len());
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            let slice = &text[start..end];
            prop_assert_eq!(slice, slice.trim());
            prop_assert!(s.paragraph >= prev_paragraph);
            prev_end = end;
            prev_paragraph = s.paragraph;
        }
        Ok(())
    }
}
