//! The `string` module: its character-class constants, `capwords`, `Template` (the default
//! `$`-placeholder pattern) and `Formatter` (over `str.format`).

use super::args::{arity, func_kw, module, no_kwargs, no_more_kwargs, take_kw};
use super::objs::{method, method_kw, runtime_class, set_state};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::getattr;
use crate::value::builtins as b;
use crate::value::func::call_method;
use crate::value::iterate::collect;
use crate::value::ops::getitem;
use crate::value::text::{repr_of, str_of};
use crate::value::{Class, Kwargs, Module, Value};
use std::rc::Rc;

/// `capwords(s, sep=None)`: `(sep or ' ').join(w.capitalize() for w in s.split(sep))`.
fn capwords(mut args: Vec<Value>, mut kwargs: crate::value::Kwargs) -> crate::exc::PyResult<Value> {
    if let Some(sep) = take_kw(&mut kwargs, "sep") {
        args.push(sep);
    }
    no_more_kwargs("capwords", &kwargs)?;
    arity("capwords", &args, 1, 2)?;
    let sep = args.get(1).cloned().unwrap_or(Value::None);
    let words = collect(&call_method(&args[0], "split", vec![sep.clone()], vec![])?)?;
    let caps = words
        .iter()
        .map(|w| call_method(w, "capitalize", vec![], vec![]))
        .collect::<crate::exc::PyResult<Vec<Value>>>()?;
    let joiner = match sep {
        Value::None => Value::str(" "),
        Value::Str(ref s) if s.as_str().is_empty() => Value::str(" "),
        s => s,
    };
    call_method(&joiner, "join", vec![Value::list(caps)], vec![])
}

/// The default `Template.idpattern` (`(?a:[_a-z][_a-z0-9]*)` with `re.IGNORECASE`).
const IDPATTERN: &str = "(?a:[_a-z][_a-z0-9]*)";

/// One `$` placeholder of a template: where it starts and ends, and what it is.
enum Placeholder {
    Escaped,
    Named(String),
    /// `$` followed by nothing a placeholder can be; `at` is the index after the `$`.
    Invalid { at: usize },
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic()
}

fn is_id_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric()
}

/// The placeholders of `chars` with their spans, as `Template.pattern` finds them.
fn placeholders(chars: &[char]) -> Vec<(usize, usize, Placeholder)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '$' {
            i += 1;
            continue;
        }
        let start = i;
        let next = chars.get(i + 1).copied();
        if next == Some('$') {
            out.push((start, i + 2, Placeholder::Escaped));
            i += 2;
        } else if next.map_or(false, is_id_start) {
            let mut j = i + 2;
            while j < chars.len() && is_id_char(chars[j]) {
                j += 1;
            }
            out.push((start, j, Placeholder::Named(chars[i + 1..j].iter().collect())));
            i = j;
        } else if next == Some('{') && chars.get(i + 2).copied().map_or(false, is_id_start) {
            let mut j = i + 3;
            while j < chars.len() && is_id_char(chars[j]) {
                j += 1;
            }
            if chars.get(j) == Some(&'}') {
                out.push((start, j + 1, Placeholder::Named(chars[i + 2..j].iter().collect())));
                i = j + 1;
            } else {
                out.push((start, i + 1, Placeholder::Invalid { at: i + 1 }));
                i += 1;
            }
        } else {
            out.push((start, i + 1, Placeholder::Invalid { at: i + 1 }));
            i += 1;
        }
    }
    out
}

/// `Template._invalid`: `ValueError: Invalid placeholder in string: line L, col C`.
fn invalid_placeholder(chars: &[char], at: usize) -> PyErr {
    // `chars[..at]` ends with the `$`, so its last line is never empty.
    let (mut line, mut line_start, mut i) = (1, 0, 0);
    while i < at {
        let c = chars[i];
        i += 1;
        if c == '\r' && i < at && chars[i] == '\n' {
            i += 1;
        }
        if matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            line += 1;
            line_start = i;
        }
    }
    PyErr::value_error(format!("Invalid placeholder in string: line {}, col {}", line, at - line_start))
}

/// The template text, refusing subclasses that change how placeholders look (the runtime
/// implements only the default pattern).
fn template_text(this: &Value) -> PyResult<Vec<char>> {
    let default_look = matches!(getattr(this, "delimiter")?, Value::Str(ref s) if s.as_str() == "$")
        && matches!(getattr(this, "idpattern")?, Value::Str(ref s) if s.as_str() == IDPATTERN)
        && matches!(getattr(this, "braceidpattern")?, Value::None)
        && matches!(getattr(this, "flags")?, Value::Int(ref i) if i.to_i64() == Some(2));
    if !default_look {
        return Err(PyErr::new(
            "NotImplementedError",
            "portalis: string.Template subclasses with another delimiter or pattern".to_string(),
        ));
    }
    match getattr(this, "template")? {
        Value::Str(s) => Ok(s.as_str().chars().collect()),
        v => Err(PyErr::type_error(format!("expected string or bytes-like object, got '{}'", v.type_name()))),
    }
}

/// The lookup of `substitute(mapping, /, **kws)`: the keywords first, then the mapping.
fn lookup(mapping: &Option<Value>, kws: &Kwargs, name: &str) -> PyResult<Value> {
    if let Some((_, v)) = kws.iter().find(|(k, _)| k.as_str() == name) {
        return Ok(v.clone());
    }
    match mapping {
        Some(m) => getitem(m, &Value::str(name)),
        None => Err(crate::value::ops::key_error(&Value::str(name))?),
    }
}

fn substitute(this: &Value, args: Vec<Value>, kwargs: Kwargs, safe: bool) -> PyResult<Value> {
    let fname = if safe { "safe_substitute" } else { "substitute" };
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "Template.{}() takes from 1 to 2 positional arguments but {} were given",
            fname,
            args.len() + 1
        )));
    }
    let mapping = args.into_iter().next();
    let chars = template_text(this)?;
    let mut out = String::new();
    let mut last = 0;
    for (start, end, ph) in placeholders(&chars) {
        out.extend(&chars[last..start]);
        last = end;
        match ph {
            Placeholder::Escaped => out.push('$'),
            Placeholder::Named(name) => match lookup(&mapping, &kwargs, &name) {
                Ok(v) => out.push_str(str_of(&v)?.as_str()),
                Err(e) if safe && e.is_instance("KeyError") => out.extend(&chars[start..end]),
                Err(e) => return Err(e),
            },
            Placeholder::Invalid { at } => {
                if !safe {
                    return Err(invalid_placeholder(&chars, at));
                }
                out.extend(&chars[start..end]);
            }
        }
    }
    out.extend(&chars[last..]);
    Ok(Value::str(&out))
}

fn template_class() -> Rc<Class> {
    runtime_class("string", "Template", vec![], || {
        vec![
            ("delimiter", Value::str("$")),
            ("idpattern", Value::str(IDPATTERN)),
            ("braceidpattern", Value::None),
            ("flags", Value::int(2)),
            method_kw("__init__", |this, args, kwargs| {
                no_kwargs("Template.__init__", &kwargs)?;
                if args.len() != 1 {
                    return Err(PyErr::type_error(if args.is_empty() {
                        "Template.__init__() missing 1 required positional argument: 'template'".to_string()
                    } else {
                        format!("Template.__init__() takes 2 positional arguments but {} were given", args.len() + 1)
                    }));
                }
                set_state(this, "template", args[0].clone());
                Ok(Value::None)
            }),
            method_kw("substitute", |this, args, kwargs| substitute(this, args, kwargs, false)),
            method_kw("safe_substitute", |this, args, kwargs| substitute(this, args, kwargs, true)),
            method("get_identifiers", |this, _, _| {
                let mut ids: Vec<String> = Vec::new();
                for (_, _, ph) in placeholders(&template_text(this)?) {
                    if let Placeholder::Named(n) = ph {
                        if !ids.contains(&n) {
                            ids.push(n);
                        }
                    }
                }
                Ok(Value::list(ids.iter().map(|s| Value::str(s)).collect()))
            }),
            method("is_valid", |this, _, _| {
                let chars = template_text(this)?;
                Ok(Value::Bool(!placeholders(&chars).iter().any(|(_, _, p)| matches!(p, Placeholder::Invalid { .. }))))
            }),
        ]
    })
}

/// `_string.formatter_parser`: `(literal, field_name, format_spec, conversion)` tuples.
fn formatter_parse(s: &[char]) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    let mut pos = 0;
    let end = s.len();
    while pos < end {
        let start = pos;
        let mut c = '\0';
        let mut markup_follows = false;
        while pos < end {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = pos >= end;
        let mut len = pos - start;
        if c == '}' && markup_follows && (at_end || s[pos] != '}') {
            return Err(PyErr::value_error("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup_follows {
            return Err(PyErr::value_error("Single '{' encountered in format string"));
        }
        if !at_end && markup_follows {
            if s[pos] == c {
                pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        let literal: String = s[start..start + len].iter().collect();
        if !markup_follows {
            out.push(Value::tuple(vec![Value::str(&literal), Value::None, Value::None, Value::None]));
            continue;
        }
        let field_start = pos;
        let mut count = 1;
        let mut done = None;
        while pos < end {
            let ch = s[pos];
            pos += 1;
            if ch == '{' {
                count += 1;
            } else if ch == '}' {
                count -= 1;
                if count == 0 {
                    done = Some(pos - 1);
                    break;
                }
            }
        }
        let field_end = done.ok_or_else(|| PyErr::value_error("expected '}' before end of string"))?;
        let (name, spec, conv) = parse_field(&s[field_start..field_end])?;
        out.push(Value::tuple(vec![Value::str(&literal), Value::str(&name), Value::str(&spec), conv]));
    }
    Ok(out)
}

/// `parse_field`: splits `name!conv:spec` (brackets may hold `!` and `:`).
fn parse_field(f: &[char]) -> PyResult<(String, String, Value)> {
    let mut i = 0;
    let mut sep = None;
    while i < f.len() {
        let c = f[i];
        i += 1;
        match c {
            '{' => return Err(PyErr::value_error("unexpected '{' in field name")),
            '[' => {
                while i < f.len() && f[i] != ']' {
                    i += 1;
                }
            }
            '!' | ':' => {
                sep = Some(c);
                break;
            }
            _ => {}
        }
    }
    let name: String = match sep {
        Some(_) => f[..i - 1].iter().collect(),
        None => f.iter().collect(),
    };
    let mut conv = Value::None;
    if sep == Some('!') {
        if i >= f.len() {
            return Err(PyErr::value_error("end of string while looking for conversion specifier"));
        }
        conv = Value::str(&f[i].to_string());
        i += 1;
        if i < f.len() {
            if f[i] != ':' {
                return Err(PyErr::value_error("expected ':' after conversion specifier"));
            }
            i += 1;
        }
    }
    let spec: String = if sep.is_some() { f[i.min(f.len())..].iter().collect() } else { String::new() };
    Ok((name, spec, conv))
}

/// Formatter methods run `str.format`; a subclass overriding its hooks would be ignored,
/// so subclasses are refused.
fn plain_formatter(this: &Value) -> PyResult<()> {
    match this {
        Value::Instance(i) if i.class.name.as_str() == "Formatter" && i.class.module.as_str() == "string" => Ok(()),
        _ => Err(PyErr::new("NotImplementedError", "portalis: subclasses of string.Formatter".to_string())),
    }
}

fn formatter_class() -> Rc<Class> {
    runtime_class("string", "Formatter", vec![], || {
        vec![
            method_kw("format", |this, mut args, kwargs| {
                plain_formatter(this)?;
                if args.is_empty() {
                    return Err(PyErr::type_error(
                        "Formatter.format() missing 1 required positional argument: 'format_string'",
                    ));
                }
                let fmt = args.remove(0);
                call_method(&fmt, "format", args, kwargs)
            }),
            method("vformat", |this, args, _| {
                plain_formatter(this)?;
                if args.len() != 3 {
                    return Err(PyErr::type_error(format!(
                        "Formatter.vformat() takes 4 positional arguments but {} were given",
                        args.len() + 1
                    )));
                }
                let pos = collect(&args[1])?;
                let kw = super::objs::dict_to_kwargs(Some(b::dict(vec![args[2].clone()], vec![])?));
                call_method(&args[0], "format", pos, kw)
            }),
            method("parse", |_, args, _| {
                let text = match args.first() {
                    Some(Value::Str(s)) => s.as_str().chars().collect::<Vec<char>>(),
                    _ => return Err(PyErr::type_error("Formatter.parse() takes a string")),
                };
                Ok(crate::value::iterate::iter_from("formatteriterator", Box::new(formatter_parse(&text)?.into_iter().map(Ok))))
            }),
            method("format_field", |_, args, _| {
                if args.len() != 2 {
                    return Err(PyErr::type_error("Formatter.format_field() takes 3 positional arguments"));
                }
                b::format(args, vec![])
            }),
            method("convert_field", |_, args, _| {
                if args.len() != 2 {
                    return Err(PyErr::type_error("Formatter.convert_field() takes 3 positional arguments"));
                }
                match &args[1] {
                    Value::None => Ok(args[0].clone()),
                    Value::Str(s) if s.as_str() == "s" => Ok(Value::Str(str_of(&args[0])?)),
                    Value::Str(s) if s.as_str() == "r" => Ok(Value::Str(repr_of(&args[0])?)),
                    Value::Str(s) if s.as_str() == "a" => b::ascii(vec![args[0].clone()], vec![]),
                    v => Err(PyErr::value_error(format!(
                        "Unknown conversion specifier {}",
                        str_of(v)?.as_str()
                    ))),
                }
            }),
        ]
    })
}

pub fn build() -> Module {
    let lower = "abcdefghijklmnopqrstuvwxyz";
    let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let digits = "0123456789";
    let punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    let ws = " \t\n\r\x0b\x0c";
    let letters = format!("{}{}", lower, upper);
    module(
        "string",
        vec![
            ("ascii_lowercase", Value::str(lower)),
            ("ascii_uppercase", Value::str(upper)),
            ("ascii_letters", Value::str(&letters)),
            ("digits", Value::str(digits)),
            ("hexdigits", Value::str("0123456789abcdefABCDEF")),
            ("octdigits", Value::str("01234567")),
            ("punctuation", Value::str(punct)),
            ("whitespace", Value::str(ws)),
            ("printable", Value::str(&format!("{}{}{}{}", digits, letters, punct, ws))),
            func_kw("capwords", capwords),
            ("Template", Value::Class(template_class())),
            ("Formatter", Value::Class(formatter_class())),
        ],
    )
}
