//! The values placeholders resolve to, and the filters that format them.

use crate::model::Date;
use crate::rules::format::{self, PercentRule};
use crate::strings::docgen as msg;

/// A value of the context. Lists carry a prototype item so that a template can
/// be checked even when the list is empty.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Num(f64),
    Bool(bool),
    Date(Option<Date>),
    List(List),
    Record(Record),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct List {
    pub proto: Record,
    pub items: Vec<Record>,
}

/// Named fields, in order; a root context also carries the ward's
/// percentage rule, which the `percent` filter writes numbers by.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Record(pub Vec<(&'static str, Value)>, pub Option<PercentRule>);

impl Record {
    /// The rule `| percent` writes a number by in this context (set on the
    /// root context from `ward.percent`).
    pub fn percent_rule(&mut self, rule: PercentRule) -> &mut Self {
        self.1 = Some(rule);
        self
    }
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
    }
    pub fn text(&mut self, name: &'static str, v: impl Into<String>) -> &mut Self {
        self.0.push((name, Value::Text(v.into())));
        self
    }
    pub fn num(&mut self, name: &'static str, v: f64) -> &mut Self {
        self.0.push((name, Value::Num(v)));
        self
    }
    pub fn bool(&mut self, name: &'static str, v: bool) -> &mut Self {
        self.0.push((name, Value::Bool(v)));
        self
    }
    pub fn date(&mut self, name: &'static str, v: Option<Date>) -> &mut Self {
        self.0.push((name, Value::Date(v)));
        self
    }
    pub fn list(&mut self, name: &'static str, proto: Record, items: Vec<Record>) -> &mut Self {
        self.0.push((name, Value::List(List { proto, items })));
        self
    }
    pub fn record(&mut self, name: &'static str, r: Record) -> &mut Self {
        self.0.push((name, Value::Record(r)));
        self
    }
}

/// The kind of a value, for checking filters before rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Num,
    Bool,
    Date,
    List,
    Record,
}

impl Value {
    pub fn kind(&self) -> Kind {
        match self {
            Value::Text(_) => Kind::Text,
            Value::Num(_) => Kind::Num,
            Value::Bool(_) => Kind::Bool,
            Value::Date(_) => Kind::Date,
            Value::List(_) => Kind::List,
            Value::Record(_) => Kind::Record,
        }
    }

    /// For `{#if}`: true, non-empty text or list, non-zero number, a date set.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Text(t) => !t.trim().is_empty(),
            Value::Num(n) => *n != 0.0,
            Value::Bool(b) => *b,
            Value::Date(d) => d.is_some(),
            Value::List(l) => !l.items.is_empty(),
            Value::Record(_) => true,
        }
    }

    /// The text a placeholder without filters writes.
    pub fn display(&self) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::Num(n) => number(*n),
            Value::Bool(b) => msg::yes_no(*b).to_string(),
            Value::Date(Some(d)) => format::short_date(*d),
            Value::Date(None) => String::new(),
            Value::List(_) | Value::Record(_) => String::new(),
        }
    }
}

/// 4283 → "4.283"; 50.5 → "50,5".
fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format::thousands(n as i64)
    } else {
        format::decimal(n, 1)
    }
}

/// The filters, the kinds each accepts, and what it gives.
pub const FILTERS: &[(&str, &[Kind])] = &[
    ("upper", &[Kind::Text, Kind::Num, Kind::Bool, Kind::Date]),
    ("lower", &[Kind::Text, Kind::Num, Kind::Bool, Kind::Date]),
    ("long_date", &[Kind::Date]),
    ("short_date", &[Kind::Date]),
    ("year", &[Kind::Date]),
    ("thousands", &[Kind::Num]),
    // Text: a percentage the app already wrote by the ward's rule passes through.
    ("percent", &[Kind::Num, Kind::Text]),
    ("decimal", &[Kind::Num]),
    ("blank", &[Kind::Text, Kind::Num, Kind::Bool, Kind::Date]),
];

/// Kinds a filter accepts; `None` when there is no such filter.
pub fn filter_accepts(name: &str) -> Option<&'static [Kind]> {
    FILTERS.iter().find(|(n, _)| *n == name).map(|(_, k)| *k)
}

/// Kind of the value a filter gives (all filters give text, except that the
/// number formatters keep nothing numeric: they give text too).
pub fn apply_first(name: &str, v: &Value, rule: PercentRule) -> String {
    match (name, v) {
        ("long_date", Value::Date(Some(d))) => format::long_date(*d),
        ("long_date", Value::Date(None)) => msg::LONG_DATE_BLANK.to_string(),
        ("short_date", Value::Date(Some(d))) => format::short_date(*d),
        ("short_date", Value::Date(None)) => msg::SHORT_DATE_BLANK.to_string(),
        ("year", Value::Date(Some(d))) => d.year().to_string(),
        ("year", Value::Date(None)) => msg::FILL_BLANK_SHORT.to_string(),
        ("thousands", Value::Num(n)) => format::thousands(n.round() as i64),
        ("percent", Value::Num(n)) => rule.percent_value(*n),
        ("decimal", Value::Num(n)) => format::decimal(*n, 1),
        _ => apply_text(name, v.display()),
    }
}

/// A filter applied to text (the second and later filters of a chain).
pub fn apply_text(name: &str, text: String) -> String {
    match name {
        "upper" => text.to_uppercase(),
        "lower" => text.to_lowercase(),
        "blank" if text.trim().is_empty() => msg::FILL_BLANK.to_string(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_format_the_vietnamese_way() {
        let d = crate::model::ymd(2025, 8, 5);
        assert_eq!(
            apply_first("long_date", &Value::Date(d), PercentRule::default()),
            "ngày 05 tháng 8 năm 2025"
        );
        assert_eq!(
            apply_first("thousands", &Value::Num(4283.0), PercentRule::default()),
            "4.283"
        );
        assert_eq!(
            apply_first("percent", &Value::Num(75.6), PercentRule::default()),
            "75,6%"
        );
        assert_eq!(
            apply_first("percent", &Value::Num(80.0), PercentRule::default()),
            "80%"
        );
        assert_eq!(
            apply_first(
                "percent",
                &Value::Text("24,3%".into()),
                PercentRule::default()
            ),
            "24,3%"
        );
        assert_eq!(
            apply_first(
                "upper",
                &Value::Text("chi bộ ưu tú".into()),
                PercentRule::default()
            ),
            "CHI BỘ ƯU TÚ"
        );
        // A number is written by the context's rule: cut, 1/7 is 14,2%.
        let cut = PercentRule {
            rounding: crate::rules::format::Rounding::Cut,
            ..PercentRule::default()
        };
        assert_eq!(
            apply_first("percent", &Value::Num(100.0 / 7.0), cut),
            "14,2%"
        );
        assert_eq!(
            apply_first("percent", &Value::Num(100.0 / 7.0), PercentRule::default()),
            "14,3%"
        );
        assert_eq!(Value::Num(50.5).display(), "50,5");
        assert_eq!(apply_text("blank", " ".into()), msg::FILL_BLANK);
    }
}
