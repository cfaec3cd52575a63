//! Bytes to text: BOMs, legacy encodings, and the checks that turn a PDF
//! renamed to `.txt` or a half-written file into a clear error.

use encoding_rs::Encoding;

use crate::error::{Error, Result};

/// Decode `bytes` read from `path`. With `encoding` (an encoding_rs label such
/// as "windows-1252") the bytes are decoded with it; otherwise they must be
/// UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured and removed).
pub fn decode(path: &str, bytes: &[u8], encoding: Option<&str>) -> Result<String> {
    decode_owned(path, bytes.to_vec(), encoding)
}

/// [`decode`], taking the bytes: UTF-8 becomes the text without a copy, so a
/// 100 MB file is not held twice while it is read.
pub(super) fn decode_owned(
    path: &str,
    mut bytes: Vec<u8>,
    encoding: Option<&str>,
) -> Result<String> {
    if let Some(label) = encoding {
        let enc = Encoding::for_label(label.as_bytes()).ok_or_else(|| Error::UnknownEncoding {
            path: path.to_string(),
            name: label.to_string(),
        })?;
        let (text, _, _) = enc.decode(&bytes);
        let text = text.into_owned();
        drop(bytes);
        return check_text(path, strip_bom(text));
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(&bytes)
        && enc != encoding_rs::UTF_8
    {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return check_text(path, text.into_owned());
    }
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    if let Some(offset) = bytes[bom..].iter().position(|&b| b == 0) {
        return Err(Error::Binary {
            path: path.to_string(),
            offset: offset + bom,
        });
    }
    bytes.drain(..bom);
    match String::from_utf8(bytes) {
        Ok(text) => check_text(path, text),
        Err(e) => Err(Error::InvalidUtf8 {
            path: path.to_string(),
            offset: e.utf8_error().valid_up_to() + bom,
        }),
    }
}

fn strip_bom(mut text: String) -> String {
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    text
}

fn check_text(path: &str, text: String) -> Result<String> {
    if let Some(offset) = text.find('\0') {
        return Err(Error::Binary {
            path: path.to_string(),
            offset,
        });
    }
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_string(),
        });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_removed() {
        assert_eq!(decode("a", b"\xEF\xBB\xBFHi", None).unwrap(), "Hi");
    }

    #[test]
    fn invalid_utf8_names_the_byte_offset() {
        let err = decode("a.txt", b"Caf\xE9 talks", None).unwrap_err();
        assert!(matches!(err, Error::InvalidUtf8 { offset: 3, .. }), "{err}");
        assert!(
            err.to_string()
                .starts_with("a.txt: invalid UTF-8 at byte offset 3")
        );
    }

    #[test]
    fn legacy_encodings_decode_when_asked() {
        let text = decode("a", b"Caf\xE9 talks", Some("windows-1252")).unwrap();
        assert_eq!(text, "Café talks");
        let err = decode("a", b"x", Some("klingon")).unwrap_err();
        assert_eq!(err.to_string(), "a: unknown encoding 'klingon'");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let err = decode("a.pdf", b"%PDF\0\0", None).unwrap_err();
        assert!(matches!(err, Error::Binary { offset: 4, .. }));
    }

    #[test]
    fn utf16_with_bom_decodes() {
        let bytes = [0xFF, 0xFE, b'H', 0, b'i', 0];
        assert_eq!(decode("a", &bytes, None).unwrap(), "Hi");
    }

    #[test]
    fn empty_is_an_error() {
        assert!(matches!(decode("a", b"", None), Err(Error::Empty { .. })));
    }
}
