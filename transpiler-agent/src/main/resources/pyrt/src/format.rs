//! The format-spec mini-language (`format(v, spec)`, f-string `{v:spec}`) for `int`,
//! `float`, `bool` and `str`, following CPython's `Python/formatter_unicode.c`
//! (`parse_internal_render_format_spec`, `calc_number_widths`, `fill_number`) in the C
//! locale, with its error messages. Also `repr()` of a `str`, which messages quote.

use crate::exc::{PyErr, PyResult};
use crate::float::{double_to_string, DtoaFlags};
use crate::int::Int;

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: char,
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alternate: bool,
    /// -1 when absent.
    pub width: i64,
    /// `,` or `_`, with the group size (3, or 4 for `_` with `b o x X`).
    pub grouping: Option<(char, usize)>,
    /// -1 when absent.
    pub precision: i64,
    /// `None` when absent.
    pub ty: Option<char>,
}

fn value_err(msg: String) -> PyErr {
    PyErr::value_error(msg)
}

/// Reads a decimal integer at `chars[*pos..]`; `Ok(None)` when there is none.
fn get_integer(chars: &[char], pos: &mut usize) -> PyResult<Option<i64>> {
    let start = *pos;
    let mut v: i64 = 0;
    while *pos < chars.len() {
        let d = match chars[*pos].to_digit(10) {
            Some(d) => d as i64,
            None => break,
        };
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d))
            .ok_or_else(|| value_err("Too many decimal digits in format string".to_string()))?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(v) })
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn describe_type(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_code(ty: char, type_name: &str) -> PyErr {
    value_err(format!("Unknown format code '{}' for object of type '{}'", describe_type(ty), type_name))
}

/// Parses a spec like `parse_internal_render_format_spec`; `type_name` is for messages,
/// `default_align` is `>` for numbers and `<` for strings, and `default_type` is the
/// type when the spec names none (`d` for int, `s` for str, none for float).
pub fn parse_spec(spec: &str, type_name: &str, default_align: char, default_type: Option<char>) -> PyResult<FormatSpec> {
    let c: Vec<char> = spec.chars().collect();
    let mut f = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: -1,
        grouping: None,
        precision: -1,
        ty: default_type,
    };
    let (mut pos, mut fill_given, mut align_given) = (0, false, false);
    if c.len() >= 2 && is_align(c[1]) {
        f.fill = c[0];
        f.align = c[1];
        fill_given = true;
        align_given = true;
        pos = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        f.align = c[0];
        align_given = true;
        pos = 1;
    }
    if pos < c.len() && matches!(c[pos], '+' | '-' | ' ') {
        f.sign = Some(c[pos]);
        pos += 1;
    }
    if pos < c.len() && c[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < c.len() && c[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_given && pos < c.len() && c[pos] == '0' {
        f.fill = '0';
        if !align_given && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    f.width = get_integer(&c, &mut pos)?.unwrap_or(-1);
    let both = || value_err("Cannot specify both ',' and '_'.".to_string());
    if pos < c.len() && c[pos] == ',' {
        f.grouping = Some((',', 3));
        pos += 1;
    }
    if pos < c.len() && c[pos] == '_' {
        if f.grouping.is_some() {
            return Err(both());
        }
        f.grouping = Some(('_', 3));
        pos += 1;
    }
    if pos < c.len() && c[pos] == ',' && matches!(f.grouping, Some(('_', _))) {
        return Err(both());
    }
    if pos < c.len() && c[pos] == '.' {
        pos += 1;
        f.precision = get_integer(&c, &mut pos)?
            .ok_or_else(|| value_err("Format specifier missing precision".to_string()))?;
    }
    if c.len() - pos > 1 {
        return Err(value_err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if pos < c.len() {
        f.ty = Some(c[pos]);
    }
    if let Some((sep, _)) = f.grouping {
        match f.ty.unwrap_or('\0') {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if sep == '_' => f.grouping = Some(('_', 4)),
            t => {
                return Err(value_err(format!("Cannot specify '{}' with '{}'.", sep, describe_type(t))));
            }
        }
    }
    Ok(f)
}

/// `_PyUnicode_InsertThousandsGrouping` for one repeating group size: groups `digits`
/// and, when `min_width` asks for it, pads them with zeros (which are grouped too).
fn group_digits(digits: &str, min_width: i64, sep: Option<(char, usize)>) -> String {
    let d = digits.as_bytes();
    let (sep_char, size) = match sep {
        Some((s, n)) => (Some(s), n as i64),
        None => (None, 0),
    };
    let mut pieces: Vec<u8> = Vec::with_capacity(d.len() + d.len() / 3 + 4);
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let mut use_sep = false;
    let take = |pieces: &mut Vec<u8>, l: i64, remaining: &mut i64, use_sep: bool| {
        let n_zeros = (l - *remaining).max(0);
        let n_chars = (*remaining).min(l).max(0);
        if use_sep {
            pieces.push(sep_char.map_or(b',', |c| c as u8));
        }
        for i in 0..n_chars {
            pieces.push(d[(*remaining - 1 - i) as usize]);
        }
        for _ in 0..n_zeros {
            pieces.push(b'0');
        }
        *remaining -= n_chars;
    };
    let mut broken = false;
    if size > 0 {
        loop {
            let l = size.min(remaining.max(min_width).max(1));
            take(&mut pieces, l, &mut remaining, use_sep);
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
            use_sep = true;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        take(&mut pieces, l, &mut remaining, use_sep);
    }
    pieces.reverse();
    String::from_utf8(pieces).unwrap_or_default()
}

/// The pieces of a formatted number, before padding.
pub(crate) struct NumberParts<'a> {
    pub sign: Option<char>,
    pub prefix: &'a str,
    pub digits: &'a str,
    pub decimal: bool,
    pub remainder: &'a str,
}

/// `calc_number_widths` + `fill_number`.
/// A float already rendered as text (`-1234.5e+06`, `inf`, `12%`) laid out by `f`: its sign,
/// integer digits (grouped) and the rest (point, fraction, exponent, suffix).
pub(crate) fn fill_float_text(f: &FormatSpec, text: &str) -> String {
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => (Some('-'), rest),
        None => (None, text),
    };
    let int_end = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let decimal = body[int_end..].starts_with('.');
    let parts = NumberParts {
        sign,
        prefix: "",
        digits: &body[..int_end],
        decimal,
        remainder: &body[int_end + decimal as usize..],
    };
    fill_number(f, &parts, false)
}

pub(crate) fn fill_number(f: &FormatSpec, p: &NumberParts<'_>, upper: bool) -> String {
    let sign = match (f.sign, p.sign) {
        (_, Some('-')) => Some('-'),
        (Some('+'), _) => Some('+'),
        (Some(' '), _) => Some(' '),
        _ => None,
    };
    let n_remainder = p.remainder.chars().count() as i64;
    let non_digit = sign.is_some() as i64 + p.prefix.len() as i64 + p.decimal as i64 + n_remainder;
    let min_width = if f.fill == '0' && f.align == '=' { f.width - non_digit } else { 0 };
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        group_digits(p.digits, min_width, f.grouping)
    };
    let padding = f.width - (non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match f.align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let mut out = String::with_capacity((non_digit + grouped.len() as i64 + padding.max(0)) as usize);
    push_fill(&mut out, f.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&p.prefix.to_ascii_uppercase());
    } else {
        out.push_str(p.prefix);
    }
    push_fill(&mut out, f.fill, spad);
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if p.decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_fill(&mut out, f.fill, rpad);
    out
}

/// `calc_padding` + fill of an already composed text (a complex's parts): `f`'s width,
/// fill and alignment (`=` is refused before this is reached).
pub(crate) fn pad_to(f: &FormatSpec, body: &str) -> String {
    let padding = f.width - body.chars().count() as i64;
    let (lpad, rpad) = match f.align {
        _ if padding <= 0 => (0, 0),
        '<' => (0, padding),
        '^' => (padding / 2, padding - padding / 2),
        _ => (padding, 0),
    };
    let mut out = String::new();
    push_fill(&mut out, f.fill, lpad);
    out.push_str(body);
    push_fill(&mut out, f.fill, rpad);
    out
}

fn push_fill(out: &mut String, fill: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(fill);
    }
}

/// `format(v, spec)` for an `int`.
pub fn format_int(v: &Int, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return v.to_str_checked();
    }
    let f = parse_spec(spec, "int", '>', Some('d'))?;
    format_int_spec(v, &f, "int")
}

/// `format(v, spec)` for a `bool`: `str(v)` for an empty spec, else as an `int`.
pub fn format_bool(v: bool, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(if v { "True" } else { "False" }.to_string());
    }
    let f = parse_spec(spec, "bool", '>', Some('d'))?;
    format_int_spec(&Int::from(v), &f, "bool")
}

fn format_int_spec(v: &Int, f: &FormatSpec, type_name: &str) -> PyResult<String> {
    let ty = f.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float_spec(v.to_f64()?, f),
        _ => return Err(unknown_code(ty, type_name)),
    }
    if f.precision != -1 {
        return Err(value_err("Precision not allowed in integer format specifier".to_string()));
    }
    if f.no_neg_0 {
        return Err(value_err("Negative zero coercion (z) not allowed in integer format specifier".to_string()));
    }
    if ty == 'c' {
        return format_int_char(v, f);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let magnitude = v.abs();
    let digits = if radix == 10 { magnitude.to_str_checked()? } else { magnitude.to_string_radix(radix) };
    let parts = NumberParts {
        sign: if v.is_negative() { Some('-') } else { None },
        prefix: if f.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    Ok(fill_number(f, &parts, ty == 'X'))
}

fn format_int_char(v: &Int, f: &FormatSpec) -> PyResult<String> {
    if f.sign.is_some() {
        return Err(value_err("Sign not allowed with integer format specifier 'c'".to_string()));
    }
    if f.alternate {
        return Err(value_err("Alternate form (#) not allowed with integer format specifier 'c'".to_string()));
    }
    let x = v
        .to_i64()
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long"))?;
    let ch = if (0..=0x10ffff).contains(&x) { char::from_u32(x as u32) } else { None };
    let ch = match ch {
        Some(c) => c,
        None if (0..=0x10ffff).contains(&x) => '\u{fffd}', // a lone surrogate: not representable in Rust
        None => return Err(PyErr::overflow_error("%c arg not in range(0x110000)")),
    };
    let text = ch.to_string();
    let parts = NumberParts { sign: None, prefix: "", digits: "", decimal: false, remainder: &text };
    Ok(fill_number(f, &parts, false))
}

/// `format(v, spec)` for a `float`.
pub fn format_float(v: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(crate::float::repr(v));
    }
    let f = parse_spec(spec, "float", '>', None)?;
    match f.ty {
        None | Some('e') | Some('E') | Some('f') | Some('F') | Some('g') | Some('G') | Some('n') | Some('%') => {
            format_float_spec(v, &f)
        }
        Some(t) => Err(unknown_code(t, "float")),
    }
}

/// `format_float_internal`.
fn format_float_spec(v: f64, f: &FormatSpec) -> PyResult<String> {
    if f.precision > i32::MAX as i64 {
        return Err(value_err("precision too big".to_string()));
    }
    let mut flags = DtoaFlags { alt: f.alternate, no_neg_0: f.no_neg_0, ..DtoaFlags::default() };
    let mut ty = f.ty.unwrap_or('\0');
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = v;
    let pct = ty == '%';
    if pct {
        ty = 'f';
        val *= 100.0;
    }
    let mut precision = f.precision;
    if precision < 0 {
        precision = default_precision;
    } else if ty == 'r' {
        ty = 'g';
    }
    let mut buf = double_to_string(val, ty, precision, flags);
    if pct {
        buf.push('%');
    }
    Ok(fill_float_text(f, &buf))
}

/// `format(v, spec)` for a `str`.
pub fn format_str(v: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let f = parse_spec(spec, "str", '<', Some('s'))?;
    let ty = f.ty.unwrap_or('s');
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match f.sign {
        Some(' ') => return Err(value_err("Space not allowed in string format specifier".to_string())),
        Some(_) => return Err(value_err("Sign not allowed in string format specifier".to_string())),
        None => {}
    }
    if f.no_neg_0 {
        return Err(value_err("Negative zero coercion (z) not allowed in string format specifier".to_string()));
    }
    if f.alternate {
        return Err(value_err("Alternate form (#) not allowed in string format specifier".to_string()));
    }
    if f.align == '=' {
        return Err(value_err("'=' alignment not allowed in string format specifier".to_string()));
    }
    let mut len = v.chars().count() as i64;
    let text: &str = if f.precision >= 0 && len > f.precision {
        len = f.precision;
        match v.char_indices().nth(f.precision as usize) {
            Some((i, _)) => &v[..i],
            None => v,
        }
    } else {
        v
    };
    let total = if f.width > len { f.width } else { len };
    let lpad = match f.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + (total - len) as usize);
    push_fill(&mut out, f.fill, lpad);
    out.push_str(text);
    push_fill(&mut out, f.fill, total - len - lpad);
    Ok(out)
}

/// `repr(s)` for a `str`, for error messages; the one implementation lives in `repr`.
pub fn repr_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    crate::repr::write_str_repr(s, &mut out);
    out
}
