//! `Fraction.__format__` for the fixed-point presentation types `f`, `F` and `%` (Python
//! 3.12's `Fraction._format_float_style`): the fraction is rounded half to even, exactly, to
//! the digits shown, and the result laid out as `Decimal.__format__` lays out a decimal with
//! those digits (fill, alignment, sign, `z`, `#`, zero padding, grouping). The `e`, `E`, `g`
//! and `G` types stop the program rather than risk a different rounding; other specs raise
//! CPython's `ValueError`.

use super::decimal_num::{digits_of, Dec, Kind, Rounding};
use super::rational::Ratio;
use crate::exc::{PyErr, PyResult};
use crate::int::Int;

pub fn format(r: &Ratio, spec: &str) -> PyResult<String> {
    let ty = match spec.chars().last() {
        Some(c @ ('f' | 'F' | '%')) => c,
        Some('e' | 'E' | 'g' | 'G') => {
            return Err(PyErr::untranslatable(&format!("the format spec '{}' for a Fraction (only f, F and % are translated)", spec)))
        }
        _ => return Err(PyErr::value_error(format!("Invalid format specifier '{}' for object of type 'Fraction'", spec))),
    };
    let body = &spec[..spec.len() - 1];
    let precision = match body.rfind('.') {
        Some(i) => body[i + 1..]
            .parse::<i64>()
            .map_err(|_| PyErr::value_error(format!("Invalid format specifier '{}' for object of type 'Fraction'", spec)))?,
        None => 6,
    };
    let places = precision + if ty == '%' { 2 } else { 0 };
    let mut scaled = r.n.abs();
    for _ in 0..places {
        scaled = scaled.mul(&Int::from(10i64));
    }
    let (mut q, rem) = scaled.divmod(&r.d)?;
    let twice = rem.mul(&Int::from(2i64));
    if twice > r.d || (twice == r.d && q.is_odd()) {
        q = q.add(&Int::from(1i64));
    }
    let dec = Dec { sign: u8::from(r.n.is_negative()), int: digits_of(&q), exp: -places, kind: Kind::Finite };
    // `Decimal` refuses `#`, which only matters (keeping the point) when no digit follows it.
    let spec = match alternate_at(spec) {
        Some(_) if precision == 0 => {
            return Err(PyErr::untranslatable(&format!("the format spec '{}' for a Fraction (`#` with no digits after the point)", spec)))
        }
        Some(i) => format!("{}{}", &spec[..i], &spec[i + 1..]),
        None => spec.to_string(),
    };
    // `Decimal` groups with `,` only: group with it and swap the separators afterwards, unless
    // a `,` could also be the fill.
    let underscore = grouping_at(&spec).filter(|&i| spec[i..].starts_with('_'));
    let spec = match underscore {
        Some(_) if spec.contains(',') => {
            return Err(PyErr::untranslatable(&format!("the format spec '{}' for a Fraction (`,` fill with `_` grouping)", spec)))
        }
        Some(i) => format!("{},{}", &spec[..i], &spec[i + 1..]),
        None => spec,
    };
    // The digits are already exact to `precision` places, so the rounding mode never acts.
    let text = super::decimal_fmt::format(&dec, &spec, Rounding::HalfEven, ty == 'F')?;
    Ok(if underscore.is_some() { text.replace(',', "_") } else { text })
}

/// The byte offset of the grouping character (`,` or `_`) of a spec: the character before
/// `.precision` and the type, when the spec has one.
fn grouping_at(spec: &str) -> Option<usize> {
    let head = &spec[..spec.len() - 1];
    let head = match head.rfind('.') {
        Some(i) => &head[..i],
        None => head,
    };
    match head.char_indices().last() {
        // A fill character is followed by an alignment, so a last `,`/`_` is the grouping.
        Some((i, ',' | '_')) => Some(i),
        _ => None,
    }
}

/// The byte offset of the `#` flag in `[[fill]align][sign][z][#]...`, if the spec has it.
fn alternate_at(spec: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = spec.char_indices().collect();
    let mut i = 0;
    if chars.len() >= 2 && "<>=^".contains(chars[1].1) {
        i = 2;
    } else if !chars.is_empty() && "<>=^".contains(chars[0].1) {
        i = 1;
    }
    if i < chars.len() && "+- ".contains(chars[i].1) {
        i += 1;
    }
    if i < chars.len() && chars[i].1 == 'z' {
        i += 1;
    }
    match chars.get(i) {
        Some((at, '#')) => Some(*at),
        _ => None,
    }
}
