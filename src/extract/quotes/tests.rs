//! End-to-end checks of `find_quotes` on fictional paragraphs: every stage together.

use super::*;
use crate::extract::{ParagraphKind, QuoteKind, SpeakerKind};

fn paras(texts: &[&str]) -> Vec<Paragraph> {
    texts
        .iter()
        .map(|t| Paragraph {
            kind: ParagraphKind::Text,
            text: (*t).to_owned(),
        })
        .collect()
}

fn speaker(q: &Quote) -> &str {
    q.speaker.as_ref().map_or("", |s| s.name.as_str())
}

#[test]
fn attribution_after_the_quote() {
    let q = find_quotes(&paras(&[
        "“The harbour will reopen on Monday,” Port Director Mara Quell said.",
    ]));
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "The harbour will reopen on Monday,");
    assert_eq!(speaker(&q[0]), "Mara Quell");
    assert_eq!(
        q[0].attribution.as_deref(),
        Some("Port Director Mara Quell")
    );
    assert_eq!(q[0].verb.as_deref(), Some("said"));
    assert_eq!(q[0].kind, QuoteKind::Direct);
}

#[test]
fn inverted_attribution_with_appositive() {
    let q = find_quotes(&paras(&[
        "\"Nobody saw the ledger,\" said Tomas Reyne, a former auditor.",
    ]));
    assert_eq!(speaker(&q[0]), "Tomas Reyne");
    assert_eq!(
        q[0].attribution.as_deref(),
        Some("Tomas Reyne, a former auditor")
    );
}

#[test]
fn attribution_before_with_mixed_marks() {
    let q = find_quotes(&paras(&[
        "Fisheries chief Olva Brandt told Coast Radio on Friday, “We have counted every boat and the numbers hold up.\"",
        "He added, \"The quota stays where it is.”",
    ]));
    assert_eq!(q.len(), 2);
    assert_eq!(speaker(&q[0]), "Olva Brandt");
    assert_eq!(q[0].verb.as_deref(), Some("told"));
    assert_eq!(speaker(&q[1]), "Olva Brandt");
    assert_eq!(q[1].text, "The quota stays where it is.");
}

#[test]
fn organisation_speaker_and_continued_paragraph() {
    let q = find_quotes(&paras(&[
        "“The report is false,” the Harbour Authority said.",
        "“Its officers never took part in any of the events described.”",
    ]));
    assert_eq!(q.len(), 2);
    let s = q[0].speaker.as_ref().expect("speaker");
    assert_eq!(
        (s.name.as_str(), s.kind),
        ("Harbour Authority", SpeakerKind::Organization)
    );
    assert_eq!(q[1].speaker, q[0].speaker);
    assert_eq!(q[1].paragraph, 1);
}

#[test]
fn quote_left_open_continues_in_next_paragraph() {
    let q = find_quotes(&paras(&[
        "Mara Quell said: “We waited three weeks for the permits and nobody called us back.",
        "“Then the cranes arrived all at once.”",
    ]));
    assert_eq!(q.len(), 2);
    assert_eq!(speaker(&q[1]), "Mara Quell");
}

#[test]
fn surname_and_pronoun_resolve_to_full_name() {
    let q = find_quotes(&paras(&[
        "Harbour master Ilse Varga met the inspectors on Tuesday.",
        "\"We are ready,\" Varga said. \"The berths are clear.\"",
        "She said the vessels were \"in good order.\"",
    ]));
    assert!(q.iter().all(|q| speaker(q) == "Ilse Varga"), "{q:#?}");
    assert_eq!(q.len(), 3);
    assert_eq!(q[2].kind, QuoteKind::Partial);
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    let q = find_quotes(&paras(&[
        "The town waited for its “big sister” to step in, while the mayor appeared on “Morning Harbour Live” twice.",
    ]));
    assert!(q.is_empty(), "{q:#?}");
}

#[test]
fn partial_quote_with_characterizing_verb() {
    let q = find_quotes(&paras(&[
        "Senator Ann Pike called the plan “a slow-motion wreck” on Tuesday.",
    ]));
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, QuoteKind::Partial);
    assert_eq!(speaker(&q[0]), "Ann Pike");
}

#[test]
fn block_quote_after_intro_and_before_attribution_line() {
    let q = find_quotes(&paras(&[
        "Petra Lund, Transport Minister said on the radio:",
        "The rail link will open in spring and the fares will not rise this year.",
        "Observers were less sure about the timetable than the minister was.",
        "We have seen these promises before and the trains still run late every single week.",
        "Jonas Eide, chairman, Commuters Association.",
    ]));
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].kind, QuoteKind::Block);
    assert_eq!(speaker(&q[0]), "Petra Lund");
    assert_eq!(q[1].kind, QuoteKind::Block);
    assert_eq!(speaker(&q[1]), "Jonas Eide");
    assert_eq!(q[1].paragraph, 3);
}

#[test]
fn statement_resolves_to_its_issuer() {
    let q = find_quotes(&paras(&[
        "The Ministry of Ports released a statement on Monday.",
        "“No cargo was lost,” the statement said.",
    ]));
    let s = q[0].speaker.as_ref().expect("speaker");
    assert_eq!(s.kind, SpeakerKind::Organization);
    assert_eq!(s.name, "Ministry of Ports");
}

#[test]
fn orphan_closing_mark_closes_a_sentence_quotation() {
    let q = find_quotes(&paras(&[
        "\"The audit is finished,\" the statement said. The ledgers match the bank records in every month,\" the statement said.",
    ]));
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(
        q[1].text,
        "The ledgers match the bank records in every month,"
    );
}

#[test]
fn single_marks_are_quotes_only_as_whole_phrases() {
    let q = find_quotes(&paras(&[
        "Coach Dara Vell said: ‘We played the best half of football this club has seen.’",
    ]));
    assert_eq!(q.len(), 1);
    assert_eq!(speaker(&q[0]), "Dara Vell");
    let q = find_quotes(&paras(&[
        "The club’s ‘golden generation’ was never as good as its fans’ songs claimed.",
    ]));
    assert!(q.is_empty(), "{q:#?}");
}

#[test]
fn possessive_speech_noun_names_the_speaker() {
    let q = find_quotes(&paras(&[
        "Engineer Hallie Brook inspected the bridge on Monday.",
        "The council rejected Brook's claim that the cables were “badly corroded” and voted to reopen it.",
    ]));
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(&q[0]), "Hallie Brook");
    assert_eq!(q[0].kind, QuoteKind::Partial);
}

#[test]
fn passive_verb_does_not_make_a_speaker() {
    let q = find_quotes(&paras(&[
        "When Mayor Ida Ferrand was asked about the budget, Treasurer Colm Ashby waved the reporters away and said, “The numbers will be published on Friday.”",
    ]));
    assert_eq!(speaker(&q[0]), "Colm Ashby", "{q:#?}");
}

#[test]
fn progressive_and_according_to() {
    let q = find_quotes(&paras(&[
        "Governor Nell Ostrow is telling voters that the new levy is “a fair deal for every town.”",
        "According to the Coastal Herald, officials “refused to reopen the night shift.”",
    ]));
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(speaker(&q[0]), "Nell Ostrow");
    // The phrase right before a quotation that carries its own verb is its subject: unnamed
    // officials, not the newspaper that reported them.
    assert_eq!(q[1].speaker, None);
    assert_eq!(q[1].attribution.as_deref(), Some("officials"));
}

#[test]
fn definite_role_resolves_to_the_person_named_in_the_paragraph() {
    let q = find_quotes(&paras(&[
        "Mayor Ida Ferrand toured the flooded streets. The mayor said the pumps had been \"working around the clock.\"",
    ]));
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(&q[0]), "Ida Ferrand");
}

#[test]
fn name_line_under_a_quotation_attributes_it() {
    let q = find_quotes(&paras(&[
        "“We will not let the shipyard close without a fight.\nUnion Chair Petra Solberg.",
    ]));
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(
        q[0].text,
        "We will not let the shipyard close without a fight."
    );
    assert_eq!(speaker(&q[0]), "Petra Solberg");
}

#[test]
fn verb_first_intro_and_blockquote_paragraphs() {
    let mut ps = paras(&[
        "Wrote Ansel Marr:",
        "Nobody in this valley has seen water this high since the dam was built.",
    ]);
    let q = find_quotes(&ps);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(
        (speaker(&q[0]), q[0].kind),
        ("Ansel Marr", QuoteKind::Block)
    );
    ps = paras(&[
        "The museum's director answered the critics in a letter.",
        "We never sold a painting we did not own.",
        "Hanna Groot, Director, Civic Museum.",
    ]);
    ps[1].kind = ParagraphKind::Blockquote;
    let q = find_quotes(&ps);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(&q[0]), "Hanna Groot");
}

#[test]
fn signature_line_after_plain_prose_is_not_an_attribution() {
    let q = find_quotes(&paras(&[
        "The survey covered forty towns along the coast and found that rents rose faster than wages in all of them.",
        "Lena Moss, Staff Reporter.",
    ]));
    assert!(q.is_empty(), "{q:#?}");
}

#[test]
fn inverted_attribution_with_a_role_before_the_name() {
    let q = find_quotes(&paras(&[
        "\"We have no idea why,\" said the choir's director, Oona Fenwick, 58. \"Maybe people like singing.\"",
        "“The roof leaks,” said caretaker Bram Oyelaran.",
    ]));
    assert_eq!(q.len(), 3, "{q:#?}");
    assert!(
        q[..2].iter().all(|q| speaker(q) == "Oona Fenwick"),
        "{q:#?}"
    );
    assert_eq!(
        q[0].attribution.as_deref(),
        Some("the choir's director, Oona Fenwick, 58")
    );
    assert_eq!(speaker(&q[2]), "Bram Oyelaran");
}

#[test]
fn paired_apostrophes_and_straight_single_marks_are_quotation_marks() {
    let q = find_quotes(&paras(&[
        "''The vote was fair,'' said Mayor Tilde Rasmussen. ''We counted twice.''",
        "'The passengers are the best part,' Captain Iris Vale said. 'Some of them I have known for years.'",
    ]));
    assert_eq!(q.len(), 4, "{q:#?}");
    assert_eq!(q[0].text, "The vote was fair,");
    assert_eq!(speaker(&q[1]), "Tilde Rasmussen");
    assert_eq!(speaker(&q[3]), "Iris Vale");
    assert_eq!(q[3].kind, QuoteKind::Direct);
}

#[test]
fn places_and_clause_words_are_not_names() {
    let q = find_quotes(&paras(&[
        "When Hedda Lorne opened the clinic in Marrow County, patients came from three valleys.",
        "“This clinic is the only one for fifty miles,” she said.",
    ]));
    assert_eq!(speaker(&q[0]), "Hedda Lorne", "{q:#?}");
}

#[test]
fn a_possessive_is_not_a_speaker() {
    let q = find_quotes(&paras(&[
        "The party's “new direction” was unveiled at a rally on Sunday.",
    ]));
    assert!(q.is_empty(), "{q:#?}");
}

#[test]
fn reported_speech_is_indirect() {
    let q = find_quotes(&paras(&[
        "Harbour master Ilse Varga said that the berths would reopen on Monday morning.",
        "The dredging will take at least three more weeks, officials said.",
        "Varga met the inspectors on Tuesday and said nothing.",
    ]));
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(
        (q[0].kind, speaker(&q[0])),
        (QuoteKind::Indirect, "Ilse Varga")
    );
    assert_eq!(q[0].text, "the berths would reopen on Monday morning");
    assert_eq!(
        q[1].text,
        "The dredging will take at least three more weeks"
    );
    assert_eq!(
        (q[1].speaker.as_ref(), q[1].attribution.as_deref()),
        (None, Some("officials"))
    );
}

#[test]
fn phrases_quoted_inside_reported_speech_take_its_speaker() {
    let q = find_quotes(&paras(&[
        "Ticket sales were “flat for about a month” while buyers waited, Ilse Marrow said.",
    ]));
    // The one phrase says it all: no second, reported quote around it.
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].kind, QuoteKind::Partial);
    assert_eq!(q[0].text, "flat for about a month");
    assert_eq!(speaker(&q[0]), "Ilse Marrow");
}

#[test]
fn a_report_with_several_quoted_phrases_is_kept_whole() {
    let q = find_quotes(&paras(&[
        "Harbor chief Olen Tave said it was “badly delayed” by storms and that the budget was \
         “entirely spent” before spring.",
    ]));
    let partials: Vec<&str> = q
        .iter()
        .filter(|q| q.kind == QuoteKind::Partial)
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(partials, ["badly delayed", "entirely spent"]);
    let report = q
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("indirect");
    assert!(
        report.text.starts_with("it was “badly delayed” by storms"),
        "{}",
        report.text
    );
    assert_eq!(speaker(report), "Olen Tave");
}

#[test]
fn a_name_set_off_after_a_description_is_the_speaker() {
    let q = find_quotes(&paras(&[
        "Another delegate on the Marsh slate, Jim Poolman, said he was only “leaning north.”",
    ]));
    assert_eq!(speaker(&q[0]), "Jim Poolman");
    assert_eq!(
        q[0].attribution.as_deref(),
        Some("Another delegate on the Marsh slate, Jim Poolman")
    );
}

#[test]
fn a_role_description_resolves_to_the_person_given_that_role() {
    let q = find_quotes(&paras(&[
        "Chief of the Coastal Staff, Piet Vandermolen, met Interior Minister Saskia Doorn on \
         Monday.",
        "“The dykes will hold through the winter,” the chief of the coastal staff said.",
        "“We have the money for repairs,” the interior minister said later.",
    ]));
    assert_eq!(q.len(), 2);
    assert_eq!(speaker(&q[0]), "Piet Vandermolen");
    assert_eq!(
        q[0].attribution.as_deref(),
        Some("the chief of the coastal staff")
    );
    assert_eq!(speaker(&q[1]), "Saskia Doorn");
}

#[test]
fn a_role_two_people_share_stays_unresolved() {
    let q = find_quotes(&paras(&[
        "Deputy Mayor Ana Brisk and Deputy Mayor Colm Fairley toured the flooded streets.",
        "“We need pumps, not promises,” the deputy mayor said.",
    ]));
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, None);
}

#[test]
fn the_company_resolves_to_the_company_named_earlier() {
    let q = find_quotes(&paras(&[
        "Carmel Line, which runs ferries out of Haifa, cancelled three sailings on Tuesday.",
        "“The vessels will stay in port until the storm passes,” the company said.",
        "The Ministry of Ports said the closure was temporary. “Crews are inspecting the \
         breakwater tonight,” the ministry said.",
    ]));
    assert_eq!(q.len(), 2, "{q:?}");
    let sp = q[0].speaker.as_ref().expect("speaker");
    assert_eq!(
        (sp.name.as_str(), sp.kind),
        ("Carmel Line", SpeakerKind::Organization)
    );
    let sp = q[1].speaker.as_ref().expect("speaker");
    assert_eq!(
        (sp.name.as_str(), sp.kind),
        ("Ministry of Ports", SpeakerKind::Organization)
    );
}

#[test]
fn she_skips_a_man_named_later() {
    let q = find_quotes(&paras(&[
        "Tamsin Ruel, the council's spokeswoman, answered questions after Mr. Dov Arlen left \
         the hall.",
        "“We will put it to a vote again in March,” she said.",
        "“Nobody asked me,” he said.",
    ]));
    assert_eq!(q.len(), 2);
    assert_eq!(speaker(&q[0]), "Tamsin Ruel");
    assert_eq!(speaker(&q[1]), "Dov Arlen");
}

#[test]
fn according_to_at_the_end_of_a_sentence_with_quoted_phrases() {
    let q = find_quotes(&paras(&[
        "The harbour board is hiring “dozens” of divers and “a few” pilots before the summer, \
         according to board secretary Imre Valk.",
    ]));
    let report = q
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("indirect");
    assert_eq!(
        report.text,
        "The harbour board is hiring “dozens” of divers and “a few” pilots before the summer"
    );
    assert_eq!(speaker(report), "Imre Valk");
    assert_eq!(report.verb.as_deref(), Some("according to"));
}

#[test]
fn a_lowercase_modifier_before_a_body_names_the_source() {
    let q = find_quotes(&paras(&[
        "Over the decade, according to the budget office, the deficit \
         \"is mainly attributable to rising repair costs on the old bridges.\"",
    ]));
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].attribution.as_deref(), Some("the budget office"));
}

#[test]
fn a_pronoun_in_a_sentence_about_one_person_tells_their_gender() {
    let q = find_quotes(&paras(&[
        "Noor Halabi opened her bakery on Quay Street at dawn.",
        "A delivery from Pavel Roth arrived an hour later.",
        "“We sold out of bread by noon,” she said.",
    ]));
    assert_eq!(q.len(), 1);
    assert_eq!(speaker(&q[0]), "Noor Halabi");
}

#[test]
fn a_reflexive_between_subject_and_verb_keeps_the_subject() {
    let q = find_quotes(&paras(&[
        "Harlan Mott himself acknowledged on Monday night \"it will be very hard for us to \
         win\" if the count goes on like this.",
        "“North,” he answered.",
    ]));
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(speaker(&q[0]), "Harlan Mott");
    assert_eq!(q[1].verb.as_deref(), Some("answered"));
    assert_eq!(speaker(&q[1]), "Harlan Mott");
}

#[test]
fn a_pronoun_about_someone_else_does_not_give_a_gender() {
    let q = find_quotes(&paras(&[
        "Captain Ines Moura retired on Friday after 30 years on the ferry.",
        "Her first mate, Tobias Renn, said she kept her calm in every storm. “She never \
         shouted, not once,” he said.",
    ]));
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(speaker(&q[0]), "Tobias Renn");
}

#[test]
fn a_quotation_after_reported_speech_carries_on_its_speaker() {
    let q = find_quotes(&paras(&[
        "The council's treasurer, Odile Brant, said the closure was costing the town about \
         4,000 pounds a day. \"That is a lot of money, but it is not yet a crisis.\"",
    ]));
    let direct = q
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .expect("direct");
    assert_eq!(speaker(direct), "Odile Brant");
}

#[test]
fn a_role_opening_the_sentence_runs_on_to_the_name_before_an_age() {
    let q = find_quotes(&paras(&[
        "\u{201c}We have asked for nothing new,\u{201d} said union chair Ines Vidal.",
        "Retired ferry pilot Tomas Brandt, 71, said he had watched every sailing for years.",
        "\u{201c}I do not care who wins,\u{201d} he said.",
    ]));
    let reported = q
        .iter()
        .find(|q| q.paragraph == 1)
        .expect("reported speech");
    assert_eq!(speaker(reported), "Tomas Brandt");
    assert!(
        reported
            .attribution
            .as_deref()
            .is_some_and(|a| a.starts_with("Retired ferry pilot"))
    );
    let he = q.iter().find(|q| q.paragraph == 2).expect("he said");
    assert_eq!(
        speaker(he),
        "Tomas Brandt",
        "\"he\" is the man just named, not the earlier speaker"
    );
}

#[test]
fn spans_come_in_order_and_apart() {
    // The binary searches over spans and breaks (attribute, cues, reported) rely on it.
    for text in [
        "“We will not move,” said Jo Lee. “Not now.” She left.",
        "The board said “the strike will end soon,” and Mira Solberg agreed. “Soon” is late.",
        "He called it ''a fine plan,'' then left “for good",
        "no opener here,” she said. Then “two “openers” in a row.”",
        "'We will all stay here,' said Jo Lee. 'Every one of us,' she added.",
        "“A,” “B” “C,” she said, “",
    ] {
        let segs = spans::paragraph_segments(text);
        assert!(!segs.is_empty(), "{text}");
        assert!(spans::in_order(&segs), "{text}: {segs:?}");
    }
}
