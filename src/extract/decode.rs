//! Turning a file's bytes into text: the first step of every import.
//!
//! Editors save pages from every kind of tool, so the bytes may be UTF-8 (with or without a BOM),
//! UTF-16 from a Windows clipboard, or a legacy single-byte encoding such as Windows-1252. Anything
//! that decodes cleanly is accepted; anything that looks like a binary file is refused with the byte
//! offset that gave it away, rather than being imported as garbage.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text with line endings normalised to `\n`.
    pub text: String,
    /// The encoding the bytes were read as, by its WHATWG name ("UTF-8", "windows-1252", ...).
    pub encoding: &'static str,
    /// True when the encoding was guessed from the bytes rather than known from a BOM or valid UTF-8.
    pub guessed: bool,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("the file is empty: nothing to import")]
    Empty,
    #[error(
        "this looks like a binary file, not text (a {what} at byte offset {offset}): \
         import text copied from a web page or a saved .html file"
    )]
    Binary { what: &'static str, offset: usize },
}

/// Decodes a source file's bytes into text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let (text, encoding, guessed) = if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        (text.into_owned(), encoding, false)
    } else if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        (text.into_owned(), encoding, true)
    } else {
        refuse_binary(bytes)?;
        match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_owned(), UTF_8, false),
            Err(_) => {
                let mut detector =
                    chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                detector.feed(bytes, true);
                let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
                let (text, _, _) = encoding.decode(bytes);
                (text.into_owned(), encoding, true)
            }
        }
    };
    if let Some(offset) = text.find('\0') {
        return Err(DecodeError::Binary {
            what: "NUL character",
            offset,
        });
    }
    let text = normalise_line_endings(&text);
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded {
        text,
        encoding: encoding.name(),
        guessed,
    })
}

/// UTF-16 text without a BOM shows as a NUL in every other byte of its ASCII characters.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nuls = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nuls = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nuls * 10 >= pairs * 7 && even_nuls * 10 < pairs {
        Some(UTF_16LE)
    } else if even_nuls * 10 >= pairs * 7 && odd_nuls * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Text files have no NUL bytes and few control characters; images, archives and executables have
/// both within their first kilobytes.
fn refuse_binary(bytes: &[u8]) -> Result<(), DecodeError> {
    let sample = &bytes[..bytes.len().min(8192)];
    if let Some(offset) = sample.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary {
            what: "NUL byte",
            offset,
        });
    }
    let is_control = |b: u8| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c);
    let controls = sample.iter().filter(|&&b| is_control(b)).count();
    if controls * 100 > sample.len() {
        let offset = sample.iter().position(|&b| is_control(b)).unwrap_or(0);
        return Err(DecodeError::Binary {
            what: "control byte",
            offset,
        });
    }
    Ok(())
}

fn normalise_line_endings(text: &str) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_loses_the_bom() {
        let decoded = decode(b"\xEF\xBB\xBFTitle\r\n\r\nBody.").unwrap();
        assert_eq!(decoded.text, "Title\n\nBody.");
        assert_eq!(decoded.encoding, "UTF-8");
    }

    #[test]
    fn utf16le_without_bom_is_detected() {
        let bytes: Vec<u8> = "Caf\u{e9} says hello\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, "Caf\u{e9} says hello\n");
        assert_eq!(decoded.encoding, "UTF-16LE");
    }

    #[test]
    fn windows_1252_curly_quotes_are_transcoded() {
        let decoded = decode(b"\x93Quoted,\x94 she said. It\x92s caf\xe9 time.").unwrap();
        assert_eq!(
            decoded.text,
            "\u{201c}Quoted,\u{201d} she said. It\u{2019}s caf\u{e9} time."
        );
        assert!(decoded.guessed);
    }

    #[test]
    fn png_is_refused_with_offset() {
        let err = decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
        assert!(
            matches!(err, DecodeError::Binary { offset: 8, .. }),
            "{err:?}"
        );
    }
}
