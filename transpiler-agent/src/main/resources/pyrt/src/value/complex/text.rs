//! `complex(...)`, its string parser (`complex_from_string_inner`), `repr` (`complex_repr`)
//! and `format` (`format_complex_internal` of Python/formatter_unicode.c), as CPython 3.12.

use crate::exc::{PyErr, PyResult};
use crate::float::{double_to_string, DtoaFlags};
use crate::format::{fill_float_text, parse_spec, pad_to, FormatSpec};
use crate::value::{class, Kwargs, Value};

fn number_name_error(which: &str, v: &Value) -> PyErr {
    if which == "first" {
        PyErr::type_error(format!("complex() first argument must be a string or a number, not '{}'", v.type_name()))
    } else {
        PyErr::type_error(format!("complex() second argument must be a number, not '{}'", v.type_name()))
    }
}

/// An argument as `(re, im, was_complex)`: complexes as they are, other numbers through
/// `float()` (`__float__`, then `__index__`).
fn part(v: &Value, which: &str) -> PyResult<(f64, f64, bool)> {
    match v {
        Value::Complex(re, im) => Ok((*re, *im, true)),
        Value::Float(f) => Ok((*f, 0.0, false)),
        Value::Int(i) => Ok((i.to_f64()?, 0.0, false)),
        Value::Bool(b) => Ok((f64::from(u8::from(*b)), 0.0, false)),
        Value::Instance(_) if class::has_dunder(v, "__float__") || class::has_dunder(v, "__index__") => {
            match crate::value::builtins::float(vec![v.clone()], vec![])? {
                Value::Float(f) => Ok((f, 0.0, false)),
                _ => Err(number_name_error(which, v)),
            }
        }
        _ => Err(number_name_error(which, v)),
    }
}

/// `complex(real=0, imag=0)`.
pub fn construct(mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    for (k, v) in kwargs {
        let slot = match k.as_str() {
            "real" => 0,
            "imag" => 1,
            other => {
                return Err(PyErr::type_error(format!("complex() got an unexpected keyword argument '{}'", other)))
            }
        };
        if args.len() > slot {
            return Err(PyErr::type_error(format!(
                "argument for complex() given by name ('{}') and position ({})",
                k.as_str(),
                slot + 1
            )));
        }
        while args.len() < slot {
            args.push(Value::Complex(0.0, 0.0));
        }
        args.push(v);
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("complex() takes at most 2 arguments ({} given)", args.len())));
    }
    let mut it = args.into_iter();
    let (r, i) = (it.next(), it.next());
    let mut r = match r {
        None => return Ok(Value::Complex(0.0, 0.0)),
        Some(r) => r,
    };
    if let Value::Str(s) = &r {
        if i.is_some() {
            return Err(PyErr::type_error("complex() can't take second arg if first is a string"));
        }
        let (re, im) = from_string(s.as_str())?;
        return Ok(Value::Complex(re, im));
    }
    if let Some(Value::Str(_)) = &i {
        return Err(PyErr::type_error("complex() second arg can't be a string"));
    }
    if matches!(r, Value::Instance(_)) && class::has_dunder(&r, "__complex__") {
        r = match class::call_dunder(&r, "__complex__", vec![])? {
            Some(c @ Value::Complex(..)) => c,
            Some(other) => {
                return Err(PyErr::type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    other.type_name()
                )))
            }
            None => r,
        };
    }
    if let (Value::Complex(..), None) = (&r, &i) {
        return Ok(r);
    }
    let (mut cr_re, cr_im, cr_is_complex) = part(&r, "first")?;
    let (mut ci_re, ci_im, ci_is_complex) = match &i {
        None => (cr_im, 0.0, false),
        Some(v) => part(v, "second")?,
    };
    if ci_is_complex {
        cr_re -= ci_im;
    }
    if cr_is_complex && i.is_some() {
        ci_re += cr_im;
    }
    Ok(Value::Complex(cr_re, ci_re))
}

/// The longest prefix of `s` that `PyOS_string_to_double` reads: its value and length.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    let lower: Vec<u8> = s[i..].iter().take(8).map(|c| c.to_ascii_lowercase()).collect();
    let neg = s.first() == Some(&b'-');
    let special = |v: f64, n: usize| Some((if neg { -v } else { v }, i + n));
    if lower.starts_with(b"infinity") {
        return special(f64::INFINITY, 8);
    }
    if lower.starts_with(b"inf") {
        return special(f64::INFINITY, 3);
    }
    if lower.starts_with(b"nan") {
        return special(f64::NAN, 3);
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < s.len() && s[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut n = digits(&mut i);
    if i < s.len() && s[i] == b'.' {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    let text = std::str::from_utf8(&s[..i]).ok()?;
    Some((text.parse::<f64>().ok()?, i))
}

/// `_Py_string_to_number_with_underscores`: underscores only between digits.
fn without_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    if prev == '_' {
        None
    } else {
        Some(out)
    }
}

/// `complex("1+2j")`.
pub fn from_string(text: &str) -> PyResult<(f64, f64)> {
    let ascii = crate::int::ascii_numeric(text);
    let clean = without_underscores(&ascii).ok_or_else(|| {
        PyErr::value_error(format!("could not convert string to complex: {}", crate::format::repr_str(text)))
    })?;
    parse(clean.as_bytes()).ok_or_else(|| PyErr::value_error("complex() arg is a malformed string"))
}

fn parse(s: &[u8]) -> Option<(f64, f64)> {
    let space = |s: &[u8], mut i: usize| {
        while i < s.len() && (s[i] == b' ' || (b'\t'..=b'\r').contains(&s[i])) {
            i += 1;
        }
        i
    };
    let mut i = space(s, 0);
    let bracket = i < s.len() && s[i] == b'(';
    if bracket {
        i = space(s, i + 1);
    }
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let is_j = |c: u8| c == b'j' || c == b'J';
    let (mut x, mut y) = (0.0, 0.0);
    match float_prefix(&s[i..]) {
        Some((z, n)) => {
            i += n;
            if at(i) == b'+' || at(i) == b'-' {
                x = z;
                match float_prefix(&s[i..]) {
                    Some((w, m)) => {
                        y = w;
                        i += m;
                    }
                    None => {
                        y = if at(i) == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !is_j(at(i)) {
                    return None;
                }
                i += 1;
            } else if is_j(at(i)) {
                i += 1;
                y = z;
            } else {
                x = z;
            }
        }
        None => {
            if at(i) == b'+' || at(i) == b'-' {
                y = if at(i) == b'+' { 1.0 } else { -1.0 };
                i += 1;
            } else {
                y = 1.0;
            }
            if !is_j(at(i)) {
                return None;
            }
            i += 1;
        }
    }
    i = space(s, i);
    if bracket {
        if at(i) != b')' {
            return None;
        }
        i = space(s, i + 1);
    }
    if i == s.len() {
        Some((x, y))
    } else {
        None
    }
}

/// `PyOS_double_to_string(x, 'r', 0, flags)`: float repr without the added `.0`.
fn repr_part(x: f64, sign: bool) -> String {
    double_to_string(x, 'r', 0, DtoaFlags { sign, ..DtoaFlags::default() })
}

/// `repr(z)`: `2j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", repr_part(im, false))
    } else {
        format!("({}{}j)", repr_part(re, false), repr_part(im, true))
    }
}

/// One part, formatted by type and precision, without padding: `fill_number` with a spec
/// whose width is unset.
fn format_part(x: f64, ty: char, precision: i64, flags: DtoaFlags, spec: &FormatSpec) -> String {
    let buf = double_to_string(x, ty, precision, flags);
    let tmp = FormatSpec { fill: ' ', align: '<', width: -1, ..spec.clone() };
    fill_float_text(&tmp, &buf)
}

/// `format(z, spec)`.
pub fn format(re: f64, im: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(repr(re, im));
    }
    let f = parse_spec(spec, "complex", '>', None)?;
    let mut ty = match f.ty {
        None => '\0',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => t,
        Some(t) => {
            return Err(PyErr::value_error(format!(
                "Unknown format code '{}' for object of type 'complex'",
                t
            )))
        }
    };
    if f.fill == '0' {
        return Err(PyErr::value_error("Zero padding is not allowed in complex format specifier"));
    }
    if f.align == '=' {
        return Err(PyErr::value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let flags = DtoaFlags { alt: f.alternate, no_neg_0: f.no_neg_0, ..DtoaFlags::default() };
    let (mut default_precision, mut skip_re, mut parens) = (6, false, false);
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut precision = f.precision;
    if precision < 0 {
        precision = default_precision;
    } else if ty == 'r' {
        ty = 'g';
    }
    let re_text = if skip_re { String::new() } else { format_part(re, ty, precision, flags, &f) };
    let im_spec = if skip_re { f.clone() } else { FormatSpec { sign: Some('+'), ..f.clone() } };
    let im_text = format_part(im, ty, precision, flags, &im_spec);
    let body = if parens { format!("({}{}j)", re_text, im_text) } else { format!("{}{}j", re_text, im_text) };
    Ok(pad_to(&f, &body))
}
