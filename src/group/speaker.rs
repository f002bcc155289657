//! The one voice of a quote group. Outlets credit one statement differently: "the Mossad said" in one,
//! "the statement said" (resolved to whoever issued it) in another. A member whose attribution
//! names its speaker outweighs one whose speaker was reached through a generic word, and the
//! speaker most members agree on wins; ties go to the earliest member.

/// One member's speaker as stored.
#[derive(Debug, Clone, Copy)]
pub struct Voice<'a> {
    pub speaker_id: Option<i64>,
    pub speaker_name: Option<&'a str>,
    pub attribution: Option<&'a str>,
}

/// The speaker the group is credited to, or None when no member has one.
pub fn reconcile(voices: &[Voice<'_>]) -> Option<i64> {
    let mut tally: Vec<(i64, u32, usize)> = Vec::new();
    for (order, voice) in voices.iter().enumerate() {
        let Some(id) = voice.speaker_id else { continue };
        let weight = if names(voice.attribution, voice.speaker_name) {
            2
        } else {
            1
        };
        match tally.iter_mut().find(|(s, _, _)| *s == id) {
            Some(entry) => entry.1 += weight,
            None => tally.push((id, weight, order)),
        }
    }
    tally
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.2.cmp(&a.2)))
        .map(|(id, _, _)| id)
}

/// Whether the attribution names the speaker (a word of the name, three letters or more, in it).
fn names(attribution: Option<&str>, name: Option<&str>) -> bool {
    let (Some(attribution), Some(name)) = (attribution, name) else {
        return false;
    };
    let attribution = attribution.to_lowercase();
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .any(|w| attribution.contains(&w.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_named_speaker_outweighs_one_reached_through_the_statement() {
        let voices = [
            Voice {
                speaker_id: Some(7),
                speaker_name: Some("Prime Minister's Office"),
                attribution: Some("the statement"),
            },
            Voice {
                speaker_id: Some(3),
                speaker_name: Some("Mossad"),
                attribution: Some("the Mossad"),
            },
        ];
        assert_eq!(reconcile(&voices), Some(3));
    }

    #[test]
    fn ties_go_to_the_earliest_and_no_speaker_is_none() {
        let v = |id| Voice {
            speaker_id: Some(id),
            speaker_name: None,
            attribution: None,
        };
        assert_eq!(reconcile(&[v(4), v(5)]), Some(4));
        let none = Voice {
            speaker_id: None,
            speaker_name: None,
            attribution: None,
        };
        assert_eq!(reconcile(&[none]), None);
    }
}
