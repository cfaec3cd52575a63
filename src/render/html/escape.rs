//! Escaping for the page: text and attribute values, JSON inside a
//! `<script>` element, and byte offsets turned into the UTF-16 offsets the
//! script's strings use.

use std::borrow::Cow;

/// Text or a double- or single-quoted attribute value, safe in HTML.
pub(super) fn esc(s: &str) -> Cow<'_, str> {
    if !s.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// JSON that can sit inside `<script>`: no `<` (so no `</script>` or
/// `<!--`), `>` or `&` as such, and no U+2028/2029 line separators. These
/// characters only occur inside JSON strings, where `\uXXXX` means the same.
pub(super) fn script_json(value: &serde_json::Value) -> String {
    let text = serde_json::to_string(value).unwrap_or_else(|_| "null".into());
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The UTF-16 offset of byte offset `byte` of `text` (a span's end that
/// falls inside a character counts that character; past the end, the end).
pub(super) fn utf16_offset(text: &str, byte: usize) -> usize {
    let mut end = byte.min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text[..end].encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_specials_are_escaped() {
        assert_eq!(
            esc(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert!(matches!(esc("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn script_json_cannot_close_its_element() {
        let v = serde_json::json!({"t": "</script><!-- & \u{2028}\u{2029} -->"});
        let s = script_json(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        assert!(!s.contains('\u{2028}') && !s.contains('\u{2029}'));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn offsets_count_utf16_units() {
        // “ is 3 bytes and 1 unit; 😀 is 4 bytes and 2 units.
        let text = "“a” 😀 b";
        let b = text.find('b').unwrap();
        assert_eq!(b, 13);
        assert_eq!(utf16_offset(text, b), 7);
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&units[7..8]).unwrap(), "b");
        assert_eq!(utf16_offset(text, 1), 1, "inside “ counts it");
        assert_eq!(utf16_offset(text, 999), units.len());
    }
}
