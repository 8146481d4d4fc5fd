//! Dates as the model keeps them.
//!
//! Full dates use [`time::Date`], serialised as ISO text ("2025-08-05") so the
//! workspace files stay readable. A birth date may be known only by its year.

use serde::{Deserialize, Serialize};
pub use time::Date;

/// `time::Date` as "YYYY-MM-DD" in RON.
pub mod iso_date {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;
    use time::macros::format_description;

    const FMT: &[time::format_description::BorrowedFormatItem<'static>] =
        format_description!("[year]-[month]-[day]");

    pub fn serialize<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
        let text = d.format(FMT).map_err(serde::ser::Error::custom)?;
        s.serialize_str(&text)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        parse(&String::deserialize(d)?)
    }

    /// Same for `Option<Date>`: `Some("2025-08-05")` or `None`.
    pub mod option {
        use serde::{Deserialize, Deserializer, Serializer};
        use time::Date;

        pub fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
            match d {
                Some(d) => {
                    let text = d.format(super::FMT).map_err(serde::ser::Error::custom)?;
                    s.serialize_some(&text)
                }
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(text) => super::parse(&text).map(Some),
            }
        }
    }

    fn parse<E: serde::de::Error>(text: &str) -> Result<Date, E> {
        Date::parse(text, FMT).map_err(|e| {
            E::custom(format!(
                "ngày không hợp lệ \"{text}\" ({e}); dạng đúng: YYYY-MM-DD"
            ))
        })
    }
}

/// A date that may be known only by its year (birth dates of older members).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartialDate {
    Full(#[serde(with = "iso_date")] Date),
    Year(i32),
}

impl PartialDate {
    pub fn year(&self) -> i32 {
        match self {
            PartialDate::Full(d) => d.year(),
            PartialDate::Year(y) => *y,
        }
    }

    /// Completed years of age on `at`. With only a year known, the age is
    /// counted as if the birthday were 1 July (the middle of the year).
    pub fn age_on(&self, at: Date) -> i32 {
        let (y, m, d) = match self {
            PartialDate::Full(b) => (b.year(), b.month() as u8, b.day()),
            PartialDate::Year(y) => (*y, 7, 1),
        };
        let mut age = at.year() - y;
        if (at.month() as u8, at.day()) < (m, d) {
            age -= 1;
        }
        age
    }
}

/// Build a date, `None` if it does not exist.
pub fn ymd(year: i32, month: u8, day: u8) -> Option<Date> {
    let month = time::Month::try_from(month).ok()?;
    Date::from_calendar_date(year, month, day).ok()
}
