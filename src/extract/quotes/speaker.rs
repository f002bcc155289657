//! Speaker choice, the last stage: each quote's speaker, as the attribution stages read it, is
//! settled on the entity of the article it names. The stored name is the entity's fullest name
//! ("Vladimir Putin" where the attribution says "Putin", "Donald Trump Jr." kept apart from his
//! father), the kind is the entity's (a person, or a body), and a name the entity model shows to be
//! a place, an event, a prize, a work or a headline fragment speaks for nobody. The attribution
//! words stay as written.

use crate::extract::entities::{Entities, EntityKind, kind_of_name};
use crate::extract::{Quote, Speaker, SpeakerKind};

pub(super) fn settle_all(quotes: &mut [Quote], entities: &Entities) {
    for quote in quotes {
        if let Some(speaker) = quote.speaker.take() {
            quote.speaker = settle(speaker, quote.paragraph, entities);
        }
    }
}

fn settle(speaker: Speaker, paragraph: usize, entities: &Entities) -> Option<Speaker> {
    let Some(entity) = entities.resolve(&speaker.name, paragraph) else {
        // A name the article's mentions do not hold (it was read off an attribution phrase):
        // judged by its own words.
        return match kind_of_name(&speaker.name) {
            EntityKind::Place | EntityKind::Other if speaker.kind != SpeakerKind::Organization => {
                None
            }
            _ => Some(speaker),
        };
    };
    match (entity.kind, speaker.kind) {
        // Capitalised words the article also writes in lowercase may still name a body the
        // attribution calls one ("the Environment Regulator said").
        (EntityKind::Other, SpeakerKind::Organization) if !entity.certain => Some(speaker),
        (EntityKind::Place | EntityKind::Other, _) => None,
        // "the Trump campaign" is a body even where the article names Trump.
        (EntityKind::Person, SpeakerKind::Organization) => Some(speaker),
        (EntityKind::Person, _) => Some(Speaker {
            name: entity.name.clone(),
            kind: SpeakerKind::Person,
        }),
        (EntityKind::Organization, _) => Some(Speaker {
            name: entity.name.clone(),
            kind: SpeakerKind::Organization,
        }),
        (EntityKind::Unknown, kind) => Some(Speaker {
            name: entity.name.clone(),
            kind,
        }),
    }
}
