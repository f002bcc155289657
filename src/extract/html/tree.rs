//! One parse of a saved page for both of its readers. `dom_smoothie` chooses the body on a
//! `dom_query` document; [`super::flatten`] and [`super::declared`] read `scraper`'s tree. Both
//! crates build their trees with the same html5ever, so parsing the page once and replaying
//! `dom_query`'s tree into `scraper`'s tree builder costs a walk over the nodes instead of a second
//! tokenization (the parse was about a sixth of a saved page's extraction).
//!
//! The one difference between the two parses is scripting. `dom_query` parses with it off, so a
//! `<noscript>`'s content is markup, where `scraper`'s parser, like a reader's browser, takes it as
//! raw text; the copy keeps the browser's view, a `<noscript>` holding its content as one text
//! node. With scripting off, markup the head does not allow inside a `<noscript>` (a tracking
//! pixel's `<img>`) also ends the head there, so the head's later elements stand in the body: the
//! declared metadata is read by element wherever it stands, and the flattened text shows none of
//! them (`<title>` included, as a browser shows none). In the body, block markup inside a
//! `<noscript>` (a `<div>` round a lazy image's fallback) closes an open paragraph, so the text
//! after it starts a new line of the flattened page where a browser runs it on: a difference this
//! copy cannot undo, accepted because dom_smoothie has always read that tree and the text path
//! reads only the header from the flattened page (none of the 160 dev pages changed).

use dom_query::{Document, NodeData, NodeId, NodeRef};
use html5ever::tree_builder::{ElementFlags, NodeOrText, TreeSink};
use html5ever::{local_name, ns};
use scraper::{Html, HtmlTreeSink};

/// How deep elements nest before deeper ones are laid side by side: Blink's HTML parser stops at
/// the same depth (`kMaximumHTMLParserDOMTreeDepth`), so a browser shows such a page the same way.
pub(super) const MAX_DEPTH: usize = 512;

/// Lays every node deeper than [`MAX_DEPTH`] side by side under its ancestor at that depth, in
/// document order, as a browser's parser does. The readers of the tree (the flattened text, the
/// DOM body's walk, dom_smoothie's own) recurse once per level, so a page nesting tens of thousands
/// of elements overflowed a thread's stack and aborted the whole import. A real page nests a few
/// dozen deep and is left as it is.
pub(super) fn cap_depth(document: &Document) {
    let tree = &document.tree;
    let mut pending = vec![(document.root().id, 0usize)];
    while let Some((id, depth)) = pending.pop() {
        let node = NodeRef::new(id, tree);
        if depth < MAX_DEPTH {
            pending.extend(node.children_it(false).map(|c| (c.id, depth + 1)));
            continue;
        }
        // The subtree in document order, each node then moved to the end of this one's children:
        // its text stays in reading order, each element keeps its attributes but not its content.
        let mut below = Vec::new();
        let mut stack: Vec<NodeId> = node.children_it(true).map(|c| c.id).collect();
        while let Some(next) = stack.pop() {
            below.push(next);
            stack.extend(NodeRef::new(next, tree).children_it(true).map(|c| c.id));
        }
        for moved in below {
            tree.append_child_of(&id, &moved);
        }
    }
}

/// `scraper`'s tree of a page parsed by `dom_query`, node for node.
pub(super) fn scraper_copy(document: &Document) -> Html {
    let sink = HtmlTreeSink::new(Html::new_document());
    sink.set_quirks_mode(document.quirks_mode.get());
    // A stack, not recursion: a page can nest elements deeper than a thread's stack allows.
    let mut pending = vec![(document.root().id, sink.get_document())];
    while let Some((from, into)) = pending.pop() {
        for child in NodeRef::new(from, &document.tree).children_it(false) {
            if let Some(next) = copy_node(&sink, &child, &into) {
                pending.push(next);
            }
        }
    }
    sink.finish()
}

type Handle = <HtmlTreeSink as TreeSink>::Handle;

/// Appends a copy of `node` to `parent`; returns the pair whose children are still to copy.
fn copy_node(sink: &HtmlTreeSink, node: &NodeRef<'_>, parent: &Handle) -> Option<(NodeId, Handle)> {
    let data = node.query(|n| n.data.clone())?;
    match data {
        NodeData::Document | NodeData::Fragment => None,
        NodeData::Doctype {
            name,
            public_id,
            system_id,
        } => {
            sink.append_doctype_to_document(name, public_id, system_id);
            None
        }
        NodeData::Text { contents } => {
            sink.append(parent, NodeOrText::AppendText(contents));
            None
        }
        NodeData::Comment { contents } => {
            let comment = sink.create_comment(contents);
            sink.append(parent, NodeOrText::AppendNode(comment));
            None
        }
        NodeData::ProcessingInstruction { target, contents } => {
            let pi = sink.create_pi(target, contents);
            sink.append(parent, NodeOrText::AppendNode(pi));
            None
        }
        NodeData::Element(element) => {
            let is_template =
                element.name.ns == ns!(html) && element.name.local == local_name!("template");
            let is_noscript =
                element.name.ns == ns!(html) && element.name.local == local_name!("noscript");
            let mut flags = ElementFlags::default();
            flags.template = is_template;
            flags.mathml_annotation_xml_integration_point =
                element.mathml_annotation_xml_integration_point;
            let copy = sink.create_element(element.name, element.attrs, flags);
            sink.append(parent, NodeOrText::AppendNode(copy));
            if is_noscript {
                let raw = node.inner_html();
                if !raw.is_empty() {
                    sink.append(&copy, NodeOrText::AppendText(raw));
                }
                return None;
            }
            match element.template_contents {
                Some(contents) => Some((contents, sink.get_template_contents(&copy))),
                None => Some((node.id, copy)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The copy is the tree `scraper` parses itself, serialised the same.
    #[test]
    fn the_copy_is_scrapers_own_parse() {
        let page = r#"<!DOCTYPE html><html><head><title>Ferry fares</title>
<meta property="og:title" content="Ferry Fares Rise"><!-- a comment --></head>
<body><div id="a" class="x y"><p>One <b>bold</b> word &amp; more<br>text</p>
<template><p>Later</p></template><table><tr><td>cell</td></tr></table>
<ul><li>item<li>item two</ul><svg><circle r="1"/></svg></div></body></html>"#;
        let copy = scraper_copy(&Document::from(page));
        assert_eq!(copy.html(), Html::parse_document(page).html());
    }

    /// A reader's browser runs scripts, so it never shows a `<noscript>`'s content: the copy keeps
    /// it as text, as `scraper`'s own parse does.
    #[test]
    fn noscript_content_stays_text() {
        let page = "<html><body><noscript><p>Please enable JavaScript</p></noscript><p>Story</p></body></html>";
        let copy = scraper_copy(&Document::from(page));
        let noscript = copy
            .tree
            .nodes()
            .find(|n| {
                n.value()
                    .as_element()
                    .is_some_and(|e| e.name() == "noscript")
            })
            .expect("a noscript element");
        let children: Vec<_> = noscript.children().map(|c| c.value().clone()).collect();
        assert!(
            matches!(children.as_slice(), [scraper::Node::Text(t)] if t.contains("Please enable JavaScript")),
            "{children:?}"
        );
    }
}
