//! A saved page as the text a browser would copy from it, the HTML front end's first stage. It
//! follows the idea of the DOM's `innerText`: block elements start new lines, paragraphs are separated
//! by a blank line, table cells by tabs, and what a browser never shows (scripts, styles, `hidden`
//! elements, `<noscript>` since a reader's browser runs scripts) is left out. The text path reads the
//! page's visible header from this text; [`super::dom`] shares its element lists.

use scraper::{ElementRef, Html, Node};

/// The visible text of a parsed page: its `<body>`, or the whole document when it has none.
pub(super) fn visible_text(document: &Html) -> String {
    let mut writer = TextWriter::default();
    if let Some(body) = document
        .root_element()
        .child_elements()
        .find(|e| e.value().name() == "body")
    {
        writer.walk(body);
    } else {
        writer.walk(document.root_element());
    }
    writer.finish()
}

/// Elements whose content a reader never sees as text.
pub(super) const INVISIBLE: &[&str] = &[
    "head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
    "embed", "canvas", "select", "option", "input", "textarea", "audio", "video", "source",
    "track", "map", "dialog",
];

/// Elements that start a line of their own (`<p>` a paragraph: see [`TextWriter::walk`]).
pub(super) const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "details",
    "dd",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "caption",
];

#[derive(Default)]
struct TextWriter {
    out: String,
    /// Line breaks owed before the next text: 1 ends the line, 2 leaves a blank line.
    pending_breaks: usize,
    at_line_start: bool,
    in_pre: usize,
}

impl TextWriter {
    fn walk(&mut self, element: ElementRef<'_>) {
        let name = element.value().name();
        if INVISIBLE.contains(&name) || is_hidden(element) {
            return;
        }
        let breaks = match name {
            "p" => 2,
            _ if BLOCKS.contains(&name) => 1,
            _ => 0,
        };
        self.require(breaks);
        if name == "pre" {
            self.in_pre += 1;
        }
        let mut first_cell = true;
        for child in element.children() {
            match child.value() {
                Node::Text(text) => self.text(text),
                Node::Element(_) => {
                    let Some(child) = ElementRef::wrap(child) else {
                        continue;
                    };
                    match child.value().name() {
                        "br" => {
                            self.out.push('\n');
                            self.at_line_start = true;
                        }
                        "td" | "th" => {
                            if !first_cell {
                                self.out.push('\t');
                            }
                            first_cell = false;
                            self.walk(child);
                        }
                        _ => self.walk(child),
                    }
                }
                _ => {}
            }
        }
        if name == "pre" {
            self.in_pre -= 1;
        }
        self.require(breaks);
    }

    fn require(&mut self, breaks: usize) {
        self.pending_breaks = self.pending_breaks.max(breaks);
    }

    fn text(&mut self, raw: &str) {
        let text = raw;
        let text: String = if self.in_pre > 0 {
            text.to_owned()
        } else {
            let collapsed: Vec<&str> = text.split_whitespace().collect();
            let mut joined = collapsed.join(" ");
            if text.starts_with(char::is_whitespace) && !joined.is_empty() {
                joined.insert(0, ' ');
            }
            if text.ends_with(char::is_whitespace) && !joined.is_empty() {
                joined.push(' ');
            }
            joined
        };
        if text.trim().is_empty() && self.in_pre == 0 {
            // White space alone between two inline elements ("<a>Home</a> <a>News</a>") is the
            // one space a browser shows between them.
            if !raw.is_empty()
                && !self.at_line_start
                && !self.out.ends_with(' ')
                && self.pending_breaks == 0
            {
                self.out.push(' ');
            }
            return;
        }
        if self.pending_breaks > 0 && !self.out.is_empty() {
            while self.out.ends_with(' ') {
                self.out.pop();
            }
            for _ in 0..self.pending_breaks {
                self.out.push('\n');
            }
            self.at_line_start = true;
        }
        self.pending_breaks = 0;
        let text = if self.at_line_start || self.out.is_empty() {
            text.trim_start()
        } else {
            &text
        };
        let text = if self.out.ends_with(' ') {
            text.trim_start()
        } else {
            text
        };
        self.out.push_str(text);
        self.at_line_start = false;
    }

    fn finish(self) -> String {
        let mut text: String = self
            .out
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n");
        text.push('\n');
        text
    }
}

fn is_hidden(element: ElementRef<'_>) -> bool {
    let el = element.value();
    if el.attr("hidden").is_some() {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}
