//! Text forms of dates and times: `strftime` in the C locale (glibc's directives), `strptime`
//! for the common directives, ISO 8601 output and CPython 3.12's `fromisoformat` input.

use super::datetime_::{days_before_month, iso_calendar, weekday, DAY_NAMES, MONTH_NAMES, US_PER_SECOND};
use crate::exc::{PyErr, PyResult};

/// The fields a format reads; `offset` is the UTC offset in microseconds of an aware value.
#[derive(Clone, Debug, Default)]
pub struct Fields {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub micro: i64,
    pub offset: Option<i128>,
    pub tzname: Option<String>,
}

/// `+HH:MM[:SS[.ffffff]]` (with `sep` between the parts), as `isoformat` and `%z` print it.
pub fn format_offset(us: i128, sep: &str) -> String {
    let sign = if us < 0 { '-' } else { '+' };
    let us = us.abs();
    let (secs, micro) = (us / US_PER_SECOND, us % US_PER_SECOND);
    let mut s = format!("{}{:02}{}{:02}", sign, secs / 3600, sep, secs / 60 % 60);
    if secs % 60 != 0 || micro != 0 {
        s.push_str(&format!("{}{:02}", sep, secs % 60));
        if micro != 0 {
            s.push_str(&format!(".{:06}", micro));
        }
    }
    s
}

/// `_format_time(hh, mm, ss, us, timespec)`.
pub fn format_time(f: &Fields, timespec: &str) -> PyResult<String> {
    let spec = if timespec == "auto" { if f.micro != 0 { "microseconds" } else { "seconds" } } else { timespec };
    Ok(match spec {
        "hours" => format!("{:02}", f.hour),
        "minutes" => format!("{:02}:{:02}", f.hour, f.minute),
        "seconds" => format!("{:02}:{:02}:{:02}", f.hour, f.minute, f.second),
        "milliseconds" => format!("{:02}:{:02}:{:02}.{:03}", f.hour, f.minute, f.second, f.micro / 1000),
        "microseconds" => format!("{:02}:{:02}:{:02}.{:06}", f.hour, f.minute, f.second, f.micro),
        _ => return Err(PyErr::value_error("Unknown timespec value")),
    })
}

fn yday(f: &Fields) -> i64 {
    days_before_month(f.year, f.month) + f.day
}

/// `datetime.strftime` in the C locale on glibc (CPython itself expands `%f`).
pub fn strftime(fmt: &str, f: &Fields) -> PyResult<String> {
    format_fields(fmt, f, true)
}

/// Whether `fmt` has `%z`/`%:z` and `%Z`, scanned as CPython's `wrap_strftime` scans it (`%%`
/// is a pair): only then does `datetime.strftime` ask the zone for its offset and name.
pub fn zone_directives(fmt: &str) -> (bool, bool) {
    let (mut offset, mut name) = (false, false);
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        match chars.next() {
            Some('z') => offset = true,
            Some('Z') => name = true,
            Some(':') if chars.peek() == Some(&'z') => offset = true,
            _ => {}
        }
    }
    (offset, name)
}

/// Directives glibc prints as numbers, which the `-`, `_` and `0` flags re-pad.
const NUMERIC: &str = "CdeGgHIjklmMsSuUVwWyY";

/// glibc's `strftime`: `%[flags][E|O]conversion` with the flags `-` (no padding), `_` (spaces),
/// `0` (zeros) and `^` (upper case); an unknown conversion is copied as written. A field width
/// or the `#` flag stops the program rather than being guessed. `python_f`: `%f` is
/// microseconds (`datetime`), else glibc's unknown `%f` (`time.strftime`).
pub fn format_fields(fmt: &str, f: &Fields, python_f: bool) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        // `%:z` is CPython's own (3.12), not glibc's.
        if python_f && chars.get(i) == Some(&':') && chars.get(i + 1) == Some(&'z') {
            i += 2;
            out.push_str(&f.offset.map(|o| format_offset(o, ":")).unwrap_or_default());
            continue;
        }
        let mut flags = Vec::new();
        while i < chars.len() && "_-0^#".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let width_start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let modifier = match chars.get(i) {
            Some(&m @ ('E' | 'O')) => {
                i += 1;
                Some(m)
            }
            _ => None,
        };
        let literal: String = chars[start..(i + 1).min(chars.len())].iter().collect();
        let conv = match chars.get(i) {
            Some(&c) => c,
            None => {
                out.push_str(&literal);
                break;
            }
        };
        i += 1;
        let valid_modifier = match modifier {
            Some('E') => "cCxXyY".contains(conv),
            Some(_) => "deHImMSuUVwWy".contains(conv),
            None => true,
        };
        let plain = flags.is_empty() && modifier.is_none() && width_start == i - 1;
        let text = if conv == 'f' && !(python_f && plain) { None } else { directive(conv, f)? };
        let text = match text {
            Some(t) if valid_modifier => t,
            _ => {
                out.push_str(&literal);
                continue;
            }
        };
        if flags.contains(&'#') || i - 1 > width_start + usize::from(modifier.is_some()) {
            return Err(PyErr::untranslatable(&format!("the strftime directive {:?} (a field width or the '#' flag)", literal)));
        }
        out.push_str(&apply_flags(&text, conv, &flags));
    }
    Ok(out)
}

fn apply_flags(text: &str, conv: char, flags: &[char]) -> String {
    let mut t = text.to_string();
    if NUMERIC.contains(conv) {
        let digits = t.trim_start_matches(|c| c == '0' || c == ' ');
        let digits = if digits.is_empty() { &t[t.len() - 1..] } else { digits };
        let pad = t.len() - digits.len();
        match flags.iter().rev().find(|c| "-_0".contains(**c)) {
            Some('-') => t = digits.to_string(),
            Some('_') => t = format!("{}{}", " ".repeat(pad), digits),
            Some('0') => t = format!("{}{}", "0".repeat(pad), digits),
            _ => {}
        }
    }
    // glibc keeps `%P` lower case whatever the flags say.
    if flags.contains(&'^') && conv != 'P' {
        t = t.to_uppercase();
    }
    t
}

/// One conversion's text; `None` for a conversion glibc does not know.
fn directive(d: char, f: &Fields) -> PyResult<Option<String>> {
    let wday = weekday(f.year, f.month, f.day); // Monday 0
    let sunday_based = (wday + 1) % 7;
    let hour12 = if f.hour % 12 == 0 { 12 } else { f.hour % 12 };
    Ok(Some(match d {
        'a' => DAY_NAMES[wday as usize][..3].to_string(),
        'A' => DAY_NAMES[wday as usize].to_string(),
        'w' => sunday_based.to_string(),
        'u' => (wday + 1).to_string(),
        'd' => format!("{:02}", f.day),
        'e' => format!("{:2}", f.day),
        'b' | 'h' => MONTH_NAMES[f.month as usize - 1][..3].to_string(),
        'B' => MONTH_NAMES[f.month as usize - 1].to_string(),
        'm' => format!("{:02}", f.month),
        'y' => format!("{:02}", f.year % 100),
        'Y' => f.year.to_string(),
        'C' => (f.year / 100).to_string(),
        'G' => iso_calendar(f.year, f.month, f.day).0.to_string(),
        'g' => format!("{:02}", iso_calendar(f.year, f.month, f.day).0 % 100),
        'V' => format!("{:02}", iso_calendar(f.year, f.month, f.day).1),
        'H' => format!("{:02}", f.hour),
        'k' => format!("{:2}", f.hour),
        'I' => format!("{:02}", hour12),
        'l' => format!("{:2}", hour12),
        'p' => (if f.hour < 12 { "AM" } else { "PM" }).to_string(),
        'P' => (if f.hour < 12 { "am" } else { "pm" }).to_string(),
        'M' => format!("{:02}", f.minute),
        'S' => format!("{:02}", f.second),
        'f' => format!("{:06}", f.micro),
        'j' => format!("{:03}", yday(f)),
        'U' => format!("{:02}", (yday(f) - 1 + 7 - sunday_based) / 7),
        'W' => format!("{:02}", (yday(f) - 1 + 7 - wday) / 7),
        // Seconds since the epoch of the wall-clock fields read as local time (UTC here).
        's' => {
            let days = super::datetime_::ymd_to_ord(f.year, f.month, f.day) - super::datetime_::ymd_to_ord(1970, 1, 1);
            (days * 86_400 + f.hour * 3600 + f.minute * 60 + f.second).to_string()
        }
        'z' => f.offset.map(|o| format_offset(o, "")).unwrap_or_default(),
        'Z' => f.tzname.clone().unwrap_or_default(),
        'c' => format_fields("%a %b %e %H:%M:%S %Y", f, false)?,
        'x' | 'D' => format_fields("%m/%d/%y", f, false)?,
        'X' | 'T' => format_fields("%H:%M:%S", f, false)?,
        'F' => format_fields("%Y-%m-%d", f, false)?,
        'R' => format_fields("%H:%M", f, false)?,
        'r' => format_fields("%I:%M:%S %p", f, false)?,
        'n' => "\n".to_string(),
        't' => "\t".to_string(),
        '%' => "%".to_string(),
        _ => return Ok(None),
    }))
}

/// `ctime()`: `Mon May  6 00:00:00 2024`.
pub fn ctime(f: &Fields) -> String {
    format_fields("%a %b %e %H:%M:%S %Y", f, false).unwrap_or_default()
}

fn digits(s: &[char], at: usize, n: usize) -> Option<i64> {
    if at + n > s.len() || !s[at..at + n].iter().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s[at..at + n].iter().collect::<String>().parse().ok()
}

/// The date part of an ISO string: `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-Www-D`, `YYYYWwwD`;
/// returns the fields and the number of characters read.
pub fn parse_iso_date(s: &[char]) -> Option<((i64, i64, i64), usize)> {
    let year = digits(s, 0, 4)?;
    let dashed = s.get(4) == Some(&'-');
    let at = if dashed { 5 } else { 4 };
    if s.get(at) == Some(&'W') {
        let week = digits(s, at + 1, 2)?;
        let mut p = at + 3;
        let mut day = 1;
        if p < s.len() && (s[p] == '-') == dashed && (s[p] == '-' || s[p].is_ascii_digit()) {
            if dashed {
                p += 1;
            }
            day = digits(s, p, 1)?;
            p += 1;
        }
        return Some((super::datetime_::iso_to_ymd(year, week, day)?, p));
    }
    let month = digits(s, at, 2)?;
    let dat = if dashed {
        if s.get(at + 2) != Some(&'-') {
            return None;
        }
        at + 3
    } else {
        at + 2
    };
    let day = digits(s, dat, 2)?;
    Some(((year, month, day), dat + 2))
}

/// The time part: `HH[:MM[:SS[.fff[fff]]]]` or compact, then an optional offset (`Z`,
/// `±HH[:MM[:SS[.ffffff]]]`). Returns hour, minute, second, microsecond and the offset.
pub fn parse_iso_time(s: &[char]) -> Option<((i64, i64, i64, i64), Option<i128>)> {
    let tz_at = s.iter().position(|c| *c == '+' || *c == '-' || *c == 'Z').unwrap_or(s.len());
    let (time, tz) = s.split_at(tz_at);
    let mut fields = [0i64; 3];
    let mut p = 0;
    let colons = time.get(2) == Some(&':');
    for (i, field) in fields.iter_mut().enumerate() {
        if p >= time.len() {
            if i == 0 {
                return None;
            }
            break;
        }
        if i > 0 && colons {
            if time[p] != ':' {
                return None;
            }
            p += 1;
        }
        *field = digits(time, p, 2)?;
        p += 2;
        if p < time.len() && (time[p] == '.' || time[p] == ',') {
            break;
        }
    }
    let mut micro = 0;
    if p < time.len() {
        if time[p] != '.' && time[p] != ',' {
            return None;
        }
        let frac: String = time[p + 1..].iter().collect();
        if frac.is_empty() || !frac.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let six: String = frac.chars().chain(std::iter::repeat('0')).take(6).collect();
        micro = six.parse().ok()?;
    }
    let offset = if tz.is_empty() {
        None
    } else if tz == ['Z'] {
        Some(0)
    } else {
        let sign: i128 = if tz[0] == '-' { -1 } else { 1 };
        let ((h, m, sec, us), inner) = parse_iso_time(&tz[1..])?;
        if inner.is_some() {
            return None;
        }
        Some(sign * ((h as i128 * 3600 + m as i128 * 60 + sec as i128) * US_PER_SECOND + us as i128))
    };
    Some(((fields[0], fields[1], fields[2], micro), offset))
}

fn take_num(s: &[char], p: &mut usize, max_len: usize) -> Option<i64> {
    let start = *p;
    while *p < s.len() && *p - start < max_len && s[*p].is_ascii_digit() {
        *p += 1;
    }
    if *p == start {
        None
    } else {
        s[start..*p].iter().collect::<String>().parse().ok()
    }
}

fn take_name(s: &[char], p: &mut usize, names: &[&str], abbreviated: bool) -> Option<usize> {
    let rest: String = s[*p..].iter().collect::<String>().to_lowercase();
    // Longest first, so "May" does not cut "Mayday" short and full names beat abbreviations.
    let mut best: Option<(usize, usize)> = None;
    for (i, n) in names.iter().enumerate() {
        let cand = if abbreviated { n[..3].to_lowercase() } else { n.to_lowercase() };
        if rest.starts_with(&cand) && best.map_or(true, |(_, l)| cand.len() > l) {
            best = Some((i, cand.len()));
        }
    }
    let (i, l) = best?;
    *p += l;
    Some(i)
}

/// `datetime.strptime(text, format)` for `%Y %y %m %d %H %I %M %S %f %p %b %B %a %A %j %z %%`.
pub fn strptime(text: &str, fmt: &str) -> PyResult<Fields> {
    let fail = || {
        PyErr::value_error(format!(
            "time data {} does not match format {}",
            crate::value::text::repr_of(&crate::value::Value::str(text)).map(|s| s.to_string()).unwrap_or_default(),
            crate::value::text::repr_of(&crate::value::Value::str(fmt)).map(|s| s.to_string()).unwrap_or_default()
        ))
    };
    let s: Vec<char> = text.chars().collect();
    let f: Vec<char> = fmt.chars().collect();
    let (mut p, mut i) = (0usize, 0usize);
    let mut out = Fields { year: 1900, month: 1, day: 1, ..Fields::default() };
    let mut pm: Option<bool> = None;
    let mut hour12: Option<i64> = None;
    let mut julian: Option<i64> = None;
    while i < f.len() {
        let c = f[i];
        if c.is_whitespace() {
            while i < f.len() && f[i].is_whitespace() {
                i += 1;
            }
            if p >= s.len() || !s[p].is_whitespace() {
                return Err(fail());
            }
            while p < s.len() && s[p].is_whitespace() {
                p += 1;
            }
            continue;
        }
        if c != '%' {
            if p < s.len() && s[p].to_lowercase().eq(c.to_lowercase()) {
                p += 1;
                i += 1;
                continue;
            }
            return Err(fail());
        }
        let d = *f.get(i + 1).ok_or_else(|| PyErr::value_error(format!("stray % in format {}", crate::value::text::repr_of(&crate::value::Value::str(fmt)).map(|s| s.to_string()).unwrap_or_default())))?;
        i += 2;
        let ok = match d {
            'Y' => take_num(&s, &mut p, 4).map(|v| out.year = v),
            'y' => take_num(&s, &mut p, 2).map(|v| out.year = if v < 69 { 2000 + v } else { 1900 + v }),
            'm' => take_num(&s, &mut p, 2).filter(|v| (1..=12).contains(v)).map(|v| out.month = v),
            'd' => take_num(&s, &mut p, 2).filter(|v| (1..=31).contains(v)).map(|v| out.day = v),
            'H' => take_num(&s, &mut p, 2).filter(|v| *v <= 23).map(|v| out.hour = v),
            'I' => take_num(&s, &mut p, 2).filter(|v| (1..=12).contains(v)).map(|v| hour12 = Some(v)),
            'M' => take_num(&s, &mut p, 2).filter(|v| *v <= 59).map(|v| out.minute = v),
            'S' => take_num(&s, &mut p, 2).filter(|v| *v <= 61).map(|v| out.second = v),
            'j' => take_num(&s, &mut p, 3).filter(|v| (1..=366).contains(v)).map(|v| julian = Some(v)),
            'f' => {
                let start = p;
                take_num(&s, &mut p, 6).map(|_| {
                    let frac: String = s[start..p].iter().chain(std::iter::repeat(&'0')).take(6).collect();
                    out.micro = frac.parse().unwrap_or(0);
                })
            }
            'p' => take_name(&s, &mut p, &["AM", "PM"], false).map(|v| pm = Some(v == 1)),
            'b' | 'h' => take_name(&s, &mut p, &MONTH_NAMES, true).map(|v| out.month = v as i64 + 1),
            'B' => take_name(&s, &mut p, &MONTH_NAMES, false).map(|v| out.month = v as i64 + 1),
            'a' => take_name(&s, &mut p, &DAY_NAMES, true).map(|_| ()),
            'A' => take_name(&s, &mut p, &DAY_NAMES, false).map(|_| ()),
            'z' => {
                if p < s.len() && s[p] == 'Z' {
                    p += 1;
                    out.offset = Some(0);
                    Some(())
                } else if p < s.len() && (s[p] == '+' || s[p] == '-') {
                    let sign: i128 = if s[p] == '-' { -1 } else { 1 };
                    p += 1;
                    let h = digits(&s, p, 2);
                    p += 2;
                    if s.get(p) == Some(&':') {
                        p += 1;
                    }
                    let m = digits(&s, p, 2);
                    p += 2;
                    match (h, m) {
                        (Some(h), Some(m)) => {
                            out.offset = Some(sign * (h as i128 * 3600 + m as i128 * 60) * US_PER_SECOND);
                            Some(())
                        }
                        _ => None,
                    }
                } else {
                    None
                }
            }
            '%' => {
                if s.get(p) == Some(&'%') {
                    p += 1;
                    Some(())
                } else {
                    None
                }
            }
            other => {
                return Err(PyErr::value_error(format!(
                    "'{}' is a bad directive in format {}",
                    other,
                    crate::value::text::repr_of(&crate::value::Value::str(fmt)).map(|s| s.to_string()).unwrap_or_default()
                )))
            }
        };
        if ok.is_none() {
            return Err(fail());
        }
    }
    if p < s.len() {
        let rest: String = s[p..].iter().collect();
        return Err(PyErr::value_error(format!("unconverted data remains: {}", rest)));
    }
    if let Some(h) = hour12 {
        out.hour = match pm {
            Some(true) => h % 12 + 12,
            _ => h % 12,
        };
    }
    if let Some(j) = julian {
        let ord = super::datetime_::ymd_to_ord(out.year, 1, 1) + j - 1;
        let (y, m, d) = super::datetime_::ord_to_ymd(ord);
        out.year = y;
        out.month = m;
        out.day = d;
    }
    if out.day > super::datetime_::days_in_month(out.year, out.month) {
        return Err(PyErr::value_error("day is out of range for month"));
    }
    Ok(out)
}
