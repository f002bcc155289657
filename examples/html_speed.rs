//! How fast saved HTML pages are extracted: `cargo run --release --example html_speed -- STAGE DIR...`
//! runs one stage over every `.html` file under the folders (STAGE: `all` the whole extraction,
//! `parse` the HTML turned into text and metadata, `flat` that text printed, `text` the text path
//! on that text), so that `perf stat -e task-clock,instructions` around it gives the CPU cost of
//! each stage on a shared machine where wall time says little.

use morgue::extract::{Hints, Profiles, decode, extract, html, text};

fn main() {
    let mut args = std::env::args().skip(1);
    let stage = args.next().unwrap_or_else(|| "all".to_owned());
    let mut pages = Vec::new();
    for dir in args {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            eprintln!("html_speed: cannot read {dir}: pass folders of .html files");
            std::process::exit(2);
        };
        for entry in rd.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|x| x == "html")
                && let Some(d) = std::fs::read(&path).ok().and_then(|b| decode(&b).ok())
            {
                pages.push(d.text);
            }
        }
    }
    let profiles = Profiles::bundled();
    let hints = Hints::default();
    let mut articles = 0usize;
    for page in &pages {
        articles += match stage.as_str() {
            "parse" => usize::from(!html::parse(page).text.is_empty()),
            // The text the text path reads the header from, to look at while changing a stage.
            "flat" => {
                println!("{}", html::parse(page).text);
                1
            }
            "text" => text::extract(&html::parse(page).text, &hints, &profiles)
                .articles
                .len(),
            _ => extract(page, &hints, &profiles).articles.len(),
        };
    }
    eprintln!("{} pages, {articles} articles, stage {stage}", pages.len());
}
