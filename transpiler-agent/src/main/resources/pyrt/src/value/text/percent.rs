//! `fmt % args` for a str `fmt`: CPython's `PyUnicode_Format` (flags, width, precision,
//! `%(key)s` mappings, its argument counting and messages). Owner: runtime-core.

use super::{ascii_of, repr_of, str_of};
use crate::exc::{PyErr, PyResult};
use crate::float::{double_to_string, DtoaFlags};
use crate::int::Int;
use crate::str::Str;
use crate::value::{class, Value};

/// `%`-formatting flags.
#[derive(Default)]
struct Spec {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

/// Where `%` arguments come from (CPython's `unicode_format_getnextarg`).
struct Args<'a> {
    args: &'a Value,
    tuple: Option<&'a [Value]>,
    idx: i64,
    len: i64,
}

impl<'a> Args<'a> {
    fn next(&mut self) -> PyResult<Value> {
        if self.idx < self.len {
            let i = self.idx;
            self.idx += 1;
            return Ok(match self.tuple {
                Some(t) => t[i as usize].clone(),
                None => self.args.clone(),
            });
        }
        Err(PyErr::type_error("not enough arguments for format string"))
    }
}

fn is_mapping(v: &Value) -> bool {
    match v {
        Value::Tuple(_) | Value::Str(_) => false,
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) | Value::Range(_) => true,
        Value::Instance(i) if matches!(i.base, Some(Value::Tuple(_)) | Some(Value::Str(_))) => false,
        Value::Instance(_) => class::has_dunder(v, "__getitem__"),
        _ => false,
    }
}

/// `fmt % args` for a str `fmt` (`args` a tuple, a mapping or a single value).
pub fn percent_format(fmt: &Str, args: &Value) -> PyResult<Str> {
    let chars: Vec<char> = fmt.as_str().chars().collect();
    // A tuple subclass instance holds the arguments, as a tuple does.
    let tuple_base = match args {
        Value::Instance(i) => match &i.base {
            Some(t @ Value::Tuple(_)) => Some(t.clone()),
            _ => None,
        },
        _ => None,
    };
    let args = tuple_base.as_ref().unwrap_or(args);
    let mut a = match args {
        Value::Tuple(t) => Args { args, tuple: Some(&t[..]), idx: 0, len: t.len() as i64 },
        _ => Args { args, tuple: None, idx: -2, len: -1 },
    };
    let mapping = is_mapping(args);
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        // Only `%%` right after the `%` is a literal percent sign.
        if i < chars.len() && chars[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        let mut keyed: Option<Value> = None;
        if i < chars.len() && chars[i] == '(' {
            if !mapping {
                return Err(PyErr::type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(PyErr::value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            keyed = Some(crate::value::ops::getitem(args, &Value::str(&key))?);
            a.len = -1;
            a.idx = 0;
        }
        let mut spec = Spec::default();
        while i < chars.len() {
            match chars[i] {
                '-' => spec.ljust = true,
                '+' => spec.sign = true,
                ' ' => spec.blank = true,
                '#' => spec.alt = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            i += 1;
            let w = a.next()?;
            let w = match w {
                Value::Int(_) | Value::Bool(_) => crate::value::ops::index_of(&w)?,
                _ => return Err(PyErr::type_error("* wants int")),
            };
            let w = w.to_i64().unwrap_or(0);
            if w < 0 {
                spec.ljust = true;
            }
            spec.width = Some(w.unsigned_abs() as usize);
        } else {
            spec.width = read_number(&chars, &mut i);
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                i += 1;
                let p = a.next()?;
                let p = match p {
                    Value::Int(_) | Value::Bool(_) => crate::value::ops::index_of(&p)?,
                    _ => return Err(PyErr::type_error("* wants int")),
                };
                spec.prec = Some(p.to_i64().unwrap_or(0).max(0) as usize);
            } else {
                spec.prec = Some(read_number(&chars, &mut i).unwrap_or(0));
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(PyErr::value_error("incomplete format"));
        }
        let ty = chars[i];
        i += 1;
        let arg = match keyed.take() {
            Some(v) => v,
            None => a.next()?,
        };
        let piece = format_one(ty, &arg, &spec, i - 1)?;
        out.push_str(&piece);
    }
    if a.idx < a.len && !mapping {
        return Err(PyErr::type_error("not all arguments converted during string formatting"));
    }
    Ok(Str::from(out))
}

fn read_number(chars: &[char], i: &mut usize) -> Option<usize> {
    let start = *i;
    let mut n: usize = 0;
    while *i < chars.len() && chars[*i].is_ascii_digit() {
        n = n.saturating_mul(10).saturating_add(chars[*i] as usize - '0' as usize);
        *i += 1;
    }
    if *i == start {
        None
    } else {
        Some(n)
    }
}

/// One conversion: `%s`, `%d`, `%x`, `%f`, `%c`…
fn format_one(ty: char, arg: &Value, spec: &Spec, at: usize) -> PyResult<String> {
    match ty {
        's' | 'r' | 'a' => {
            let s = match ty {
                's' => str_of(arg)?,
                'r' => repr_of(arg)?,
                _ => ascii_of(arg)?,
            };
            let text: String = match spec.prec {
                Some(p) => s.as_str().chars().take(p).collect(),
                None => s.as_str().to_string(),
            };
            Ok(pad(text, spec, false))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let v = percent_int(ty, arg)?;
            let (radix, prefix) = match ty {
                'x' => (16, "0x"),
                'X' => (16, "0X"),
                'o' => (8, "0o"),
                _ => (10, ""),
            };
            let mut digits = if radix == 10 { v.abs().to_str_checked()? } else { v.abs().to_string_radix(radix) };
            if ty == 'X' {
                digits = digits.to_ascii_uppercase();
            }
            if let Some(p) = spec.prec {
                while digits.len() < p {
                    digits.insert(0, '0');
                }
            }
            let sign = sign_of(v.is_negative(), spec);
            let prefix = if spec.alt { prefix } else { "" };
            Ok(pad_number(&sign, prefix, &digits, spec))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                Value::Float(f) => *f,
                Value::Int(i) => i.to_f64()?,
                Value::Bool(b) => *b as i64 as f64,
                // `%f` takes what `float()` takes from an object (`__float__`, `__index__`).
                Value::Instance(_)
                    if crate::value::class::has_dunder(arg, "__float__") || crate::value::class::has_dunder(arg, "__index__") =>
                {
                    match crate::value::builtins::float(vec![arg.clone()], vec![])? {
                        Value::Float(f) => f,
                        _ => return Err(PyErr::type_error(format!("must be real number, not {}", arg.type_name()))),
                    }
                }
                _ => {
                    return Err(PyErr::type_error(format!("must be real number, not {}", arg.type_name())));
                }
            };
            let flags = DtoaFlags { alt: spec.alt, ..DtoaFlags::default() };
            let s = double_to_string(x, ty, spec.prec.unwrap_or(6) as i64, flags);
            let (neg, body) = match s.strip_prefix('-') {
                Some(rest) => (true, rest.to_string()),
                None => (false, s.clone()),
            };
            let sign = sign_of(neg, spec);
            if !x.is_finite() {
                return Ok(pad(format!("{}{}", sign, body), spec, false));
            }
            Ok(pad_number(&sign, "", &body, spec))
        }
        'c' => {
            let ch = match arg {
                Value::Str(s) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or(' '),
                Value::Int(_) | Value::Bool(_) => {
                    let v = crate::value::ops::index_of(arg)?;
                    match v.to_i64() {
                        Some(x) if (0..0x110000).contains(&x) => char::from_u32(x as u32).unwrap_or('\u{fffd}'),
                        _ => return Err(PyErr::overflow_error("%c arg not in range(0x110000)")),
                    }
                }
                _ => return Err(PyErr::type_error("%c requires int or char")),
            };
            Ok(pad(ch.to_string(), spec, false))
        }
        _ => Err(PyErr::value_error(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            ty, ty as u32, at
        ))),
    }
}

fn percent_int(ty: char, arg: &Value) -> PyResult<Int> {
    match arg {
        Value::Int(i) => Ok(i.clone()),
        Value::Bool(b) => Ok(Int::from(*b)),
        Value::Float(f) if matches!(ty, 'd' | 'i' | 'u') => Int::from_f64(f.trunc()),
        Value::Instance(_) if class::has_dunder(arg, "__index__") => crate::value::ops::index_of(arg),
        _ if matches!(ty, 'd' | 'i' | 'u') => Err(PyErr::type_error(format!(
            "%{} format: a real number is required, not {}",
            ty,
            arg.type_name()
        ))),
        _ => Err(PyErr::type_error(format!(
            "%{} format: an integer is required, not {}",
            ty,
            arg.type_name()
        ))),
    }
}

fn sign_of(negative: bool, spec: &Spec) -> String {
    if negative {
        "-".into()
    } else if spec.sign {
        "+".into()
    } else if spec.blank {
        " ".into()
    } else {
        String::new()
    }
}

fn pad(text: String, spec: &Spec, _numeric: bool) -> String {
    let len = text.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return text;
    }
    let fill = " ".repeat(width - len);
    if spec.ljust {
        text + &fill
    } else {
        fill + &text
    }
}

fn pad_number(sign: &str, prefix: &str, digits: &str, spec: &Spec) -> String {
    let len = sign.len() + prefix.len() + digits.chars().count();
    let width = spec.width.unwrap_or(0);
    if spec.zero && !spec.ljust && len < width {
        return format!("{}{}{}{}", sign, prefix, "0".repeat(width - len), digits);
    }
    pad(format!("{}{}{}", sign, prefix, digits), spec, true)
}
