//! Vietnamese formatting of dates and numbers.

use time::Date;

/// "ngày 05 tháng 8 năm 2025": days below 10 and months 1 and 2 take a
/// leading zero (HD 36).
pub fn long_date(d: Date) -> String {
    let month = d.month() as u8;
    let month = if month <= 2 {
        format!("{month:02}")
    } else {
        month.to_string()
    };
    format!("ngày {:02} tháng {} năm {}", d.day(), month, d.year())
}

/// "Hoài Tân, ngày 05 tháng 8 năm 2025"; with no date, the blanks to fill
/// by hand: "Hoài Tân, ngày    tháng    năm 2025".
pub fn place_and_date(place: &str, d: Option<Date>, year_hint: i32) -> String {
    match d {
        Some(d) => format!("{place}, {}", long_date(d)),
        None => format!("{place}, ngày    tháng    năm {year_hint}"),
    }
}

/// "05/8/2025"-style short date used in tables: dd/mm/yyyy.
pub fn short_date(d: Date) -> String {
    format!("{:02}/{:02}/{}", d.day(), d.month() as u8, d.year())
}

/// Thousands with a dot: 4283 → "4.283".
pub fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// A ratio as a percentage with a decimal comma and `decimals` places:
/// percent(31, 41, 1) → "75,6%". A zero denominator gives "0%".
pub fn percent(part: u64, whole: u64, decimals: usize) -> String {
    if whole == 0 {
        return "0%".into();
    }
    let value = part as f64 * 100.0 / whole as f64;
    format!("{}%", decimal(value, decimals))
}

/// A percentage already computed, e.g. 20.0 → "20%", 16.67 → "16,7%"
/// (`decimals` places, a trailing ",0" dropped).
pub fn percent_value(value: f64, decimals: usize) -> String {
    let text = decimal(value, decimals);
    let zero = format!(",{}", "0".repeat(decimals));
    let text = if decimals > 0 {
        text.strip_suffix(zero.as_str())
            .map(str::to_string)
            .unwrap_or(text)
    } else {
        text
    };
    format!("{text}%")
}

/// A number with a decimal comma: 50.5 → "50,5".
pub fn decimal(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let int_num: i64 = int.parse().unwrap_or(0);
    let int_text = if int.starts_with('-') && int_num == 0 {
        "-0".to_string()
    } else {
        thousands(int_num)
    };
    match frac {
        Some(f) => format!("{int_text},{f}"),
        None => int_text,
    }
}

/// How a figure's last digit is obtained (DOMAIN.md "The ward's roll-up").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Rounding {
    /// 1/7 = 14,2857… → "14,3%" (the default).
    #[default]
    HalfUp,
    /// 1/7 → "14,2%": some ward reports cut instead of rounding.
    Cut,
}

/// How many digits a figure keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Precision {
    /// A fixed number of decimals: `Decimals(1)` → "75,6%".
    Decimals(u8),
    /// Significant digits, as the Hoài Tân report writes them:
    /// `Significant(3)` → "75,6%", "4,87%", "80%".
    Significant(u8),
}

impl Default for Precision {
    fn default() -> Self {
        Precision::Decimals(1)
    }
}

/// The one rule every document writes percentages and averages by
/// (`ward.ron`: `percent: (rounding: HalfUp, precision: Decimals(1))`).
/// Trailing zeros are dropped: "80%", not "80,0%".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct PercentRule {
    pub rounding: Rounding,
    pub precision: Precision,
}

impl PercentRule {
    /// The Hoài Tân report's rule: cut to three significant digits.
    pub const CUT_THREE_SIGNIFICANT: PercentRule = PercentRule {
        rounding: Rounding::Cut,
        precision: Precision::Significant(3),
    };

    /// `num / den` written by the rule ("50,5"); "0" when `den` is zero.
    pub fn figure(&self, num: u64, den: u64) -> String {
        if den == 0 {
            return "0".into();
        }
        let (num, den) = (u128::from(num), u128::from(den));
        let decimals = match self.precision {
            Precision::Decimals(d) => u32::from(d.min(6)),
            Precision::Significant(s) => {
                let int = num / den;
                let int_digits = if int == 0 { 1 } else { int.ilog10() + 1 };
                u32::from(s.min(9)).saturating_sub(int_digits)
            }
        };
        let scale = 10u128.pow(decimals);
        let scaled = match self.rounding {
            Rounding::Cut => num * scale / den,
            Rounding::HalfUp => (2 * num * scale + den) / (2 * den),
        };
        let int_text = thousands(i64::try_from(scaled / scale).unwrap_or(i64::MAX));
        let frac = scaled % scale;
        if frac == 0 {
            return int_text;
        }
        let width = decimals as usize;
        let frac_text = format!("{frac:0width$}");
        format!("{int_text},{}", frac_text.trim_end_matches('0'))
    }

    /// `part` of `whole` as a percentage: "75,6%"; "0%" when `whole` is zero.
    pub fn percent(&self, part: u64, whole: u64) -> String {
        format!("{}%", self.figure(part.saturating_mul(100), whole))
    }

    /// A percentage already computed (a template's number): 14.2857 →
    /// "14,3%". Negative values are written as 0.
    pub fn percent_value(&self, value: f64) -> String {
        // Thousandths of a percent are exact enough for any count a ward has.
        let milli = (value.max(0.0) * 100_000.0).round() as u64;
        format!("{}%", self.figure(milli, 100_000))
    }
}

/// A non-breaking space: keeps "2025 - 2030" and "Số 01-BC/CB" on one line.
pub const NBSP: char = '\u{a0}';

/// "2025 - 2030" with non-breaking spaces, so a line never breaks inside it.
pub fn term(start: i32, end: i32) -> String {
    format!("{start}{NBSP}-{NBSP}{end}")
}

/// Two-digit running number: 1 → "01".
pub fn running_number(n: u32) -> String {
    format!("{n:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn long_date_leading_zeros() {
        assert_eq!(long_date(date!(2025 - 08 - 05)), "ngày 05 tháng 8 năm 2025");
        assert_eq!(
            long_date(date!(2025 - 02 - 05)),
            "ngày 05 tháng 02 năm 2025"
        );
        assert_eq!(
            long_date(date!(2025 - 01 - 15)),
            "ngày 15 tháng 01 năm 2025"
        );
        assert_eq!(
            long_date(date!(2025 - 12 - 31)),
            "ngày 31 tháng 12 năm 2025"
        );
    }

    #[test]
    fn numbers_vietnamese_style() {
        assert_eq!(thousands(4283), "4.283");
        assert_eq!(thousands(1_234_567), "1.234.567");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(-4283), "-4.283");
        assert_eq!(percent(31, 41, 1), "75,6%");
        assert_eq!(percent(12, 15, 0), "80%");
        assert_eq!(percent(2, 41, 2), "4,88%");
        assert_eq!(percent(1, 0, 1), "0%");
        assert_eq!(decimal(50.5, 1), "50,5");
        assert_eq!(decimal(4283.25, 2), "4.283,25");
    }

    #[test]
    fn one_percent_rule_rounds_or_cuts() {
        let round = PercentRule::default();
        assert_eq!(round.percent(1, 7), "14,3%");
        assert_eq!(round.percent(7, 9), "77,8%");
        assert_eq!(round.percent(4, 5), "80%");
        assert_eq!(round.percent(1, 0), "0%");
        assert_eq!(round.percent(1, 8), "12,5%");
        assert_eq!(round.percent(1, 16), "6,3%");
        assert_eq!(round.percent_value(14.2857), "14,3%");
        assert_eq!(round.figure(2072, 41), "50,5");
        let cut = PercentRule {
            rounding: Rounding::Cut,
            ..PercentRule::default()
        };
        assert_eq!(cut.percent(7, 9), "77,7%");
        assert_eq!(cut.percent(1, 7), "14,2%");
        let ht = PercentRule::CUT_THREE_SIGNIFICANT;
        assert_eq!(ht.percent(31, 41), "75,6%");
        assert_eq!(ht.percent(2, 41), "4,87%");
        assert_eq!(ht.percent(10, 41), "24,3%");
        assert_eq!(ht.percent(12, 15), "80%");
        assert_eq!(ht.figure(428_300, 100), "4.283");
        assert_eq!(ht.figure(1, 8), "0,12");
        let two = PercentRule {
            precision: Precision::Decimals(2),
            ..PercentRule::default()
        };
        assert_eq!(two.percent(2, 41), "4,88%");
        assert_eq!(two.percent(4, 5), "80%");
    }
}
