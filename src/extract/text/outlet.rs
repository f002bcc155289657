//! The outlet of a copied page and its address: what the user stated, a URL pasted with the text, a
//! bundled profile's signatures, the site's name in its own chrome, a byline naming the outlet. The
//! profile found here is what the chrome stage judges the page's own boilerplate by.

use super::lines::Line;
use super::shape::is_prose;
use crate::extract::profiles::{self, Profile};
use crate::extract::{Hints, Outlet, Profiles, metadata};
use regex::Regex;
use std::sync::LazyLock;

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"https?://(?:www\.)?([A-Za-z0-9.-]+\.[A-Za-z]{2,})[^\s]*").unwrap()
});

pub(super) fn find_url(lines: &[Line]) -> Option<String> {
    // A URL line standing on its own is the page's address, pasted with the text.
    lines.iter().find_map(|l| {
        let m = URL.find(&l.text)?;
        (m.as_str().len() == l.text.len()).then(|| m.as_str().to_owned())
    })
}

fn outlet_of(p: &Profile) -> Outlet {
    Outlet {
        name: p.name.clone(),
        domain: p.domain().map(str::to_owned),
    }
}

/// Outlet detection in order of strength: --outlet, a URL (--url or in the file), profile signatures,
/// the site's name in its own chrome (home link, copyright footer; mapped to a profile when it is one
/// of its names), a byline naming the outlet.
pub(super) fn detect<'p>(
    text: &str,
    lines: &[Line],
    hints: &Hints,
    profiles: &'p Profiles,
) -> (Option<Outlet>, Option<&'p Profile>) {
    if let Some(name) = hints
        .outlet
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        return match profiles.by_name(name) {
            Some(p) => (Some(outlet_of(p)), Some(p)),
            None => (
                Some(Outlet {
                    name: name.to_owned(),
                    domain: None,
                }),
                None,
            ),
        };
    }
    let hosts = hints
        .url
        .iter()
        .filter_map(|u| URL.captures(u).map(|c| c[1].to_owned()))
        .chain(lines.iter().flat_map(|l| {
            URL.captures_iter(&l.text)
                .map(|c| c[1].to_owned())
                .collect::<Vec<_>>()
        }));
    for host in hosts {
        if let Some(p) = profiles.by_domain(&host) {
            return (Some(outlet_of(p)), Some(p));
        }
    }
    if let Some(p) = profiles.by_signature(text) {
        return (Some(outlet_of(p)), Some(p));
    }
    if let Some(name) = named_in_chrome(text, lines) {
        return match profiles.by_name(&name) {
            Some(p) => (Some(outlet_of(p)), Some(p)),
            None => {
                let domain = hints
                    .url
                    .clone()
                    .or_else(|| find_url(lines))
                    .and_then(|u| URL.captures(&u).map(|c| c[1].to_ascii_lowercase()));
                (Some(Outlet { name, domain }), None)
            }
        };
    }
    for l in lines {
        if let Some(by) = metadata::byline(&l.text)
            && let Some(p) = profiles.by_credit(&by)
        {
            return (Some(outlet_of(p)), Some(p));
        }
    }
    (None, None)
}

/// The name the page's own chrome gives its publisher: a "home" link naming the site, else the
/// holder in a copyright footer. Never from prose: a bare "© Name" counts only after the last prose
/// line, where it cannot be a photo credit.
fn named_in_chrome(text: &str, lines: &[Line]) -> Option<String> {
    // The raw lines: a home link and the site's tagline are told apart by the wide gap between them,
    // which the joined lines have collapsed.
    if let Some(name) = text.lines().find_map(profiles::homepage_name) {
        return Some(name);
    }
    let last_prose = lines.iter().rposition(|l| is_prose(&l.text));
    let mut best: Option<(String, u8)> = None;
    for (i, l) in lines.iter().enumerate() {
        let in_tail = last_prose.is_none_or(|p| i > p);
        if let Some((holder, rank)) = profiles::copyright_holder(&l.text, in_tail)
            && best.as_ref().is_none_or(|(_, r)| rank > *r)
        {
            best = Some((holder, rank));
        }
    }
    best.map(|(name, _)| name)
}
