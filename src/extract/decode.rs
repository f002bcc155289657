//! Turning a file's bytes into text: the first step of every import.
//!
//! Editors save pages from every kind of tool, so the bytes may be UTF-8 (with or without a BOM),
//! UTF-16 from a Windows clipboard, or a legacy single-byte encoding such as Windows-1252. Anything
//! that decodes cleanly is accepted; anything that looks like a binary file is refused with the byte
//! offset that gave it away, rather than being imported as garbage. A UTF-8 file with a few bad bytes
//! (a paste from two sources, a truncated character) stays UTF-8: the bad bytes are replaced and their
//! offsets reported, instead of the whole file being read as Windows-1252 mojibake.

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
    /// Byte sequences of a UTF-8 file that were not UTF-8, each replaced by U+FFFD.
    pub replaced: Replaced,
}

/// Where a mostly-UTF-8 file had bytes that are not UTF-8: the first few offsets and how many in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Replaced {
    /// Byte offsets in the file of the first [`Replaced::SHOWN`] bad sequences.
    pub offsets: Vec<usize>,
    /// Every bad sequence, each one U+FFFD in the text.
    pub count: usize,
}

impl Replaced {
    pub const SHOWN: usize = 5;

    fn push(&mut self, offset: usize) {
        if self.offsets.len() < Self::SHOWN {
            self.offsets.push(offset);
        }
        self.count += 1;
    }
}

impl Decoded {
    /// What an editor should know about how the bytes were read, for the import summary.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        if self.guessed {
            warnings.push(format!("encoding guessed as {}", self.encoding));
        }
        let Replaced { offsets, count } = &self.replaced;
        if *count > 0 {
            let at: Vec<String> = offsets.iter().map(usize::to_string).collect();
            let at = if *count > offsets.len() {
                format!("the first at byte offsets {}", at.join(", "))
            } else if *count == 1 {
                format!("at byte offset {}", at[0])
            } else {
                format!("at byte offsets {}", at.join(", "))
            };
            warnings.push(format!(
                "{count} byte sequence(s) that are not UTF-8 were replaced with \u{FFFD} ({at}); \
                 the rest of the file is UTF-8: check the original page for those characters"
            ));
        }
        warnings
    }
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
    let mut replaced = Replaced::default();
    let (text, encoding, guessed) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_len)) if encoding == UTF_8 => {
            let text = utf8_lossy(&bytes[bom_len..], bom_len, &mut replaced);
            (text, UTF_8, false)
        }
        Some((encoding, bom_len)) => {
            let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
            (text.into_owned(), encoding, false)
        }
        None => {
            if let Some(encoding) = utf16_without_bom(bytes) {
                let (text, _) = encoding.decode_without_bom_handling(bytes);
                (text.into_owned(), encoding, true)
            } else {
                refuse_binary(bytes)?;
                // Valid UTF-8, the usual case, is checked in one fast pass and copied once.
                if let Ok(valid) = std::str::from_utf8(bytes) {
                    (valid.to_owned(), UTF_8, false)
                } else if mostly_utf8(bytes) {
                    (utf8_lossy(bytes, 0, &mut replaced), UTF_8, false)
                } else {
                    let mut detector =
                        chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                    detector.feed(bytes, true);
                    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
                    let (text, _, _) = encoding.decode(bytes);
                    (text.into_owned(), encoding, true)
                }
            }
        }
    };
    if let Some(offset) = text.find('\0') {
        return Err(DecodeError::Binary {
            what: "NUL character",
            offset,
        });
    }
    let text = normalise_line_endings(text);
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded {
        text,
        encoding: encoding.name(),
        guessed,
        replaced,
    })
}

/// Whether bytes that are not all valid UTF-8 are still a UTF-8 file with a few bad bytes: its valid
/// multi-byte characters (curly quotes, dashes, accents) outnumber its invalid sequences. A legacy
/// single-byte file has its accents and quotes as invalid sequences and almost never a valid
/// multi-byte one; ASCII text with one stray byte has no evidence for UTF-8 and goes to detection,
/// which reads a lone 0x92 as the apostrophe it usually is.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    multibyte >= invalid
}

/// UTF-8 with each invalid sequence replaced by U+FFFD (as `String::from_utf8_lossy` does), noting
/// where each was; `base` is the offset of `bytes` in the file.
fn utf8_lossy(bytes: &[u8], base: usize, replaced: &mut Replaced) -> String {
    let mut text = String::with_capacity(bytes.len());
    let mut offset = base;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        offset += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            replaced.push(offset);
            text.push(char::REPLACEMENT_CHARACTER);
            offset += chunk.invalid().len();
        }
    }
    text
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

fn normalise_line_endings(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
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

    /// See issue 9: a UTF-8 file with two bad bytes was read whole as Windows-1252, its curly quotes
    /// turned into `â€œ`.
    #[test]
    fn a_mostly_utf8_file_with_bad_bytes_stays_utf8() {
        let mut bytes = "\u{201c}We will stay,\u{201d} she said. \u{201c}Always.\u{201d} "
            .as_bytes()
            .to_vec();
        let first_bad = bytes.len();
        bytes.extend_from_slice(b"Caf\xe9 \xff ok.");
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.encoding, "UTF-8");
        assert!(!decoded.guessed);
        assert!(
            decoded.text.starts_with("\u{201c}We will stay,\u{201d}"),
            "{}",
            decoded.text
        );
        assert!(
            decoded.text.ends_with("Caf\u{fffd} \u{fffd} ok."),
            "{}",
            decoded.text
        );
        assert_eq!(decoded.replaced.count, 2);
        assert_eq!(decoded.replaced.offsets, [first_bad + 3, first_bad + 5]);
        let warnings = decoded.warnings();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].contains(&format!(
                "byte offsets {}, {}",
                first_bad + 3,
                first_bad + 5
            )),
            "{warnings:?}"
        );
    }

    #[test]
    fn many_bad_bytes_report_the_first_few_and_the_count() {
        let mut bytes = "\u{2014}".repeat(40).into_bytes();
        bytes.extend(std::iter::repeat_n(b"x\xff".iter().copied(), 12).flatten());
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.replaced.count, 12);
        assert_eq!(decoded.replaced.offsets.len(), Replaced::SHOWN);
        assert_eq!(decoded.replaced.offsets[0], 121);
        let warning = &decoded.warnings()[0];
        assert!(
            warning.starts_with("12 byte sequence(s)") && warning.contains("the first at"),
            "{warning}"
        );
    }

    #[test]
    fn offsets_count_the_utf8_bom() {
        let decoded = decode(b"\xEF\xBB\xBF\xe2\x80\x9cYes\xe2\x80\x9d \x80").unwrap();
        assert_eq!(decoded.replaced.offsets, [13]);
        assert_eq!(decoded.encoding, "UTF-8");
    }

    #[test]
    fn ascii_with_one_legacy_apostrophe_is_still_detected() {
        let decoded = decode(b"The mayor said it\x92s over.").unwrap();
        assert_eq!(decoded.text, "The mayor said it\u{2019}s over.");
        assert!(decoded.guessed);
        assert_eq!(decoded.replaced, Replaced::default());
    }
}
