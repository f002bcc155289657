//! Outlet profiles: what morgue knows about each outlet (names, domains, signature lines, boilerplate,
//! byline patterns), kept as data. The bundled file ships in the binary; a user's file adds to or
//! overrides it entry by entry.

use serde::Deserialize;
use thiserror::Error;

#[derive(Debug, Error)]
#[error("outlet profiles are not valid TOML: {0}")]
pub struct ProfileError(#[from] toml::de::Error);

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Profiles {
    #[serde(default, rename = "outlet")]
    pub outlets: Vec<Profile>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Profile {
    pub name: String,
    #[serde(default)]
    pub domains: Vec<String>,
}

impl Profiles {
    /// The profiles bundled with morgue.
    pub fn bundled() -> Self {
        Self::default()
    }

    /// Adds the profiles of a user's file (TOML text); an entry with a bundled outlet's name replaces it.
    pub fn merge_user(&mut self, toml_text: &str) -> Result<(), ProfileError> {
        let user: Profiles = toml::from_str(toml_text)?;
        for profile in user.outlets {
            self.outlets.retain(|p| !p.name.eq_ignore_ascii_case(&profile.name));
            self.outlets.push(profile);
        }
        Ok(())
    }
}
