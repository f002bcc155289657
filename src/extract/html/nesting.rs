//! How deep a saved page nests its elements, read off the raw bytes before it is parsed.
//!
//! The HTML parsing algorithm looks down the stack of open elements for most start tags (is a `<p>`
//! open, in button scope?), so a page nesting elements tens of thousands deep takes time quadratic
//! in its depth to parse: 50,000 nested `<div>`s, a 1 MB file, took html5ever 17 s. Browsers cap the
//! depth in their parsers; html5ever does not, so such a page is refused before it is parsed.
//!
//! The count skips comments, scripts and styles, void elements and those whose end tag may be left
//! out (`<p>`, `<li>`, `<td>`...), and counts every other start tag as one level deeper until its
//! end tag. Skipping the second kind keeps a page of unclosed paragraphs from counting as deep, at
//! a price: lists and tables nested in each other count only their `<ul>` or `<table>`, so such a
//! page can nest up to four times deeper than counted and still be parsed slowly. The readers are
//! safe either way ([`super::tree::cap_depth`]); only the parse's time is unguarded there. A real
//! page stays within a few dozen.

/// Deeper than this, a page is refused: a parse at this depth takes about half a second.
pub(super) const MAX_NESTING: usize = 10_000;

/// Whether an element never holds content, or is closed by the parser when the next one opens:
/// either way it takes the page no deeper. `name` is lower-case.
fn nests(name: &[u8]) -> bool {
    !matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"source"
            | b"track"
            | b"wbr"
            | b"param"
            | b"keygen"
            | b"frame"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"option"
            | b"optgroup"
            | b"tr"
            | b"td"
            | b"th"
            | b"thead"
            | b"tbody"
            | b"tfoot"
            | b"colgroup"
            | b"caption"
            | b"rb"
            | b"rt"
            | b"rtc"
            | b"rp"
            | b"html"
            | b"head"
            | b"body"
    )
}

/// The byte offset of the start tag that takes the page deeper than [`MAX_NESTING`], if one does.
pub(super) fn too_deep_at(html: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[at..]) {
        let tag = at + found;
        at = tag + 1;
        if bytes[at..].starts_with(b"!--") {
            at = memchr::memmem::find(&bytes[at..], b"-->").map_or(bytes.len(), |end| at + end + 3);
            continue;
        }
        let closing = bytes.get(at) == Some(&b'/');
        let name_from = at + usize::from(closing);
        let name_len = bytes[name_from..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !bytes[name_from].is_ascii_alphabetic() {
            continue;
        }
        // Names longer than any listed one need no lower-casing: they nest.
        let mut lower = [0u8; 10];
        let name = match bytes.get(name_from..name_from + name_len) {
            Some(name) if name.len() <= lower.len() => {
                let lower = &mut lower[..name.len()];
                lower.copy_from_slice(name);
                lower.make_ascii_lowercase();
                &*lower
            }
            _ => b"-".as_slice(),
        };
        let end = memchr::memchr(b'>', &bytes[name_from..]).map_or(bytes.len(), |e| name_from + e);
        at = end;
        if !closing && (name == b"script" || name == b"style") {
            at = raw_text_end(bytes, end, name);
            continue;
        }
        if !nests(name) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if bytes[..end].last() != Some(&b'/') {
            depth += 1;
            if depth > MAX_NESTING {
                return Some(tag);
            }
        }
    }
    None
}

/// Where a script's or a style's text ends: after its `</script` or `</style`, in any case.
fn raw_text_end(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let mut at = from;
    while let Some(found) = memchr::memchr(b'<', &bytes[at..]) {
        let close = at + found;
        let after = &bytes[close + 1..];
        if after.first() == Some(&b'/')
            && after.len() > name.len()
            && after[1..=name.len()].eq_ignore_ascii_case(name)
        {
            return close + 2 + name.len();
        }
        at = close + 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_too_deep_only_past_the_limit() {
        let nested = |n: usize| {
            format!(
                "<html><body>{}x{}</body></html>",
                "<div>".repeat(n),
                "</div>".repeat(n)
            )
        };
        assert_eq!(too_deep_at(&nested(MAX_NESTING)), None);
        assert_eq!(
            too_deep_at(&nested(MAX_NESTING + 1)),
            Some("<html><body>".len() + 5 * MAX_NESTING)
        );
    }

    #[test]
    fn closed_unclosable_and_hidden_tags_do_not_count() {
        let flat = "<p>one<p>two<li>three<br><img src=x>".repeat(20_000);
        let closed = "<div><span>x</span></div>".repeat(20_000);
        let hidden = format!(
            "<!-- {} --><script>{}</script><STYLE>{}</style>",
            "<div>".repeat(20_000),
            "if (a<b) { x = '<div>'; }".repeat(20_000),
            "<div>".repeat(20_000)
        );
        let self_closed = "<svg><path d='M0'/></svg>".repeat(20_000);
        for page in [flat, closed, hidden, self_closed] {
            assert_eq!(too_deep_at(&page), None);
        }
    }
}
