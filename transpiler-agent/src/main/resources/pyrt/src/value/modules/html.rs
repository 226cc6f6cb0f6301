//! The `html` module: `escape` and `unescape`, as Lib/html/__init__.py of CPython 3.12 computes
//! them (HTML5's rules for character references, with the table in html_entities.rs).

use super::args::{func_kw, module, no_more_kwargs, take_kw};
use super::html_entities::HTML5;
use crate::exc::{PyErr, PyResult};
use crate::value::{Kwargs, Module, Value};

pub fn build() -> Module {
    module("html", vec![func_kw("escape", escape), func_kw("unescape", unescape)])
}

/// The arguments `names` of a Python function `fname(names...)`, the first `required` of them
/// without a default, with CPython's messages.
fn bind(fname: &str, names: &[&str], required: usize, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Vec<Option<Value>>> {
    if args.len() > names.len() {
        let takes = if required == names.len() { format!("{}", required) } else { format!("from {} to {}", required, names.len()) };
        return Err(PyErr::type_error(format!(
            "{}() takes {} positional argument{} but {} were given",
            fname,
            takes,
            if names.len() == 1 { "" } else { "s" },
            args.len()
        )));
    }
    let mut out: Vec<Option<Value>> = args.into_iter().map(Some).collect();
    out.resize(names.len(), None);
    for (i, n) in names.iter().enumerate() {
        if let Some(v) = take_kw(&mut kwargs, n) {
            if out[i].is_some() {
                return Err(PyErr::type_error(format!("{}() got multiple values for argument '{}'", fname, n)));
            }
            out[i] = Some(v);
        }
    }
    no_more_kwargs(fname, &kwargs)?;
    if let Some(missing) = (0..required).find(|i| out[*i].is_none()) {
        return Err(PyErr::type_error(format!("{}() missing 1 required positional argument: '{}'", fname, names[missing])));
    }
    Ok(out)
}

/// `escape(s, quote=True)`: `&`, `<` and `>` (and both quotes when `quote` is true) as references.
fn escape(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let mut p = bind("escape", &["s", "quote"], 1, args, kwargs)?.into_iter();
    let s = p.next().flatten().unwrap_or(Value::None);
    let quote = match p.next().flatten() {
        Some(q) => crate::value::ops::truthy(&q)?,
        None => true,
    };
    let text = match crate::value::class::payload::unwrap(&s) {
        Value::Str(t) => t.to_string(),
        other => return Err(PyErr::new("AttributeError", format!("'{}' object has no attribute 'replace'", other.type_name()))),
    };
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quote => out.push_str("&quot;"),
            '\'' if quote => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    Ok(Value::str(&out))
}

/// `unescape(s)`: every reference that `&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)`
/// matches, replaced as `_replace_charref` does.
fn unescape(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let s = bind("unescape", &["s"], 1, args, kwargs)?.into_iter().next().flatten().unwrap_or(Value::None);
    let text: Vec<char> = match crate::value::class::payload::unwrap(&s) {
        Value::Str(t) if !t.as_str().contains('&') => return Ok(s.clone()),
        Value::Str(t) => t.as_str().chars().collect(),
        other => return Err(PyErr::type_error(format!("argument of type '{}' is not iterable", other.type_name()))),
    };
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] != '&' {
            out.push(text[i]);
            i += 1;
            continue;
        }
        match reference_at(&text, i + 1) {
            Some(end) => {
                let body: String = text[i + 1..end].iter().collect();
                out.push_str(&replace_reference(&body));
                i = end;
            }
            None => {
                out.push('&');
                i += 1;
            }
        }
    }
    Ok(Value::str(&out))
}

/// The end of the reference whose body starts at `at` (just after `&`), if one does.
fn reference_at(text: &[char], at: usize) -> Option<usize> {
    let run = |from: usize, ok: &dyn Fn(char) -> bool, max: usize| {
        let mut e = from;
        while e < text.len() && e - from < max && ok(text[e]) {
            e += 1;
        }
        e
    };
    let with_semicolon = |e: usize| if text.get(e) == Some(&';') { e + 1 } else { e };
    if text.get(at) == Some(&'#') {
        let digits = run(at + 1, &|c| c.is_ascii_digit(), usize::MAX);
        if digits > at + 1 {
            return Some(with_semicolon(digits));
        }
        if matches!(text.get(at + 1), Some('x') | Some('X')) {
            let hex = run(at + 2, &|c| c.is_ascii_hexdigit(), usize::MAX);
            if hex > at + 2 {
                return Some(with_semicolon(hex));
            }
        }
        return None;
    }
    let name = run(at, &|c| !matches!(c, '\t' | '\n' | '\x0c' | ' ' | '<' | '&' | '#' | ';'), 32);
    if name > at { Some(with_semicolon(name)) } else { None }
}

/// What `_replace_charref` gives for the reference `body` (without its `&`).
fn replace_reference(body: &str) -> String {
    if let Some(num) = body.strip_prefix('#') {
        let num = num.trim_end_matches(';');
        let code = match num.strip_prefix(|c| c == 'x' || c == 'X') {
            Some(hex) => u32::from_str_radix(hex, 16).unwrap_or(u32::MAX),
            None => num.parse::<u32>().unwrap_or(u32::MAX),
        };
        return numeric_reference(code);
    }
    if let Some(v) = entity(body) {
        return v.to_string();
    }
    // The longest name (of at least two characters) that begins the body, as the standard says.
    let chars: Vec<char> = body.chars().collect();
    for x in (2..chars.len()).rev() {
        let head: String = chars[..x].iter().collect();
        if let Some(v) = entity(&head) {
            return format!("{}{}", v, chars[x..].iter().collect::<String>());
        }
    }
    format!("&{}", body)
}

fn entity(name: &str) -> Option<&'static str> {
    HTML5.binary_search_by(|(k, _)| (*k).cmp(name)).ok().map(|i| HTML5[i].1)
}

/// A numeric reference: Windows-1252's characters for the C1 controls, U+FFFD for surrogates
/// and numbers past Unicode, nothing for the other invalid code points.
fn numeric_reference(code: u32) -> String {
    const INVALID_CHARREFS: &[(u32, char)] = &[
        (0x00, '\u{fffd}'), (0x0d, '\r'), (0x80, '\u{20ac}'), (0x81, '\u{81}'), (0x82, '\u{201a}'),
        (0x83, '\u{192}'), (0x84, '\u{201e}'), (0x85, '\u{2026}'), (0x86, '\u{2020}'), (0x87, '\u{2021}'),
        (0x88, '\u{2c6}'), (0x89, '\u{2030}'), (0x8a, '\u{160}'), (0x8b, '\u{2039}'), (0x8c, '\u{152}'),
        (0x8d, '\u{8d}'), (0x8e, '\u{17d}'), (0x8f, '\u{8f}'), (0x90, '\u{90}'), (0x91, '\u{2018}'),
        (0x92, '\u{2019}'), (0x93, '\u{201c}'), (0x94, '\u{201d}'), (0x95, '\u{2022}'), (0x96, '\u{2013}'),
        (0x97, '\u{2014}'), (0x98, '\u{2dc}'), (0x99, '\u{2122}'), (0x9a, '\u{161}'), (0x9b, '\u{203a}'),
        (0x9c, '\u{153}'), (0x9d, '\u{9d}'), (0x9e, '\u{17e}'), (0x9f, '\u{178}'),
    ];
    if let Some((_, c)) = INVALID_CHARREFS.iter().find(|(n, _)| *n == code) {
        return c.to_string();
    }
    if (0xd800..=0xdfff).contains(&code) || code > 0x10ffff {
        return "\u{fffd}".to_string();
    }
    let invalid = matches!(code, 0x1..=0x8 | 0xb | 0xe..=0x1f | 0x7f..=0x9f | 0xfdd0..=0xfdef) || code & 0xfffe == 0xfffe;
    if invalid {
        return String::new();
    }
    char::from_u32(code).map(String::from).unwrap_or_default()
}
