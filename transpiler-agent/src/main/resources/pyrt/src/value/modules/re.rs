//! The `re` module over the engine in regex.rs: `compile`, `match`, `fullmatch`,
//! `search`, `findall`, `finditer`, `sub`/`subn` (templates and function replacements),
//! `split`, `escape`, with `Pattern` and `Match` objects.

use super::args::{arity, func, module, to_i64};
use super::objs::{instance, method, method_kw, runtime_class, state};
use super::regex::{self, Caps, Regex};
use crate::exc::{PyErr, PyResult};
use crate::value::func::call;
use crate::value::text::repr_of;
use crate::value::{Class, Kwargs, Module, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    static CACHE: RefCell<HashMap<(String, u32), Rc<Regex>>> = RefCell::new(HashMap::new());
}

fn compiled(pattern: &str, flags: u32) -> PyResult<Rc<Regex>> {
    let key = (pattern.to_string(), flags);
    if let Some(r) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(r);
    }
    let r = Rc::new(Regex::new(pattern, flags).map_err(|m| match m.strip_prefix(super::regex_parse::UNSUPPORTED) {
        Some(what) => PyErr::untranslatable(&format!("regular expressions with {}", what)),
        None => error(&m, Some(pattern)),
    })?);
    CACHE.with(|c| c.borrow_mut().insert(key, r.clone()));
    Ok(r)
}

/// `re.error`, with CPython's attributes `msg`, `pattern`, `pos`, `lineno` and `colno`.
fn error_class() -> Rc<Class> {
    crate::value::class::cached_class("exception:re.error", || {
        let base = crate::value::exception::exception_class("Exception").expect("Exception exists");
        let c = crate::value::class::new_class("error", "error", "re", vec![base], None).expect("single base");
        c.dict.borrow_mut().set_str("__module__", Value::str("re"));
        c
    })
}

/// The `re.error` for `text` (`message at position N` as the parser words it) in `pattern`.
fn error(text: &str, pattern: Option<&str>) -> PyErr {
    let (msg, pos) = match text.rfind(" at position ") {
        Some(at) => (&text[..at], text[at + 13..].parse::<usize>().ok()),
        None => (text, None),
    };
    let exc = crate::value::exception::exception_instance(&error_class(), vec![Value::str(text)]);
    if let Value::Instance(i) = &exc {
        let mut d = i.dict.borrow_mut();
        d.set_str("msg", Value::str(msg));
        // CPython raises the errors it reports without a position without the pattern too.
        d.set_str("pattern", pattern.filter(|_| pos.is_some()).map(Value::str).unwrap_or(Value::None));
        d.set_str("pos", pos.map(|p| Value::int(p as i64)).unwrap_or(Value::None));
        let (line, col) = match (pattern, pos) {
            (Some(p), Some(pos)) => {
                let before: Vec<char> = p.chars().take(pos).collect();
                let line = before.iter().filter(|c| **c == '\n').count() + 1;
                let col = pos - before.iter().rposition(|c| *c == '\n').map_or(0, |n| n + 1) + 1;
                (Value::int(line as i64), Value::int(col as i64))
            }
            _ => (Value::None, Value::None),
        };
        d.set_str("lineno", line);
        d.set_str("colno", col);
    }
    crate::value::exception::error_of(exc)
}

fn text_of(v: &Value, what: &str) -> PyResult<String> {
    match crate::value::class::payload::unwrap(v) {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(PyErr::type_error(format!("{}expected string or bytes-like object, got '{}'", what, other.type_name()))),
    }
}

fn pattern_class() -> Rc<Class> {
    runtime_class("re", "Pattern", vec![], || {
        let mut m: Vec<(&'static str, Value)> = Vec::new();
        for name in ["match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split"] {
            m.push(method_kw(name, move |this, args, kwargs| {
                let mut full = vec![this.clone()];
                full.extend(args);
                dispatch(name, full, kwargs, true)
            }));
        }
        m.push(method("__eq__", |this, args, _| {
            let other = &args[0];
            if !super::objs::is_a(other, "re", "Pattern") {
                return Ok(Value::NotImplemented);
            }
            let same = crate::value::compare::eq_bool(&state(this, "pattern")?, &state(other, "pattern")?)?
                && crate::value::compare::eq_bool(&state(this, "flags")?, &state(other, "flags")?)?;
            Ok(Value::Bool(same))
        }));
        m.push(method("__hash__", |this, _, _| {
            let key = Value::tuple(vec![state(this, "pattern")?, state(this, "flags")?]);
            Ok(Value::int(crate::value::hash::hash_value(&key)?))
        }));
        m.push(method("__repr__", |this, _, _| {
            let p = repr_of(&state(this, "pattern")?)?;
            let flags = to_i64(&state(this, "flags")?)? & !32;
            Ok(Value::str(&if flags == 0 { format!("re.compile({})", p) } else { format!("re.compile({}, {})", p, flag_names(flags)) }))
        }));
        m
    })
}

fn flag_names(flags: i64) -> String {
    let names = [(2, "re.IGNORECASE"), (8, "re.MULTILINE"), (16, "re.DOTALL"), (64, "re.VERBOSE"), (256, "re.ASCII")];
    let parts: Vec<&str> = names.iter().filter(|(f, _)| flags & f != 0).map(|(_, n)| *n).collect();
    parts.join("|")
}

/// A `Pattern` object for `pattern` with `flags`.
fn pattern_object(pattern: &str, flags: u32) -> PyResult<Value> {
    let r = compiled(pattern, flags)?;
    let index = Value::dict(r.names.iter().map(|(n, i)| (Value::str(n), Value::int(*i as i64))).collect())?;
    Ok(instance(
        &pattern_class(),
        vec![
            ("pattern", Value::str(pattern)),
            ("flags", Value::int((r.flags | 32) as i64)),
            ("groups", Value::int(r.groups as i64)),
            ("groupindex", index),
        ],
    ))
}

/// The pattern text, flags and object of a `pattern` argument (str or `Pattern`).
fn resolve(p: &Value, flags: u32) -> PyResult<(Rc<Regex>, Value)> {
    if let Value::Instance(_) = p {
        if super::objs::is_a(p, "re", "Pattern") {
            let text = text_of(&state(p, "pattern")?, "")?;
            let f = to_i64(&state(p, "flags")?)? as u32 & !32;
            return Ok((compiled(&text, f)?, p.clone()));
        }
    }
    let text = match crate::value::class::payload::unwrap(p) {
        Value::Str(s) => s.to_string(),
        other => return Err(PyErr::type_error(format!("first argument must be string or compiled pattern, not {}", other.type_name()))),
    };
    let obj = pattern_object(&text, flags)?;
    Ok((compiled(&text, flags)?, obj))
}

fn match_class() -> Rc<Class> {
    runtime_class("re", "Match", vec![], || {
        vec![
            method("group", |this, args, _| {
                if args.len() <= 1 {
                    return group(this, args.get(0).unwrap_or(&Value::int(0)));
                }
                Ok(Value::tuple(args.iter().map(|a| group(this, a)).collect::<PyResult<_>>()?))
            }),
            method("__getitem__", |this, args, _| group(this, &args[0])),
            method_kw("groups", |this, args, kwargs| {
                let default = default_arg("groups", args, kwargs)?;
                let n = spans(this)?.len();
                let items = (1..n).map(|i| Ok(group_or(this, i, &default)?)).collect::<PyResult<_>>()?;
                Ok(Value::tuple(items))
            }),
            method_kw("groupdict", |this, args, kwargs| {
                let default = default_arg("groupdict", args, kwargs)?;
                let (r, _) = resolve(&state(this, "re")?, 0)?;
                let pairs = r.names.iter().map(|(n, i)| Ok((Value::str(n), group_or(this, *i, &default)?))).collect::<PyResult<_>>()?;
                Value::dict(pairs)
            }),
            method("start", |this, args, _| Ok(span_part(this, args.get(0), 0)?)),
            method("end", |this, args, _| Ok(span_part(this, args.get(0), 1)?)),
            method("span", |this, args, _| {
                Ok(Value::tuple(vec![span_part(this, args.get(0), 0)?, span_part(this, args.get(0), 1)?]))
            }),
            method("expand", |this, args, _| {
                arity("expand", &args, 1, 1)?;
                let t = text_of(&args[0], "")?;
                Ok(Value::str(&expand(this, &t)?))
            }),
            method("__bool__", |_, _, _| Ok(Value::TRUE)),
            method("__repr__", |this, _, _| {
                let (s, e) = spans(this)?[0].unwrap_or((0, 0));
                let m = group(this, &Value::int(0))?;
                Ok(Value::str(&format!("<re.Match object; span=({}, {}), match={}>", s, e, repr_of(&m)?)))
            }),
        ]
    })
}

/// The `default` argument of `Match.groups` and `Match.groupdict`, by position or keyword.
fn default_arg(name: &str, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let keyword = super::args::take_kw(&mut kwargs, "default");
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {}()", k.as_str(), name)));
    }
    let p = params(args, Vec::new(), &["default"], name)?;
    Ok(keyword.or_else(|| p.into_iter().next().flatten()).unwrap_or(Value::None))
}

fn spans(this: &Value) -> PyResult<Vec<Option<(usize, usize)>>> {
    match state(this, "__spans__")? {
        Value::Tuple(t) => Ok(t
            .iter()
            .map(|v| match v {
                Value::Tuple(p) => Some((to_i64(&p[0]).unwrap_or(0) as usize, to_i64(&p[1]).unwrap_or(0) as usize)),
                _ => None,
            })
            .collect()),
        _ => Err(PyErr::type_error("not a match object")),
    }
}

fn group_index(this: &Value, g: &Value) -> PyResult<usize> {
    let n = spans(this)?.len();
    match g {
        Value::Int(_) | Value::Bool(_) => {
            let i = to_i64(g)?;
            if i < 0 || i as usize >= n {
                return Err(PyErr::index_error("no such group"));
            }
            Ok(i as usize)
        }
        Value::Str(name) => {
            let (r, _) = resolve(&state(this, "re")?, 0)?;
            r.names.iter().find(|(n, _)| n == name.as_str()).map(|(_, i)| *i).ok_or_else(|| PyErr::index_error("no such group"))
        }
        _ => Err(PyErr::index_error("no such group")),
    }
}

fn group_or(this: &Value, i: usize, default: &Value) -> PyResult<Value> {
    let text: Vec<char> = text_of(&state(this, "string")?, "")?.chars().collect();
    Ok(match spans(this)?[i] {
        Some((s, e)) => Value::str(&text[s..e].iter().collect::<String>()),
        None => default.clone(),
    })
}

fn group(this: &Value, g: &Value) -> PyResult<Value> {
    let i = group_index(this, g)?;
    group_or(this, i, &Value::None)
}

fn span_part(this: &Value, g: Option<&Value>, which: usize) -> PyResult<Value> {
    let i = group_index(this, g.unwrap_or(&Value::int(0)))?;
    Ok(match spans(this)?[i] {
        Some((s, e)) => Value::int(if which == 0 { s } else { e } as i64),
        None => Value::int(-1),
    })
}

fn match_object(r: &Regex, found: &(Caps, Option<usize>), text: &Value, pattern: &Value, pos: usize, endpos: usize) -> Value {
    let (caps, last) = found;
    let spans: Vec<Value> = caps
        .iter()
        .map(|c| match c {
            Some((s, e)) => Value::tuple(vec![Value::int(*s as i64), Value::int(*e as i64)]),
            None => Value::None,
        })
        .collect();
    let lastgroup = last.and_then(|l| r.names.iter().find(|(_, i)| *i == l)).map(|(n, _)| Value::str(n)).unwrap_or(Value::None);
    instance(
        &match_class(),
        vec![
            ("string", text.clone()),
            ("re", pattern.clone()),
            ("__spans__", Value::tuple(spans)),
            ("lastindex", last.map(|l| Value::int(l as i64)).unwrap_or(Value::None)),
            ("lastgroup", lastgroup),
            ("pos", Value::int(pos as i64)),
            ("endpos", Value::int(endpos as i64)),
        ],
    )
}

/// Every match from left to right, as CPython's scanner finds them (an empty match is not
/// allowed where the previous match ended empty).
fn all_matches(r: &Regex, text: &[char], start: usize, limit: usize) -> Vec<(Caps, Option<usize>)> {
    let mut out = Vec::new();
    let mut pos = start;
    let mut last_empty_at: Option<usize> = None;
    while pos <= text.len() && (limit == 0 || out.len() < limit) {
        let found = match r.search(text, pos, false, false, last_empty_at) {
            Some(f) => f,
            None => break,
        };
        let (s, e) = found.0[0].expect("group 0 is set");
        last_empty_at = if s == e { Some(e) } else { None };
        pos = e;
        out.push(found);
    }
    out
}

/// `\1`, `\g<name>` and escapes of a replacement template, for one match.
fn expand(m: &Value, template: &str) -> PyResult<String> {
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '\\' {
            out.push(c);
            continue;
        }
        let n = match chars.get(i) {
            Some(&n) => n,
            None => return Err(error(&format!("bad escape (end of pattern) at position {}", i - 1), None)),
        };
        i += 1;
        match n {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'f' => out.push('\u{c}'),
            'v' => out.push('\u{b}'),
            'a' => out.push('\u{7}'),
            'b' => out.push('\u{8}'),
            '\\' => out.push('\\'),
            'g' => {
                let close = chars[i..].iter().position(|&x| x == '>');
                if chars.get(i) != Some(&'<') || close.is_none() {
                    return Err(error(&format!("missing < at position {}", i), None));
                }
                let name: String = chars[i + 1..i + close.expect("checked")].iter().collect();
                i += close.expect("checked") + 1;
                let key = match name.parse::<i64>() {
                    Ok(k) => Value::int(k),
                    Err(_) => Value::str(&name),
                };
                if let Value::Str(s) = group(m, &key)? {
                    out.push_str(s.as_str());
                }
            }
            '0' => {
                // An octal escape (`\0`, `\012`), not a group reference.
                let mut v = 0u32;
                let mut n = 0;
                while n < 2 && chars.get(i).map_or(false, |x| ('0'..='7').contains(x)) {
                    v = v * 8 + chars[i].to_digit(8).unwrap_or(0);
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\0'));
            }
            d if d.is_ascii_digit() => {
                let at = i - 1;
                let mut num = d.to_digit(10).unwrap_or(0) as i64;
                if let Some(d2) = chars.get(i).and_then(|x| x.to_digit(10)) {
                    num = num * 10 + d2 as i64;
                    i += 1;
                }
                if let Value::Str(s) = group(m, &Value::int(num)).map_err(|_| error(&format!("invalid group reference {} at position {}", num, at), Some(template)))? {
                    out.push_str(s.as_str());
                }
            }
            x if x.is_ascii_alphabetic() => return Err(error(&format!("bad escape \\{} at position {}", x, i - 2), None)),
            x => {
                out.push('\\');
                out.push(x);
            }
        }
    }
    Ok(out)
}

fn slice(text: &[char], s: usize, e: usize) -> Value {
    Value::str(&text[s..e].iter().collect::<String>())
}

/// Named-or-positional arguments of a module function (`names` in order).
fn params(args: Vec<Value>, mut kwargs: Kwargs, names: &[&str], fname: &str) -> PyResult<Vec<Option<Value>>> {
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    if args.len() > names.len() {
        return Err(PyErr::type_error(format!("{}() takes at most {} arguments ({} given)", fname, names.len(), args.len())));
    }
    for (i, a) in args.into_iter().enumerate() {
        out[i] = Some(a);
    }
    for (i, n) in names.iter().enumerate() {
        if let Some(v) = super::args::take_kw(&mut kwargs, n) {
            out[i] = Some(v);
        }
    }
    super::args::no_more_kwargs(fname, &kwargs)?;
    Ok(out)
}

fn required(v: &Option<Value>, fname: &str, name: &str) -> PyResult<Value> {
    v.clone().ok_or_else(|| PyErr::type_error(format!("{}() missing required argument '{}'", fname, name)))
}

fn int_or(v: &Option<Value>, d: i64) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(d),
        Some(v) => to_i64(v),
    }
}

/// A module function or Pattern method (`method`: the pattern came first, without flags).
fn dispatch(name: &str, args: Vec<Value>, kwargs: Kwargs, method: bool) -> PyResult<Value> {
    let names: &[&str] = match (name, method) {
        ("sub", false) | ("subn", false) => &["pattern", "repl", "string", "count", "flags"],
        ("sub", true) | ("subn", true) => &["pattern", "repl", "string", "count"],
        ("split", false) => &["pattern", "string", "maxsplit", "flags"],
        ("split", true) => &["pattern", "string", "maxsplit"],
        (_, false) => &["pattern", "string", "flags"],
        (_, true) => &["pattern", "string", "pos", "endpos"],
    };
    let p = params(args, kwargs, names, name)?;
    let flags_at = names.iter().position(|n| *n == "flags");
    let flags = match flags_at {
        Some(i) => int_or(&p[i], 0)? as u32,
        None => 0,
    };
    let (r, pat) = resolve(&required(&p[0], name, "pattern")?, flags)?;
    let string_at = names.iter().position(|n| *n == "string").expect("every form has a string");
    let string = required(&p[string_at], name, "string")?;
    let full_text: Vec<char> = text_of(&string, "")?.chars().collect();
    let (start, end) = if method && !matches!(name, "sub" | "subn" | "split") {
        let n = full_text.len() as i64;
        let clamp = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) } as usize;
        (clamp(int_or(&p[2], 0)?), clamp(int_or(&p[3], n)?))
    } else {
        (0, full_text.len())
    };
    let text = &full_text[..end.max(start)];
    match name {
        "match" | "fullmatch" | "search" => {
            let found = r.search(text, start, name != "search", name == "fullmatch", None);
            Ok(found.map(|f| match_object(&r, &f, &string, &pat, start, end)).unwrap_or(Value::None))
        }
        "findall" => {
            let mut out = Vec::new();
            for (caps, _) in all_matches(&r, text, start, 0) {
                let get = |i: usize| caps[i].map(|(s, e)| slice(text, s, e)).unwrap_or_else(|| Value::str(""));
                out.push(match r.groups {
                    0 => get(0),
                    1 => get(1),
                    g => Value::tuple((1..=g).map(get).collect()),
                });
            }
            Ok(Value::list(out))
        }
        "finditer" => {
            let ms: Vec<PyResult<Value>> = all_matches(&r, text, start, 0).iter().map(|f| Ok(match_object(&r, f, &string, &pat, start, end))).collect();
            Ok(crate::value::iterate::iter_from("callable_iterator", Box::new(ms.into_iter())))
        }
        "sub" | "subn" => {
            let repl = match required(&p[1], name, "repl")? {
                // A `str` subclass is a template, as a str is.
                Value::Instance(i) if matches!(i.base, Some(Value::Str(_))) => i.base.clone().expect("checked"),
                other => other,
            };
            let count = int_or(&p[3], 0)?.max(0) as usize;
            let mut out = String::new();
            let mut last = 0;
            let ms = all_matches(&r, text, 0, count);
            let n = ms.len();
            for found in ms {
                let (s, e) = found.0[0].expect("group 0");
                out.extend(text[last..s].iter());
                let m = match_object(&r, &found, &string, &pat, 0, text.len());
                match &repl {
                    Value::Str(t) => out.push_str(&expand(&m, t.as_str())?),
                    f => out.push_str(&text_of(&call(f, vec![m], vec![])?, "")?),
                }
                last = e;
            }
            out.extend(text[last..].iter());
            if name == "subn" {
                return Ok(Value::tuple(vec![Value::str(&out), Value::int(n as i64)]));
            }
            Ok(Value::str(&out))
        }
        _ => {
            let maxsplit = int_or(&p[2], 0)?;
            if maxsplit < 0 {
                return Ok(Value::list(vec![string.clone()]));
            }
            let mut out = Vec::new();
            let mut last = 0;
            for (caps, _) in all_matches(&r, text, 0, maxsplit as usize) {
                let (s, e) = caps[0].expect("group 0");
                out.push(slice(text, last, s));
                for g in caps.iter().skip(1) {
                    out.push(g.map(|(a, b)| slice(text, a, b)).unwrap_or(Value::None));
                }
                last = e;
            }
            out.push(slice(text, last, text.len()));
            Ok(Value::list(out))
        }
    }
}

fn module_fn(name: &'static str) -> (&'static str, Value) {
    (name, Value::builtin(name, move |args, kwargs| dispatch(name, args, kwargs, false)))
}

/// The names of `re.RegexFlag`'s members in CPython's order (aliases after their member).
const FLAG_NAMES: [(&str, i64); 18] = [
    ("NOFLAG", 0), ("ASCII", 256), ("A", 256), ("IGNORECASE", 2), ("I", 2), ("LOCALE", 4), ("L", 4),
    ("UNICODE", 32), ("U", 32), ("MULTILINE", 8), ("M", 8), ("DOTALL", 16), ("S", 16), ("VERBOSE", 64),
    ("X", 64), ("TEMPLATE", 1), ("T", 1), ("DEBUG", 128),
];

/// `re.RegexFlag`, an `IntFlag` whose members print as `re.IGNORECASE|re.MULTILINE`
/// (`enum.global_flag_repr`) in `repr()`, `str()` and `format()` alike.
fn regex_flag_class() -> Rc<Class> {
    crate::value::class::cached_class("re.RegexFlag", || {
        use super::enum_::{parts, populate};
        let base = super::enum_flag::int_flag_class();
        let c = crate::value::class::new_class("RegexFlag", "RegexFlag", "re", vec![base], None).expect("single base");
        c.dict.borrow_mut().set_str("__module__", Value::str("re"));
        c.dict.borrow_mut().set_str("_numeric_repr_", Value::str("hex"));
        let namespace: Vec<(&str, Value)> = FLAG_NAMES.iter().map(|(n, v)| (*n, Value::int(*v))).collect();
        populate(&c, &namespace).expect("distinct flag names");
        let repr = Value::runtime_method("RegexFlag.__repr__", |args, _| {
            let (cls, name, value) = parts(&args[0]);
            let v = to_i64(&value)?;
            Ok(Value::str(&match name {
                None => format!("re.{}({})", cls, v),
                Some(n) => n.split('|').map(|p| if p.starts_with(|c: char| c.is_ascii_digit()) { p.to_string() } else { format!("re.{}", p) }).collect::<Vec<_>>().join("|"),
            }))
        });
        let mut d = c.dict.borrow_mut();
        d.set_str("__repr__", repr.clone());
        d.set_str("__str__", repr.clone());
        // `int.__format__`: `str(self)` for an empty spec, else the number formatted.
        d.set_str("__format__", Value::runtime_method("RegexFlag.__format__", |args, _| {
            let spec = match args.get(1) {
                Some(Value::Str(s)) => s.to_string(),
                _ => String::new(),
            };
            if spec.is_empty() {
                return Ok(Value::Str(crate::value::text::str_of(&args[0])?));
            }
            Ok(Value::Str(crate::value::text::format_value(&super::enum_::value_of(&args[0]), &spec)?))
        }));
        drop(d);
        c
    })
}

pub fn build() -> Module {
    let flags = regex_flag_class();
    let mut attrs: Vec<(&'static str, Value)> = FLAG_NAMES
        .iter()
        .map(|(n, _)| (*n, flags.dict.borrow().get_str(n).unwrap_or(Value::None)))
        .collect();
    attrs.extend(vec![
        ("RegexFlag", Value::Class(flags.clone())),
        ("Pattern", Value::Class(pattern_class())),
        ("Match", Value::Class(match_class())),
        func("compile", |args| {
            arity("compile", &args, 1, 2)?;
            if super::objs::is_a(&args[0], "re", "Pattern") {
                return Ok(args[0].clone());
            }
            let flags = args.get(1).map(to_i64).transpose()?.unwrap_or(0) as u32;
            pattern_object(&text_of(&args[0], "first argument must be string or compiled pattern: ")?, flags & !32)
        }),
        ("error", Value::Class(error_class())),
        func("escape", |args| {
            arity("escape", &args, 1, 1)?;
            Ok(Value::str(&regex::escape(&text_of(&args[0], "")?)))
        }),
        func("purge", |_| {
            CACHE.with(|c| c.borrow_mut().clear());
            Ok(Value::None)
        }),
    ]);
    for name in ["match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split"] {
        attrs.push(module_fn(name));
    }
    module("re", attrs)
}
