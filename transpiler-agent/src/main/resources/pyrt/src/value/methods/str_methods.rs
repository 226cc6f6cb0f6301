//! `str` methods on dynamic values: the dispatcher, case mapping, the `is…` predicates,
//! padding, join. Searching and cutting are in `str_search`,
//! `format`/`format_map` in `str_format`, encode/expandtabs/translate/maketrans in `str_convert`.

use super::{str_convert, str_format, str_search};
use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::builtins::args;
use crate::value::{iterate, Kwargs, Value};

pub const NAMES: &[&str] = &[
    "find", "rfind", "index", "rindex", "count", "startswith", "endswith", "split", "rsplit", "splitlines",
    "partition", "rpartition", "replace", "strip", "lstrip", "rstrip", "join", "upper", "lower", "capitalize",
    "title", "swapcase", "casefold", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower",
    "isnumeric", "isdecimal", "istitle", "isidentifier", "isprintable", "isascii", "center", "ljust", "rjust",
    "zfill", "format", "format_map", "encode", "expandtabs", "removeprefix", "removesuffix", "translate",
    "maketrans",
];

pub fn call(s: &Str, name: &str, a: Vec<Value>, kwargs: Kwargs) -> Option<PyResult<Value>> {
    if !NAMES.contains(&name) {
        return None;
    }
    let r = match name {
        "format" => str_format::format(s, &a, &kwargs),
        "split" | "rsplit" => args::bind(name, a, kwargs, &["sep", "maxsplit"], 0)
            .and_then(|b| str_search::split(s, name, b)),
        "splitlines" => args::bind(name, a, kwargs, &["keepends"], 0).and_then(|b| {
            let keep = match &b[0] {
                Some(v) => crate::value::ops::truthy(v)?,
                None => false,
            };
            Ok(str_search::splitlines(s, keep))
        }),
        "encode" => args::bind(name, a, kwargs, &["encoding", "errors"], 0).and_then(|b| str_convert::encode(s, b)),
        "expandtabs" => args::bind(name, a, kwargs, &["tabsize"], 0).and_then(|b| str_convert::expandtabs(s, b)),
        _ => {
            if let Err(e) = args::no_kwargs(&format!("str.{}", name), &kwargs) {
                return Some(Err(e));
            }
            return positional(s, name, a);
        }
    };
    Some(r)
}

fn positional(s: &Str, name: &str, a: Vec<Value>) -> Option<PyResult<Value>> {
    let r = match name {
        "find" | "rfind" | "index" | "rindex" => str_search::find(s, name, &a),
        "count" => str_search::count(s, &a),
        "startswith" | "endswith" => str_search::affix(s, name, &a),
        "partition" | "rpartition" => str_search::partition(s, name, &a),
        "replace" => str_search::replace(s, &a),
        "strip" | "lstrip" | "rstrip" => str_search::strip(s, name, &a),
        "join" => one(name, &a).and_then(|x| join(s, x)),
        "center" | "ljust" | "rjust" => pad(s, name, &a),
        "zfill" => one(name, &a).and_then(|w| zfill(s, w)),
        "format_map" => one(name, &a).and_then(|m| str_format::format_map(s, m)),
        "removeprefix" | "removesuffix" => one(name, &a).and_then(|x| remove_affix(s, name, x)),
        "translate" => one(name, &a).and_then(|t| str_convert::translate(s, t)),
        "maketrans" => str_convert::maketrans(a, vec![]),
        _ => {
            if !a.is_empty() {
                if NAMES.contains(&name) {
                    return Some(Err(PyErr::type_error(format!("str.{}() takes no arguments ({} given)", name, a.len()))));
                }
                return None;
            }
            return no_arg(s, name).map(Ok);
        }
    };
    Some(r)
}

fn one<'a>(name: &str, a: &'a [Value]) -> PyResult<&'a Value> {
    if a.len() != 1 {
        return Err(PyErr::type_error(format!("str.{}() takes exactly one argument ({} given)", name, a.len())));
    }
    Ok(&a[0])
}

/// Cased: uppercase, lowercase or titlecase (the digraphs `ǅ`, `ǈ`, `ǋ`, `ǲ` and the Greek
/// letters with prosgegrammeni are titlecase, neither upper nor lower).
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || titlecase_letter(c)
}

fn titlecase_letter(c: char) -> bool {
    matches!(c, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}' | '\u{1f88}'..='\u{1f8f}' | '\u{1f98}'..='\u{1f9f}'
        | '\u{1fa8}'..='\u{1faf}' | '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}')
}

/// The titlecase mapping (UnicodeData's, with SpecialCasing's expansions), where it is not the
/// uppercase one.
fn title_char(c: char, out: &mut String) {
    let special: Option<&str> = match c {
        '\u{1c4}'..='\u{1c6}' => Some("\u{1c5}"),
        '\u{1c7}'..='\u{1c9}' => Some("\u{1c8}"),
        '\u{1ca}'..='\u{1cc}' => Some("\u{1cb}"),
        '\u{1f1}'..='\u{1f3}' => Some("\u{1f2}"),
        '\u{df}' => Some("Ss"),
        '\u{fb00}' => Some("Ff"),
        '\u{fb01}' => Some("Fi"),
        '\u{fb02}' => Some("Fl"),
        '\u{fb03}' => Some("Ffi"),
        '\u{fb04}' => Some("Ffl"),
        '\u{fb05}' | '\u{fb06}' => Some("St"),
        '\u{587}' => Some("\u{535}\u{582}"),
        '\u{1fb3}' | '\u{1fbc}' => Some("\u{1fbc}"),
        '\u{1fc3}' | '\u{1fcc}' => Some("\u{1fcc}"),
        '\u{1ff3}' | '\u{1ffc}' => Some("\u{1ffc}"),
        _ => None,
    };
    if let Some(t) = special {
        out.push_str(t);
        return;
    }
    let greek = c as u32;
    if (0x1f80..=0x1faf).contains(&greek) {
        // ᾀ..ᾯ: the titlecase form is the letter with prosgegrammeni, 8 code points on.
        out.push(char::from_u32(greek | 0x8).unwrap_or(c));
        return;
    }
    out.extend(c.to_uppercase());
}

/// `str.casefold()`: full case folding, which differs from lowering for a few letters.
fn casefold(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            '\u{df}' | '\u{1e9e}' => out.push_str("ss"),
            '\u{3c2}' => out.push('\u{3c3}'),
            '\u{17f}' => out.push('s'),
            '\u{b5}' => out.push('\u{3bc}'),
            '\u{3d0}' => out.push('\u{3b2}'),
            '\u{3d1}' => out.push('\u{3b8}'),
            '\u{3d5}' => out.push('\u{3c6}'),
            '\u{3d6}' => out.push('\u{3c0}'),
            '\u{3f0}' => out.push('\u{3ba}'),
            '\u{3f1}' => out.push('\u{3c1}'),
            '\u{3f5}' => out.push('\u{3b5}'),
            '\u{1e9b}' => out.push('\u{1e61}'),
            '\u{345}' => out.push('\u{3b9}'),
            '\u{149}' => out.push_str("\u{2bc}n"),
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            '\u{587}' => out.push_str("\u{565}\u{582}"),
            '\u{1f80}'..='\u{1faf}' => {
                // ᾀ..ᾯ: the vowel with its breathing, then iota.
                let base = [0x1f00, 0x1f20, 0x1f60][((c as u32 - 0x1f80) / 0x10) as usize] + (c as u32 & 0x7);
                out.push(char::from_u32(base).unwrap_or(c));
                out.push('\u{3b9}');
            }
            '\u{1fb3}' | '\u{1fbc}' => out.push_str("\u{3b1}\u{3b9}"),
            '\u{1fc3}' | '\u{1fcc}' => out.push_str("\u{3b7}\u{3b9}"),
            '\u{1ff3}' | '\u{1ffc}' => out.push_str("\u{3c9}\u{3b9}"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn is_digit_char(c: char) -> bool {
    crate::int::decimal_value(c).is_some()
        || matches!(c, '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{2070}' | '\u{2074}'..='\u{2079}' | '\u{2080}'..='\u{2089}'
            | '\u{2460}'..='\u{2468}' | '\u{2474}'..='\u{247c}' | '\u{2488}'..='\u{2490}' | '\u{24f5}'..='\u{24fd}'
            | '\u{24ea}' | '\u{24ff}' | '\u{2776}'..='\u{277e}' | '\u{2780}'..='\u{2788}' | '\u{278a}'..='\u{2792}')
}

fn all_chars(t: &str, f: impl Fn(char) -> bool) -> bool {
    !t.is_empty() && t.chars().all(f)
}

/// The methods without arguments.
fn no_arg(s: &Str, name: &str) -> Option<Value> {
    let t = s.as_str();
    let b = |x: bool| Some(Value::Bool(x));
    match name {
        "upper" => Some(Value::str(&t.to_uppercase())),
        "lower" => Some(Value::str(&t.to_lowercase())),
        "casefold" => Some(Value::str(&casefold(t))),
        "swapcase" => Some(Value::str(&swapcase(t))),
        "capitalize" => {
            let mut out = String::with_capacity(t.len());
            let mut cs = t.chars();
            if let Some(c) = cs.next() {
                title_char(c, &mut out);
            }
            out.push_str(&cs.as_str().to_lowercase());
            Some(Value::str(&out))
        }
        "title" => Some(Value::str(&title(t))),
        "isdigit" => b(all_chars(t, is_digit_char)),
        "isdecimal" => b(all_chars(t, |c| crate::int::decimal_value(c).is_some())),
        "isnumeric" => b(all_chars(t, |c| c.is_numeric() || is_digit_char(c))),
        "isalpha" => b(all_chars(t, char::is_alphabetic)),
        "isalnum" => b(all_chars(t, |c| c.is_alphabetic() || c.is_numeric() || is_digit_char(c))),
        "isspace" => b(all_chars(t, crate::str::is_space)),
        "isascii" => b(t.is_ascii()),
        "isprintable" => b(t.chars().all(crate::repr::is_printable)),
        "isidentifier" => {
            let mut cs = t.chars();
            let first = cs.next().map_or(false, |c| c == '_' || c.is_alphabetic());
            b(first && cs.all(|c| c == '_' || c.is_alphanumeric()))
        }
        // A titlecase letter (`ǅ`) is cased but neither upper nor lower.
        "isupper" => b(t.chars().any(is_cased) && !t.chars().any(|c| c.is_lowercase() || titlecase_letter(c))),
        "islower" => b(t.chars().any(is_cased) && !t.chars().any(|c| c.is_uppercase() || titlecase_letter(c))),
        "istitle" => b(istitle(t)),
        _ => None,
    }
}

fn swapcase(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// CPython's `do_title`: a cased character after a cased one is lowered, else title-cased.
fn title(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut prev_cased = false;
    let chars: Vec<char> = t.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased && c == '\u{3a3}' {
            // A capital sigma ending a word lowers to the final form.
            let next = chars[i + 1..].iter().find(|n| !matches!(n, '\'' | '.' | ':' | '\u{b7}' | '\u{2019}' | '\u{300}'..='\u{36f}'));
            out.push(if next.map_or(false, |n| is_cased(*n)) { '\u{3c3}' } else { '\u{3c2}' });
        } else if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            title_char(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn istitle(t: &str) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in t.chars() {
        if c.is_uppercase() || titlecase_letter(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn join(sep: &Str, items: &Value) -> PyResult<Value> {
    let it = match iterate::iterate(items) {
        Ok(it) => it,
        Err(e) if e.type_name == "TypeError" => return Err(PyErr::type_error("can only join an iterable")),
        Err(e) => return Err(e),
    };
    let mut out = String::new();
    for (i, item) in it.enumerate() {
        let item = item?;
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match (&item, crate::value::class::payload::unwrap(&item)) {
            (_, Value::Str(p)) => out.push_str(p.as_str()),
            (other, _) => {
                return Err(PyErr::type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    other.type_name()
                )))
            }
        }
    }
    Ok(Value::str(&out))
}

fn fill_char(a: Option<&Value>) -> PyResult<char> {
    match a {
        None => Ok(' '),
        Some(Value::Str(f)) => {
            let mut cs = f.as_str().chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(PyErr::type_error("The fill character must be exactly one character long")),
            }
        }
        Some(other) => Err(PyErr::type_error(format!(
            "The fill character must be a unicode character, not {}",
            other.type_name()
        ))),
    }
}

fn pad(s: &Str, name: &str, a: &[Value]) -> PyResult<Value> {
    args::count(name, a.len(), 1, 2)?;
    let width = args::index_i64(&a[0])?;
    let fill = fill_char(a.get(1))?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::Str(s.clone()));
    }
    let marg = width - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width & 1),
    };
    let mut out = String::new();
    out.extend(std::iter::repeat(fill).take(left as usize));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat(fill).take((marg - left) as usize));
    Ok(Value::str(&out))
}

fn zfill(s: &Str, w: &Value) -> PyResult<Value> {
    let width = args::index_i64(w)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::Str(s.clone()));
    }
    let t = s.as_str();
    let zeros = "0".repeat((width - len) as usize);
    let out = match t.chars().next() {
        Some(c @ ('+' | '-')) => format!("{}{}{}", c, zeros, &t[1..]),
        _ => format!("{}{}", zeros, t),
    };
    Ok(Value::str(&out))
}

fn remove_affix(s: &Str, name: &str, x: &Value) -> PyResult<Value> {
    let a = match x {
        Value::Str(a) => a.as_str(),
        other => {
            return Err(PyErr::type_error(format!(
                "{}() argument must be str, not {}",
                name,
                other.type_name()
            )))
        }
    };
    let t = s.as_str();
    let out = if name == "removeprefix" { t.strip_prefix(a) } else { t.strip_suffix(a) };
    Ok(Value::str(out.unwrap_or(t)))
}

pub use super::str_convert::maketrans;
