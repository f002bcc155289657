//! Pathological pages for extraction, each built at a chosen size so that a benchmark can time it at
//! growing sizes (linear time means doubling the size doubles the time) and a test can check what
//! comes out. All text is made up here.
#![allow(dead_code)]

/// A pathological input: its name, how big it is in its own unit, and the bytes of the file.
pub struct Case {
    pub name: &'static str,
    pub size: usize,
    pub bytes: Vec<u8>,
}

const HEADLINE: &str = "Harbour Board Meets Again as Talks Drag On\n\nBy Jane Roe\n\n";

/// `n` opening and closing quotation marks, curly and straight, in one paragraph.
pub fn quotation_marks(n: usize) -> Case {
    let marks = ['“', '”', '"', '‘', '’', '«', '»'];
    let mut text = String::from(HEADLINE);
    text.push_str("The mayor said ");
    for i in 0..n {
        text.push(marks[i % marks.len()]);
        if i % 11 == 10 {
            text.push(' ');
        }
    }
    text.push_str(" and left.\n");
    Case {
        name: "quotation marks",
        size: n,
        bytes: text.into_bytes(),
    }
}

/// Quotations nested `depth` deep: “He said ‘she said “he said …”’”, then closed again.
pub fn nested_quotes(depth: usize) -> Case {
    let mut text = String::from(HEADLINE);
    for i in 0..depth {
        text.push_str(if i % 2 == 0 {
            "“Kettu said "
        } else {
            "‘Berg said "
        });
    }
    text.push_str("the cranes are old");
    for i in (0..depth).rev() {
        text.push_str(if i % 2 == 0 { ",” " } else { ",’ " });
    }
    text.push_str("said the steward.\n");
    Case {
        name: "nested quotes",
        size: depth,
        bytes: text.into_bytes(),
    }
}

/// The same quoted paragraph `n` times, as a page that repeats a widget or a botched copy.
pub fn repeated_lines(n: usize) -> Case {
    let mut text = String::from(HEADLINE);
    for _ in 0..n {
        text.push_str("“We will not move,” said Jo Lee, a docker, on Tuesday.\n\n");
    }
    Case {
        name: "repeated lines",
        size: n,
        bytes: text.into_bytes(),
    }
}

/// One line of `bytes` bytes: sentences with quotations and no line break.
pub fn one_long_line(bytes: usize) -> Case {
    let mut text = String::from(HEADLINE);
    let sentence =
        "The harbour board said “the strike will end soon,” and Mira Solberg, its chair, agreed. ";
    while text.len() < bytes {
        text.push_str(sentence);
    }
    text.push('\n');
    Case {
        name: "one long line",
        size: bytes,
        bytes: text.into_bytes(),
    }
}

/// Every case at `scale` (1.0 is the sizes the issue names: a million quotation marks, thousands of
/// repeated lines, a 5 MB line; nesting 10,000 deep).
pub fn all(scale: f64) -> Vec<Case> {
    let at = |n: f64| ((n * scale) as usize).max(1);
    vec![
        quotation_marks(at(1_000_000.0)),
        nested_quotes(at(10_000.0)),
        repeated_lines(at(5_000.0)),
        one_long_line(at(5_000_000.0)),
    ]
}
