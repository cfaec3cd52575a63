//! Which language a source is written in.
//!
//! The claim rules (reporting verbs, negations, hedges, number and date
//! words) are English. A story in another language is still compared, but
//! few of its claims are found, so the user should be told why rather than
//! trust a short report. whatlang guesses from trigrams and scripts; only a
//! verdict it calls reliable counts, so a short English text full of foreign
//! names is not flagged.

use whatlang::Lang;

/// How much text to look at: enough for a firm verdict, and no more, so that
/// a 100 MB liveblog costs what an article does.
const SAMPLE_BYTES: usize = 20_000;

/// The English name of the language `text` is written in, when that is
/// reliably not English.
pub fn foreign_language(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = whatlang::detect(&text[..end])?;
    (info.is_reliable() && info.lang() != Lang::Eng).then(|| info.lang().eng_name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_languages_are_named() {
        let german = "Der Bürgermeister sagte am Montag, dass die Brücke über den Fluss \
            wegen der Reparaturen bis zum Frühjahr geschlossen bleibt.";
        assert_eq!(foreign_language(german), Some("German"));
        let french = "Le maire a déclaré lundi que le pont resterait fermé jusqu'au \
            printemps en raison des travaux de réparation.";
        assert_eq!(foreign_language(french), Some("French"));
        let russian = "Помощник президента Юрий Ушаков заявил, что переговоры в Кремле \
            продолжались пять часов и не принесли соглашения.";
        assert_eq!(foreign_language(russian), Some("Russian"));
    }

    #[test]
    fn english_is_not_flagged_even_full_of_names() {
        for text in [
            "Kremlin aide Yuri Ushakov said the talks with Witkoff and Kushner lasted five hours.",
            "Talks end without a deal",
            "Volodymyr Zelenskiy met Sybiha in Kyiv.",
        ] {
            assert_eq!(foreign_language(text), None, "{text}");
        }
    }

    #[test]
    fn the_sample_ends_on_a_char_boundary() {
        let text = "é".repeat(SAMPLE_BYTES);
        foreign_language(&text);
    }
}
