//! `str` methods that search and cut: find/rfind/index/rindex/count, startswith/endswith,
//! split/rsplit/splitlines, partition/rpartition, replace, strip/lstrip/rstrip.
//! Positions are code-point indices with CPython's `ADJUST_INDICES` for start/end.

use crate::exc::{PyErr, PyResult};
use crate::str::{is_space, Str};
use crate::value::builtins::args;
use crate::value::Value;

/// `s[start:end]` bounds as CPython's `ADJUST_INDICES` computes them (None = absent).
pub fn bounds(len: usize, start: Option<&Value>, end: Option<&Value>) -> PyResult<(i64, i64)> {
    let n = len as i64;
    let get = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = args::index(v)?;
                Ok(match i.to_i64() {
                    Some(x) => x,
                    None if i.is_negative() => i64::MIN / 2,
                    None => i64::MAX / 2,
                })
            }
        }
    };
    let mut s = get(start, 0)?;
    let mut e = get(end, n)?;
    if e > n {
        e = n;
    } else if e < 0 {
        e = (e + n).max(0);
    }
    if s < 0 {
        s = (s + n).max(0);
    }
    Ok((s, e))
}

fn chars_of(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn find_in(hay: &[char], needle: &[char], start: i64, end: i64, reverse: bool) -> i64 {
    if start > hay.len() as i64 || end - start < needle.len() as i64 {
        return -1;
    }
    let (start, end) = (start as usize, end as usize);
    let last = end - needle.len();
    if reverse {
        (start..=last).rev().find(|&i| hay[i..i + needle.len()] == *needle).map_or(-1, |i| i as i64)
    } else {
        (start..=last).find(|&i| hay[i..i + needle.len()] == *needle).map_or(-1, |i| i as i64)
    }
}

fn sub_arg<'a>(v: &'a Value, method: &str) -> PyResult<&'a Str> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(PyErr::type_error(format!(
            "{}() argument 1 must be str, not {}",
            method,
            other.type_name()
        ))),
    }
}

fn at_least_one(method: &str, a: &[Value]) -> PyResult<()> {
    if a.is_empty() {
        return Err(PyErr::type_error(format!("{}() takes at least 1 argument (0 given)", method)));
    }
    if a.len() > 3 {
        return Err(PyErr::type_error(format!("{}() takes at most 3 arguments ({} given)", method, a.len())));
    }
    Ok(())
}

/// find, rfind, index, rindex.
pub fn find(s: &Str, method: &str, a: &[Value]) -> PyResult<Value> {
    at_least_one(method, a)?;
    let sub = sub_arg(&a[0], method)?;
    let reverse = method.starts_with('r');
    let raising = method.ends_with("index");
    let r = if s.as_str().is_ascii() && sub.as_str().is_ascii() && a.len() == 1 {
        let found = if reverse { s.as_str().rfind(sub.as_str()) } else { s.as_str().find(sub.as_str()) };
        found.map_or(-1, |i| i as i64)
    } else {
        let hay = chars_of(s.as_str());
        let (st, en) = bounds(hay.len(), a.get(1), a.get(2))?;
        find_in(&hay, &chars_of(sub.as_str()), st, en, reverse)
    };
    if r < 0 && raising {
        return Err(PyErr::value_error("substring not found"));
    }
    Ok(Value::int(r))
}

pub fn count(s: &Str, a: &[Value]) -> PyResult<Value> {
    at_least_one("count", a)?;
    let sub = sub_arg(&a[0], "count")?;
    let hay = chars_of(s.as_str());
    let needle = chars_of(sub.as_str());
    let (st, en) = bounds(hay.len(), a.get(1), a.get(2))?;
    if st > hay.len() as i64 || en < st {
        return Ok(Value::int(0));
    }
    if needle.is_empty() {
        return Ok(Value::int(en - st + 1));
    }
    let (mut i, en) = (st as usize, en as usize);
    let mut n = 0;
    while i + needle.len() <= en {
        if hay[i..i + needle.len()] == *needle {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::int(n))
}

/// startswith / endswith, with a str or a tuple of str.
pub fn affix(s: &Str, method: &str, a: &[Value]) -> PyResult<Value> {
    if a.is_empty() || a.len() > 3 {
        return Err(PyErr::type_error(format!(
            "{}() takes at least 1 argument (0 given)",
            method
        )));
    }
    let hay = chars_of(s.as_str());
    let (st, en) = bounds(hay.len(), a.get(1), a.get(2))?;
    let test = |p: &Str| -> bool {
        let p = chars_of(p.as_str());
        let stop = en - p.len() as i64;
        if stop < st || st > hay.len() as i64 {
            return false;
        }
        let at = if method == "startswith" { st as usize } else { stop as usize };
        hay[at..at + p.len()] == *p
    };
    match &a[0] {
        Value::Str(p) => Ok(Value::Bool(test(p))),
        Value::Tuple(t) => {
            for item in t.iter() {
                match item {
                    Value::Str(p) => {
                        if test(p) {
                            return Ok(Value::TRUE);
                        }
                    }
                    other => {
                        return Err(PyErr::type_error(format!(
                            "tuple for {} must only contain str, not {}",
                            method,
                            other.type_name()
                        )))
                    }
                }
            }
            Ok(Value::FALSE)
        }
        other => Err(PyErr::type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            method,
            other.type_name()
        ))),
    }
}

fn str_list(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

/// split / rsplit (`sep=None` splits on runs of whitespace).
pub fn split(s: &Str, method: &str, a: Vec<Option<Value>>) -> PyResult<Value> {
    let maxsplit = match &a[1] {
        None => -1,
        Some(v) => args::index_i64(v)?,
    };
    let text = s.as_str();
    let reverse = method == "rsplit";
    let sep = match &a[0] {
        None | Some(Value::None) => return Ok(str_list(split_whitespace(text, maxsplit, reverse))),
        Some(Value::Str(sep)) => sep.clone(),
        Some(other) => return Err(PyErr::type_error(format!("must be str or None, not {}", other.type_name()))),
    };
    if sep.as_str().is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let parts: Vec<&str> = match (maxsplit < 0, reverse) {
        (true, _) => text.split(sep.as_str()).collect(),
        (false, false) => text.splitn(maxsplit as usize + 1, sep.as_str()).collect(),
        (false, true) => {
            let mut p: Vec<&str> = text.rsplitn(maxsplit as usize + 1, sep.as_str()).collect();
            p.reverse();
            p
        }
    };
    Ok(str_list(parts))
}

fn split_whitespace(text: &str, maxsplit: i64, reverse: bool) -> Vec<&str> {
    if reverse {
        let mut out = Vec::new();
        let mut rest = text.trim_end_matches(is_space);
        while !rest.is_empty() {
            if maxsplit >= 0 && out.len() as i64 == maxsplit {
                out.push(rest);
                break;
            }
            match rest.rfind(is_space) {
                Some(i) => {
                    let c = rest[i..].chars().next().expect("a space").len_utf8();
                    out.push(&rest[i + c..]);
                    rest = rest[..i].trim_end_matches(is_space);
                }
                None => {
                    out.push(rest);
                    break;
                }
            }
        }
        out.reverse();
        return out;
    }
    let mut out = Vec::new();
    let mut rest = text.trim_start_matches(is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 == maxsplit {
            out.push(rest);
            break;
        }
        match rest.find(is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

pub fn splitlines(s: &Str, keepends: bool) -> Value {
    let text = s.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        out.push(Value::str(&text[start..if keepends { end } else { i }]));
        start = end;
    }
    if start < text.len() {
        out.push(Value::str(&text[start..]));
    }
    Value::list(out)
}

pub fn partition(s: &Str, method: &str, a: &[Value]) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("str.{}() takes exactly one argument ({} given)", method, a.len())));
    }
    let sep = match &a[0] {
        Value::Str(sep) => sep.as_str(),
        other => return Err(PyErr::type_error(format!("must be str, not {}", other.type_name()))),
    };
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if method == "partition" { text.find(sep) } else { text.rfind(sep) };
    let parts = match found {
        Some(i) => [&text[..i], sep, &text[i + sep.len()..]],
        None if method == "partition" => [text, "", ""],
        None => ["", "", text],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

pub fn replace(s: &Str, a: &[Value]) -> PyResult<Value> {
    args::count("replace", a.len(), 2, 3)?;
    let old = match &a[0] {
        Value::Str(x) => x.as_str(),
        other => return Err(PyErr::type_error(format!("replace() argument 1 must be str, not {}", other.type_name()))),
    };
    let new = match &a[1] {
        Value::Str(x) => x.as_str(),
        other => return Err(PyErr::type_error(format!("replace() argument 2 must be str, not {}", other.type_name()))),
    };
    let count = match a.get(2) {
        None => -1,
        Some(v) => args::index_i64(v)?,
    };
    let out = if count < 0 { s.as_str().replace(old, new) } else { s.as_str().replacen(old, new, count as usize) };
    Ok(Value::str(&out))
}

/// strip / lstrip / rstrip.
pub fn strip(s: &Str, method: &str, a: &[Value]) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(PyErr::type_error(format!("{} expected at most 1 argument, got {}", method, a.len())));
    }
    let text = s.as_str();
    let out = match a.first() {
        None | Some(Value::None) => match method {
            "strip" => text.trim_matches(is_space),
            "lstrip" => text.trim_start_matches(is_space),
            _ => text.trim_end_matches(is_space),
        },
        Some(Value::Str(chars)) => {
            let set: Vec<char> = chars.as_str().chars().collect();
            let m = |c: char| set.contains(&c);
            match method {
                "strip" => text.trim_matches(m),
                "lstrip" => text.trim_start_matches(m),
                _ => text.trim_end_matches(m),
            }
        }
        Some(_) => return Err(PyErr::type_error(format!("{} arg must be None or str", method))),
    };
    Ok(Value::str(out))
}
