//! Dates as people type them to narrow a query: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. The archive stores
//! ISO-8601 text and compares it as text, so a date that does not exist (`2023-13`, `2023-02-30`)
//! would silently match the wrong articles; it is refused instead, saying what is wrong.

use time::{Date, Month};

/// Checks that `text` is a real year, month or day in ISO form; the error is a sentence for the user.
pub fn iso_date_prefix(text: &str) -> Result<(), String> {
    let shape_ok = match text.len() {
        4 => text.bytes().all(|b| b.is_ascii_digit()),
        7 | 10 => text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        }),
        _ => false,
    };
    if !shape_ok {
        return Err(format!(
            "`{text}` is not a date: write YYYY-MM-DD, YYYY-MM or YYYY"
        ));
    }
    let number = |range: std::ops::Range<usize>| text.get(range).and_then(|s| s.parse::<u8>().ok());
    let Some(month) = number(5..7) else {
        return Ok(());
    };
    let Ok(month) = Month::try_from(month) else {
        return Err(format!(
            "`{text}` is not a date: there is no month {month:02} (months are 01 to 12)"
        ));
    };
    let Some(day) = number(8..10) else {
        return Ok(());
    };
    let year: i32 = text[..4].parse().expect("four digits");
    if Date::from_calendar_date(year, month, day).is_err() {
        return Err(format!(
            "`{text}` is not a date: {month} {year} has no day {day} (it has {})",
            time::util::days_in_month(month, year)
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::iso_date_prefix;

    #[test]
    fn years_months_and_days_that_exist_are_accepted() {
        for ok in ["2023", "2023-01", "2023-12", "2024-02-29", "2023-12-31"] {
            assert_eq!(iso_date_prefix(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn impossible_dates_say_what_is_wrong() {
        let err = iso_date_prefix("2023-13").unwrap_err();
        assert!(err.contains("no month 13"), "{err}");
        assert!(
            iso_date_prefix("2023-00-10")
                .unwrap_err()
                .contains("no month 00")
        );
        let err = iso_date_prefix("2023-02-30").unwrap_err();
        assert!(
            err.contains("February 2023 has no day 30 (it has 28)"),
            "{err}"
        );
        assert!(
            iso_date_prefix("2023-04-00")
                .unwrap_err()
                .contains("no day 0")
        );
        assert!(
            iso_date_prefix("May 2025")
                .unwrap_err()
                .contains("YYYY-MM-DD")
        );
        assert!(iso_date_prefix("2023-1-1").is_err());
    }
}
