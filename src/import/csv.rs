//! A small CSV reader (RFC 4180): quoted fields with doubled quotes and line
//! breaks, the delimiter guessed from the header line (`,` `;` or tab), a
//! UTF-8 byte-order mark skipped.

/// Split CSV text into rows of fields. Rows that are entirely empty are kept
/// (as one empty field) so row numbers stay those of the file.
pub fn parse(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delim = guess_delimiter(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            c if c == delim => {
                row.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_field_start = true;
            }
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// The delimiter that occurs most often outside quotes on the first line.
fn guess_delimiter(text: &str) -> char {
    let mut counts = [(',', 0usize), (';', 0), ('\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            c if !quoted => {
                for (d, n) in counts.iter_mut() {
                    if *d == c {
                        *n += 1;
                    }
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map(|(d, _)| *d)
        .unwrap_or(',')
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn quotes_delimiters_and_line_breaks() {
        let rows = parse(
            "\u{feff}STT;Họ và tên;Ghi chú\r\n1;\"Lê Văn \"\"Tư\"\"\";\"a;b\nc\"\r\n\r\n2;Hà;\n",
        );
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[0], ["STT", "Họ và tên", "Ghi chú"]);
        assert_eq!(rows[1], ["1", "Lê Văn \"Tư\"", "a;b\nc"]);
        assert_eq!(rows[2], [""]);
        assert_eq!(rows[3], ["2", "Hà", ""]);
        assert_eq!(parse("a,b\n1,2"), [["a", "b"], ["1", "2"]]);
        assert_eq!(parse("a\tb\n1\t2\n"), [["a", "b"], ["1", "2"]]);
        assert!(parse("").is_empty());
    }
}
