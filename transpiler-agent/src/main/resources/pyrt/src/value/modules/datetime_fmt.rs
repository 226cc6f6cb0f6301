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

/// `time.strftime` in the C locale on glibc.
pub fn strftime(fmt: &str, f: &Fields) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    let wday = weekday(f.year, f.month, f.day); // Monday 0
    let sunday_based = (wday + 1) % 7;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let d = match chars.next() {
            Some(d) => d,
            None => {
                out.push('%');
                break;
            }
        };
        let hour12 = if f.hour % 12 == 0 { 12 } else { f.hour % 12 };
        match d {
            'a' => out.push_str(&DAY_NAMES[wday as usize][..3]),
            'A' => out.push_str(DAY_NAMES[wday as usize]),
            'w' => out.push_str(&sunday_based.to_string()),
            'u' => out.push_str(&(wday + 1).to_string()),
            'd' => out.push_str(&format!("{:02}", f.day)),
            'e' => out.push_str(&format!("{:2}", f.day)),
            'b' | 'h' => out.push_str(&MONTH_NAMES[f.month as usize - 1][..3]),
            'B' => out.push_str(MONTH_NAMES[f.month as usize - 1]),
            'm' => out.push_str(&format!("{:02}", f.month)),
            'y' => out.push_str(&format!("{:02}", f.year % 100)),
            'Y' => out.push_str(&f.year.to_string()),
            'C' => out.push_str(&format!("{:02}", f.year / 100)),
            'G' => out.push_str(&iso_calendar(f.year, f.month, f.day).0.to_string()),
            'g' => out.push_str(&format!("{:02}", iso_calendar(f.year, f.month, f.day).0 % 100)),
            'V' => out.push_str(&format!("{:02}", iso_calendar(f.year, f.month, f.day).1)),
            'H' => out.push_str(&format!("{:02}", f.hour)),
            'k' => out.push_str(&format!("{:2}", f.hour)),
            'I' => out.push_str(&format!("{:02}", hour12)),
            'l' => out.push_str(&format!("{:2}", hour12)),
            'p' => out.push_str(if f.hour < 12 { "AM" } else { "PM" }),
            'P' => out.push_str(if f.hour < 12 { "am" } else { "pm" }),
            'M' => out.push_str(&format!("{:02}", f.minute)),
            'S' => out.push_str(&format!("{:02}", f.second)),
            'f' => out.push_str(&format!("{:06}", f.micro)),
            'j' => out.push_str(&format!("{:03}", yday(f))),
            'U' => out.push_str(&format!("{:02}", (yday(f) - 1 + 7 - sunday_based) / 7)),
            'W' => out.push_str(&format!("{:02}", (yday(f) - 1 + 7 - wday) / 7)),
            'z' => {
                if let Some(o) = f.offset {
                    out.push_str(&format_offset(o, ""));
                }
            }
            ':' if chars.peek() == Some(&'z') => {
                chars.next();
                if let Some(o) = f.offset {
                    out.push_str(&format_offset(o, ":"));
                }
            }
            'Z' => out.push_str(f.tzname.as_deref().unwrap_or("")),
            'c' => out.push_str(&strftime("%a %b %e %H:%M:%S %Y", f)),
            'x' => out.push_str(&strftime("%m/%d/%y", f)),
            'X' => out.push_str(&strftime("%H:%M:%S", f)),
            'D' => out.push_str(&strftime("%m/%d/%y", f)),
            'F' => out.push_str(&strftime("%Y-%m-%d", f)),
            'T' => out.push_str(&strftime("%H:%M:%S", f)),
            'R' => out.push_str(&strftime("%H:%M", f)),
            'r' => out.push_str(&strftime("%I:%M:%S %p", f)),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            '%' => out.push('%'),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    out
}

/// `ctime()`: `Mon May  6 00:00:00 2024`.
pub fn ctime(f: &Fields) -> String {
    strftime("%a %b %e %H:%M:%S %Y", f)
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
