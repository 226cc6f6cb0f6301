//! `format(Decimal, spec)`: `_pydecimal.__format__` and its helpers, limited to what the C
//! implementation accepts (`[[fill]align][sign][z][0][width][,][.precision][type]` with types
//! `eEfFgG%n`; `_` and `#` are its "invalid format string").

use super::decimal_num::{Dec, Rounding};
use crate::exc::{PyErr, PyResult};

struct Spec {
    fill: char,
    align: char,
    sign: char,
    no_neg_0: bool,
    zeropad: bool,
    width: usize,
    thousands: bool,
    precision: Option<i64>,
    ty: Option<char>,
}

fn invalid() -> PyErr {
    PyErr::value_error("invalid format string")
}

fn parse(spec: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let (mut fill, mut align) = (None, None);
    if chars.len() >= 2 && "<>=^".contains(chars[1]) {
        fill = Some(chars[0]);
        align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && "<>=^".contains(chars[0]) {
        align = Some(chars[0]);
        i = 1;
    }
    let mut sign = '-';
    if i < chars.len() && "-+ ".contains(chars[i]) {
        sign = chars[i];
        i += 1;
    }
    let mut no_neg_0 = false;
    if i < chars.len() && chars[i] == 'z' {
        no_neg_0 = true;
        i += 1;
    }
    let mut zeropad = false;
    if i < chars.len() && chars[i] == '0' {
        zeropad = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    let width: usize = if i > start { chars[start..i].iter().collect::<String>().parse().map_err(|_| invalid())? } else { 0 };
    let mut thousands = false;
    if i < chars.len() && chars[i] == ',' {
        thousands = true;
        i += 1;
    }
    let mut precision = None;
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let p0 = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == p0 {
            return Err(invalid());
        }
        precision = Some(chars[p0..i].iter().collect::<String>().parse().map_err(|_| invalid())?);
    }
    let mut ty = None;
    if i < chars.len() && "eEfFgGn%".contains(chars[i]) {
        ty = Some(chars[i]);
        i += 1;
    }
    if i != chars.len() {
        return Err(invalid());
    }
    if zeropad && (fill.is_some() || align.is_some()) {
        // `_pydecimal` refuses this; the C implementation lets fill and align win.
        zeropad = false;
        if fill.is_none() {
            fill = Some('0');
        }
    }
    if ty == Some('n') {
        if thousands {
            return Err(invalid());
        }
        // The C locale: no grouping, '.' as the point; otherwise 'n' is 'g'.
        ty = Some('g');
    }
    if precision == Some(0) && (ty.is_none() || ty == Some('g') || ty == Some('G')) {
        precision = Some(1);
    }
    Ok(Spec {
        fill: fill.unwrap_or(if zeropad { '0' } else { ' ' }),
        align: align.unwrap_or(if zeropad { '=' } else { '>' }),
        sign,
        no_neg_0,
        zeropad,
        width,
        thousands,
        precision,
        ty,
    })
}

fn align(sign: &str, body: &str, spec: &Spec) -> String {
    let used = sign.chars().count() + body.chars().count();
    let pad = spec.width.saturating_sub(used);
    let padding: String = std::iter::repeat(spec.fill).take(pad).collect();
    match spec.align {
        '<' => format!("{}{}{}", sign, body, padding),
        '=' => format!("{}{}{}", sign, padding, body),
        '^' => {
            let half = pad / 2;
            let (l, r): (String, String) = (padding.chars().take(half).collect(), padding.chars().skip(half).collect());
            format!("{}{}{}{}", l, sign, body, r)
        }
        _ => format!("{}{}{}", padding, sign, body),
    }
}

/// `_insert_thousands_sep` with groups of three (or none), zero-padded to `min_width`.
fn group(digits: &str, sep: &str, mut min_width: i64) -> String {
    if sep.is_empty() {
        let w = min_width.max(digits.len() as i64).max(1) as usize;
        return format!("{}{}", "0".repeat(w - digits.len()), digits);
    }
    let mut digits = digits.to_string();
    let mut groups: Vec<String> = Vec::new();
    loop {
        let l = (digits.len() as i64).max(min_width).max(1).min(3) as usize;
        let take = l.min(digits.len());
        let tail = digits[digits.len() - take..].to_string();
        groups.push(format!("{}{}", "0".repeat(l - take), tail));
        digits.truncate(digits.len() - take);
        min_width -= l as i64;
        if digits.is_empty() && min_width <= 0 {
            break;
        }
        min_width -= sep.len() as i64;
    }
    groups.reverse();
    groups.join(sep)
}

fn sign_of(negative: bool, spec: &Spec) -> String {
    if negative {
        "-".to_string()
    } else if spec.sign == '+' || spec.sign == ' ' {
        spec.sign.to_string()
    } else {
        String::new()
    }
}

fn number(negative: bool, intpart: &str, fracpart: &str, exp: i64, ty: char, spec: &Spec) -> String {
    let sign = sign_of(negative, spec);
    let mut frac = if fracpart.is_empty() { String::new() } else { format!(".{}", fracpart) };
    if exp != 0 || ty == 'e' || ty == 'E' {
        let e = if ty == 'E' || ty == 'G' { 'E' } else { 'e' };
        frac.push_str(&format!("{}{:+}", e, exp));
    }
    if ty == '%' {
        frac.push('%');
    }
    let min_width = if spec.zeropad { spec.width as i64 - frac.chars().count() as i64 - sign.len() as i64 } else { 0 };
    let int = group(intpart, if spec.thousands { "," } else { "" }, min_width);
    align(&sign, &format!("{}{}", int, frac), spec)
}

/// `Decimal.__format__(spec)` in a context with `rounding` and `capitals`.
pub fn format(d: &Dec, spec_text: &str, rounding: Rounding, capitals: bool) -> PyResult<String> {
    let spec = parse(spec_text)?;
    if d.is_special() {
        // The C implementation pads an infinity or a NaN with spaces even under '0'.
        let spec = if spec.zeropad { Spec { fill: ' ', align: '>', zeropad: false, ..spec } } else { spec };
        let sign = sign_of(d.sign == 1, &spec);
        let mut body = d.copy_abs().to_sci(false, capitals);
        if spec.ty == Some('%') {
            body.push('%');
        }
        return Ok(align(&sign, &body, &spec));
    }
    let ty = spec.ty.unwrap_or(if capitals { 'G' } else { 'g' });
    let mut me = d.clone();
    if ty == '%' {
        me.exp += 2;
    }
    if let Some(p) = spec.precision {
        match ty {
            'e' | 'E' => me = me.round_places(p + 1, rounding),
            'f' | 'F' | '%' => me = me.rescale(-p, rounding),
            'g' | 'G' if me.int.len() as i64 > p => me = me.round_places(p, rounding),
            _ => {}
        }
    }
    let zero = me.int == "0";
    if zero && me.exp > 0 && matches!(ty, 'f' | 'F' | '%') {
        me = me.rescale(0, rounding);
    }
    let negative = me.sign == 1 && !(zero && spec.no_neg_0);
    let n = me.int.len() as i64;
    let leftdigits = me.exp + n;
    let dotplace = match ty {
        'e' | 'E' => {
            if zero && spec.precision.is_some() {
                1 - spec.precision.unwrap_or(0)
            } else {
                1
            }
        }
        'f' | 'F' | '%' => leftdigits,
        _ => {
            if me.exp <= 0 && leftdigits > -6 {
                leftdigits
            } else {
                1
            }
        }
    };
    let (intpart, fracpart) = if dotplace < 0 {
        ("0".to_string(), format!("{}{}", "0".repeat((-dotplace) as usize), me.int))
    } else if dotplace > n {
        (format!("{}{}", me.int, "0".repeat((dotplace - n) as usize)), String::new())
    } else {
        let ip = &me.int[..dotplace as usize];
        (if ip.is_empty() { "0".to_string() } else { ip.to_string() }, me.int[dotplace as usize..].to_string())
    };
    Ok(number(negative, &intpart, &fracpart, leftdigits - dotplace, ty, &spec))
}
