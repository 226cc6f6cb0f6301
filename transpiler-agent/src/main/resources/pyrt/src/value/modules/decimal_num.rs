//! The numbers of `decimal`: a port of CPython 3.12's `_pydecimal` (the General Decimal
//! Arithmetic specification that the C `_decimal` module implements too). The coefficient is a
//! string of digits, as in `_pydecimal`, so rounding reads digits directly; arithmetic goes
//! through `Int`. Conditions are recorded on the [`Ctx`]; a trapped one ends the operation.

use crate::int::Int;
use std::cmp::Ordering;

/// Rounding modes, named as the module's `ROUND_*` constants.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Rounding {
    Down,
    Up,
    HalfUp,
    HalfDown,
    HalfEven,
    Ceiling,
    Floor,
    Up05,
}

pub const ROUNDINGS: [(&str, Rounding); 8] = [
    ("ROUND_DOWN", Rounding::Down),
    ("ROUND_HALF_UP", Rounding::HalfUp),
    ("ROUND_HALF_EVEN", Rounding::HalfEven),
    ("ROUND_CEILING", Rounding::Ceiling),
    ("ROUND_FLOOR", Rounding::Floor),
    ("ROUND_UP", Rounding::Up),
    ("ROUND_HALF_DOWN", Rounding::HalfDown),
    ("ROUND_05UP", Rounding::Up05),
];

impl Rounding {
    pub fn name(self) -> &'static str {
        ROUNDINGS.iter().find(|(_, r)| *r == self).map(|(n, _)| *n).unwrap_or("ROUND_HALF_EVEN")
    }
    pub fn named(name: &str) -> Option<Rounding> {
        ROUNDINGS.iter().find(|(n, _)| *n == name).map(|(_, r)| *r)
    }
}

/// The exceptional conditions of the specification. Several are raised as their signal
/// (`ConversionSyntax` as `InvalidOperation`), which [`Cond::signal`] names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cond {
    Clamped,
    InvalidOperation,
    ConversionSyntax,
    DivisionByZero,
    DivisionImpossible,
    DivisionUndefined,
    Inexact,
    Rounded,
    Subnormal,
    Overflow,
    Underflow,
    FloatOperation,
}

impl Cond {
    pub fn name(self) -> &'static str {
        match self {
            Cond::Clamped => "Clamped",
            Cond::InvalidOperation => "InvalidOperation",
            Cond::ConversionSyntax => "ConversionSyntax",
            Cond::DivisionByZero => "DivisionByZero",
            Cond::DivisionImpossible => "DivisionImpossible",
            Cond::DivisionUndefined => "DivisionUndefined",
            Cond::Inexact => "Inexact",
            Cond::Rounded => "Rounded",
            Cond::Subnormal => "Subnormal",
            Cond::Overflow => "Overflow",
            Cond::Underflow => "Underflow",
            Cond::FloatOperation => "FloatOperation",
        }
    }

    /// The signal (a flag and a trap of the context) this condition raises.
    pub fn signal(self) -> Cond {
        match self {
            Cond::ConversionSyntax | Cond::DivisionImpossible | Cond::DivisionUndefined => Cond::InvalidOperation,
            c => c,
        }
    }

    /// The condition's bit in libmpdec's status word (`MPD_Clamped` …), whose order is the
    /// order in which CPython lists a context's flags and traps.
    pub fn bit(self) -> u32 {
        1 << match self {
            Cond::Clamped => 0,
            Cond::ConversionSyntax => 1,
            Cond::DivisionByZero => 2,
            Cond::DivisionImpossible => 3,
            Cond::DivisionUndefined => 4,
            Cond::Inexact => 6,
            Cond::InvalidOperation => 8,
            Cond::FloatOperation => 10,
            Cond::Overflow => 11,
            Cond::Rounded => 12,
            Cond::Subnormal => 13,
            Cond::Underflow => 14,
        }
    }

    /// The bits a signal stands for in a flags or traps word: `InvalidOperation` is all of
    /// IEEE's invalid-operation conditions.
    pub fn mask(self) -> u32 {
        match self {
            Cond::InvalidOperation => INVALID_MASK,
            c => c.bit(),
        }
    }
}

/// `MPD_IEEE_Invalid_operation`: conversion syntax, division impossible and undefined, FPU
/// error, invalid context, invalid operation, malloc error.
pub const INVALID_MASK: u32 = (1 << 1) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 7) | (1 << 8) | (1 << 9);

/// The signal each status bit is listed as (`dec_signal_string`).
pub const BIT_NAMES: [&str; 15] = [
    "Clamped",
    "InvalidOperation",
    "DivisionByZero",
    "InvalidOperation",
    "InvalidOperation",
    "InvalidOperation",
    "Inexact",
    "InvalidOperation",
    "InvalidOperation",
    "InvalidOperation",
    "FloatOperation",
    "Overflow",
    "Rounded",
    "Subnormal",
    "Underflow",
];

/// The signals, in the order CPython's `SignalDict` lists them (`signal_map`).
pub const SIGNALS: [Cond; 9] = [
    Cond::InvalidOperation,
    Cond::FloatOperation,
    Cond::DivisionByZero,
    Cond::Overflow,
    Cond::Underflow,
    Cond::Subnormal,
    Cond::Inexact,
    Cond::Rounded,
    Cond::Clamped,
];

/// The parts of a `Context` an operation reads, and the signals it raised.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub prec: i64,
    pub rounding: Rounding,
    pub emin: i64,
    pub emax: i64,
    pub capitals: bool,
    pub clamp: bool,
    /// The trapped conditions, as status bits.
    pub traps: u32,
    /// The conditions raised so far, as status bits, to be added to the context's flags.
    pub raised: u32,
}

impl Ctx {
    pub fn etiny(&self) -> i64 {
        self.emin - self.prec + 1
    }
    pub fn etop(&self) -> i64 {
        self.emax - self.prec + 1
    }

    /// `context._raise_error` as libmpdec does it: records `cond` and gives the specification's
    /// default result; the operation goes on, and the caller raises the trapped conditions
    /// once it is over (so the flags of the whole operation are set, as in CPython). The
    /// `Result` is kept for the day a condition must stop an operation early.
    pub fn raise(&mut self, cond: Cond, sign: u8) -> Result<Dec, Cond> {
        self.raised |= cond.bit();
        Ok(match cond {
            Cond::InvalidOperation | Cond::ConversionSyntax | Cond::DivisionUndefined | Cond::DivisionImpossible => {
                Dec::nan()
            }
            Cond::DivisionByZero => Dec::inf(sign),
            Cond::Overflow => self.overflow_result(sign),
            _ => Dec::zero(0, 0),
        })
    }

    /// The trapped conditions raised so far, as status bits.
    pub fn trapped(&self) -> u32 {
        self.raised & self.traps
    }

    /// A signal that sets a flag (and raises if trapped, when the operation is over).
    pub fn signal(&mut self, cond: Cond) -> Result<(), Cond> {
        self.raise(cond, 0).map(|_| ())
    }

    fn overflow_result(&self, sign: u8) -> Dec {
        let to_inf = match self.rounding {
            Rounding::HalfUp | Rounding::HalfEven | Rounding::HalfDown | Rounding::Up => true,
            Rounding::Ceiling => sign == 0,
            Rounding::Floor => sign == 1,
            Rounding::Down | Rounding::Up05 => false,
        };
        if to_inf {
            Dec::inf(sign)
        } else {
            Dec::finite(sign, "9".repeat(self.prec as usize), self.emax - self.prec + 1)
        }
    }
}

pub type DResult = Result<Dec, Cond>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Finite,
    Inf,
    NaN,
    SNaN,
}

/// A decimal number: `(-1)**sign * int * 10**exp`, or a special value (`int` is a NaN's
/// payload, empty when it has none).
#[derive(Clone, Debug)]
pub struct Dec {
    pub sign: u8,
    pub int: String,
    pub exp: i64,
    pub kind: Kind,
}

pub fn digits_of(i: &Int) -> String {
    i.to_string()
}

pub fn int_of(digits: &str) -> Int {
    if digits.is_empty() {
        return Int::from(0i64);
    }
    Int::parse(digits, 10).unwrap_or_else(|_| Int::from(0i64))
}

pub fn pow10(n: i64) -> Int {
    if n <= 0 {
        return Int::from(1i64);
    }
    int_of(&format!("1{}", "0".repeat(n as usize)))
}

fn all_zeros(s: &str, from: usize) -> bool {
    s.as_bytes().iter().skip(from).all(|b| *b == b'0')
}

fn exact_half(s: &str, from: usize) -> bool {
    let b = s.as_bytes();
    from < b.len() && b[from] == b'5' && all_zeros(s, from + 1)
}

impl Dec {
    pub fn finite(sign: u8, int: String, exp: i64) -> Dec {
        Dec { sign, int, exp, kind: Kind::Finite }
    }
    pub fn zero(sign: u8, exp: i64) -> Dec {
        Dec::finite(sign, "0".to_string(), exp)
    }
    pub fn inf(sign: u8) -> Dec {
        Dec { sign, int: "0".to_string(), exp: 0, kind: Kind::Inf }
    }
    pub fn nan() -> Dec {
        Dec { sign: 0, int: String::new(), exp: 0, kind: Kind::NaN }
    }
    pub fn from_int(i: &Int) -> Dec {
        Dec::finite(u8::from(i.is_negative()), digits_of(&i.abs()), 0)
    }
    /// A finite number from a signed integer coefficient.
    pub(super) fn from_signed(c: &Int, exp: i64) -> Dec {
        Dec::finite(u8::from(c.is_negative()), digits_of(&c.abs()), exp)
    }

    pub fn is_special(&self) -> bool {
        self.kind != Kind::Finite
    }
    pub fn is_nan(&self) -> bool {
        matches!(self.kind, Kind::NaN | Kind::SNaN)
    }
    pub fn is_inf(&self) -> bool {
        self.kind == Kind::Inf
    }
    /// Nonzero (specials are true), as `__bool__`.
    pub fn truthy(&self) -> bool {
        self.is_special() || self.int != "0"
    }
    pub(super) fn is_zero(&self) -> bool {
        !self.truthy()
    }
    pub fn adjusted(&self) -> i64 {
        if self.is_special() {
            0
        } else {
            self.exp + self.int.len() as i64 - 1
        }
    }
    pub fn coeff(&self) -> Int {
        int_of(&self.int)
    }
    pub fn copy_abs(&self) -> Dec {
        Dec { sign: 0, ..self.clone() }
    }
    pub fn copy_negate(&self) -> Dec {
        Dec { sign: 1 - self.sign, ..self.clone() }
    }
    pub fn is_integer(&self) -> bool {
        if self.is_special() {
            return false;
        }
        if self.exp >= 0 {
            return true;
        }
        // `_int[_exp:]`: the digits after the point are all zeros.
        all_zeros(&self.int, (self.int.len() as i64 + self.exp).max(0) as usize)
    }
    pub(super) fn is_even(&self) -> bool {
        if self.is_zero() || self.exp > 0 {
            return true;
        }
        let idx = self.int.len() as i64 - 1 + self.exp;
        if idx < 0 {
            return true;
        }
        (self.int.as_bytes()[idx as usize] - b'0') % 2 == 0
    }

    // ----- parsing and printing -----

    /// The specification's numeric string (`_pydecimal._parser`), after the caller stripped
    /// whitespace and removed underscores. `None` when it is not one.
    pub fn parse(s: &str) -> Option<Dec> {
        let (sign, rest) = match s.as_bytes().first() {
            Some(b'-') => (1, &s[1..]),
            Some(b'+') => (0, &s[1..]),
            _ => (0, s),
        };
        let lower = rest.to_ascii_lowercase();
        if lower == "inf" || lower == "infinity" {
            return Some(Dec::inf(sign));
        }
        let (nan_kind, diag) = if let Some(d) = lower.strip_prefix("snan") {
            (Some(Kind::SNaN), d)
        } else if let Some(d) = lower.strip_prefix("nan") {
            (Some(Kind::NaN), d)
        } else {
            (None, "")
        };
        if let Some(kind) = nan_kind {
            if !diag.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let payload = diag.trim_start_matches('0').to_string();
            return Some(Dec { sign, int: payload, exp: 0, kind });
        }
        let (mantissa, exp) = match lower.find('e') {
            Some(i) => (&lower[..i], Some(&lower[i + 1..])),
            None => (lower.as_str(), None),
        };
        let (intpart, frac) = match mantissa.split_once('.') {
            Some((a, b)) => (a, b),
            None => (mantissa, ""),
        };
        if intpart.is_empty() && frac.is_empty() {
            return None;
        }
        if !intpart.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let e = match exp {
            None => 0i64,
            Some(e) => {
                let digits = e.strip_prefix('-').or_else(|| e.strip_prefix('+')).unwrap_or(e);
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                // An exponent past i64 is far outside any context: clamp it, the result
                // overflows or underflows as it would.
                let v: i64 = digits.trim_start_matches('0').parse().unwrap_or(if digits.trim_start_matches('0').is_empty() { 0 } else { i64::MAX / 4 });
                let v = v.min(i64::MAX / 4);
                if e.starts_with('-') {
                    -v
                } else {
                    v
                }
            }
        };
        let all = format!("{}{}", intpart, frac);
        let trimmed = all.trim_start_matches('0');
        let int = if trimmed.is_empty() { "0".to_string() } else { trimmed.to_string() };
        Some(Dec::finite(sign, int, e - frac.len() as i64))
    }

    /// `Decimal.from_float`: the float's exact value.
    pub fn from_f64(f: f64) -> Dec {
        if f.is_nan() {
            return Dec::nan();
        }
        let sign = u8::from(f.is_sign_negative());
        if f.is_infinite() {
            return Dec::inf(sign);
        }
        let a = f.abs();
        if a == 0.0 {
            return Dec::zero(sign, 0);
        }
        let bits = a.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        let (mut m, mut e) = if biased == 0 { (frac, -1074i64) } else { (frac | (1u64 << 52), biased - 1075) };
        while m % 2 == 0 && e < 0 {
            m /= 2;
            e += 1;
        }
        let m = Int::from(m);
        if e >= 0 {
            let two = match Int::from(2i64).pow(&Int::from(e)) {
                Ok(crate::int::Number::Int(p)) => p,
                _ => Int::from(1i64),
            };
            return Dec::finite(sign, digits_of(&m.mul(&two)), 0);
        }
        let k = -e;
        let five = match Int::from(5i64).pow(&Int::from(k)) {
            Ok(crate::int::Number::Int(p)) => p,
            _ => Int::from(1i64),
        };
        Dec::finite(sign, digits_of(&m.mul(&five)), -k)
    }

    /// `__str__` (`eng` for `to_eng_string`).
    pub fn to_sci(&self, eng: bool, capitals: bool) -> String {
        let sign = if self.sign == 1 { "-" } else { "" };
        match self.kind {
            Kind::Inf => return format!("{}Infinity", sign),
            Kind::NaN => return format!("{}NaN{}", sign, self.int),
            Kind::SNaN => return format!("{}sNaN{}", sign, self.int),
            Kind::Finite => {}
        }
        let n = self.int.len() as i64;
        let leftdigits = self.exp + n;
        let dotplace = if self.exp <= 0 && leftdigits > -6 {
            leftdigits
        } else if !eng {
            1
        } else if self.int == "0" {
            (leftdigits + 1).rem_euclid(3) - 1
        } else {
            (leftdigits - 1).rem_euclid(3) + 1
        };
        let (intpart, fracpart) = if dotplace <= 0 {
            ("0".to_string(), format!(".{}{}", "0".repeat((-dotplace) as usize), self.int))
        } else if dotplace >= n {
            (format!("{}{}", self.int, "0".repeat((dotplace - n) as usize)), String::new())
        } else {
            (self.int[..dotplace as usize].to_string(), format!(".{}", &self.int[dotplace as usize..]))
        };
        let exp = if leftdigits == dotplace {
            String::new()
        } else {
            format!("{}{:+}", if capitals { 'E' } else { 'e' }, leftdigits - dotplace)
        };
        format!("{}{}{}{}", sign, intpart, fracpart, exp)
    }

    // ----- rounding -----

    /// `_pick_rounding_function[r](self, prec)`: 1 to round up, 0 exact, -1 to truncate.
    pub(super) fn round_dir(&self, r: Rounding, prec: usize) -> i32 {
        let down = || if all_zeros(&self.int, prec) { 0 } else { -1 };
        let half_up = || {
            if prec < self.int.len() && b"56789".contains(&self.int.as_bytes()[prec]) {
                1
            } else if all_zeros(&self.int, prec) {
                0
            } else {
                -1
            }
        };
        match r {
            Rounding::Down => down(),
            Rounding::Up => -down(),
            Rounding::HalfUp => half_up(),
            Rounding::HalfDown => {
                if exact_half(&self.int, prec) {
                    -1
                } else {
                    half_up()
                }
            }
            Rounding::HalfEven => {
                if exact_half(&self.int, prec) && (prec == 0 || b"02468".contains(&self.int.as_bytes()[prec - 1])) {
                    -1
                } else {
                    half_up()
                }
            }
            Rounding::Ceiling => {
                if self.sign == 1 {
                    down()
                } else {
                    -down()
                }
            }
            Rounding::Floor => {
                if self.sign == 0 {
                    down()
                } else {
                    -down()
                }
            }
            Rounding::Up05 => {
                if prec > 0 && !b"05".contains(&self.int.as_bytes()[prec - 1]) {
                    down()
                } else {
                    -down()
                }
            }
        }
    }

    /// `_rescale`: the same value at exponent `exp`, rounding digits away (quiet).
    pub fn rescale(&self, exp: i64, r: Rounding) -> Dec {
        if self.is_special() {
            return self.clone();
        }
        if self.is_zero() {
            return Dec::zero(self.sign, exp);
        }
        if self.exp >= exp {
            return Dec::finite(self.sign, format!("{}{}", self.int, "0".repeat((self.exp - exp) as usize)), exp);
        }
        let mut me = self.clone();
        let mut digits = me.int.len() as i64 + me.exp - exp;
        if digits < 0 {
            me = Dec::finite(me.sign, "1".to_string(), exp - 1);
            digits = 0;
        }
        let changed = me.round_dir(r, digits as usize);
        let mut coeff = if digits == 0 { "0".to_string() } else { me.int[..digits as usize].to_string() };
        if changed == 1 {
            coeff = digits_of(&int_of(&coeff).add(&Int::from(1i64)));
        }
        Dec::finite(me.sign, coeff, exp)
    }

    /// `_round`: to `places` significant digits (quiet).
    pub fn round_places(&self, places: i64, r: Rounding) -> Dec {
        if self.is_special() || self.is_zero() {
            return self.clone();
        }
        let ans = self.rescale(self.adjusted() + 1 - places, r);
        if ans.adjusted() != self.adjusted() {
            return ans.rescale(ans.adjusted() + 1 - places, r);
        }
        ans
    }

    pub(super) fn fix_nan(&self, ctx: &Ctx) -> Dec {
        let max = (ctx.prec - i64::from(ctx.clamp)).max(0) as usize;
        if self.int.len() > max {
            let payload = self.int[self.int.len() - max..].trim_start_matches('0').to_string();
            return Dec { int: payload, ..self.clone() };
        }
        self.clone()
    }

    /// `_fix`: rounds to the context's precision and checks the exponent limits.
    pub fn fix(&self, ctx: &mut Ctx) -> DResult {
        match self.kind {
            Kind::NaN | Kind::SNaN => return Ok(self.fix_nan(ctx)),
            Kind::Inf => return Ok(self.clone()),
            Kind::Finite => {}
        }
        let etiny = ctx.etiny();
        let etop = ctx.etop();
        if self.is_zero() {
            let exp_max = if ctx.clamp { etop } else { ctx.emax };
            let new_exp = self.exp.max(etiny).min(exp_max);
            if new_exp != self.exp {
                ctx.signal(Cond::Clamped)?;
                return Ok(Dec::zero(self.sign, new_exp));
            }
            return Ok(self.clone());
        }
        let mut exp_min = self.int.len() as i64 + self.exp - ctx.prec;
        if exp_min > etop {
            let ans = ctx.raise(Cond::Overflow, self.sign)?;
            ctx.signal(Cond::Inexact)?;
            ctx.signal(Cond::Rounded)?;
            return Ok(ans);
        }
        let subnormal = exp_min < etiny;
        if subnormal {
            exp_min = etiny;
        }
        if self.exp < exp_min {
            let mut me = self.clone();
            let mut digits = me.int.len() as i64 + me.exp - exp_min;
            if digits < 0 {
                me = Dec::finite(me.sign, "1".to_string(), exp_min - 1);
                digits = 0;
            }
            let changed = me.round_dir(ctx.rounding, digits as usize);
            let mut coeff = if digits == 0 { "0".to_string() } else { me.int[..digits as usize].to_string() };
            if changed > 0 {
                coeff = digits_of(&int_of(&coeff).add(&Int::from(1i64)));
                if coeff.len() as i64 > ctx.prec {
                    coeff.pop();
                    exp_min += 1;
                }
            }
            let ans = if exp_min > etop {
                ctx.raise(Cond::Overflow, me.sign)?
            } else {
                Dec::finite(me.sign, coeff, exp_min)
            };
            if changed != 0 && subnormal {
                ctx.signal(Cond::Underflow)?;
            }
            if subnormal {
                ctx.signal(Cond::Subnormal)?;
            }
            if changed != 0 {
                ctx.signal(Cond::Inexact)?;
            }
            ctx.signal(Cond::Rounded)?;
            if !ans.truthy() {
                ctx.signal(Cond::Clamped)?;
            }
            return Ok(ans);
        }
        if subnormal {
            ctx.signal(Cond::Subnormal)?;
        }
        if ctx.clamp && self.exp > etop {
            ctx.signal(Cond::Clamped)?;
            let padded = format!("{}{}", self.int, "0".repeat((self.exp - etop) as usize));
            return Ok(Dec::finite(self.sign, padded, etop));
        }
        Ok(self.clone())
    }

    // ----- NaN handling and comparison -----

    /// `_check_nans`: the NaN result of an operation on NaNs, if any.
    pub fn check_nans(&self, other: Option<&Dec>, ctx: &mut Ctx) -> Result<Option<Dec>, Cond> {
        let other_kind = other.map(|o| o.kind);
        if self.kind == Kind::SNaN {
            ctx.raise(Cond::InvalidOperation, 0)?;
            return Ok(Some(Dec { kind: Kind::NaN, ..self.fix_nan(ctx) }));
        }
        if other_kind == Some(Kind::SNaN) {
            ctx.raise(Cond::InvalidOperation, 0)?;
            let o = other.expect("checked");
            return Ok(Some(Dec { kind: Kind::NaN, ..o.fix_nan(ctx) }));
        }
        if self.kind == Kind::NaN {
            return Ok(Some(self.fix_nan(ctx)));
        }
        if other_kind == Some(Kind::NaN) {
            return Ok(Some(other.expect("checked").fix_nan(ctx)));
        }
        Ok(None)
    }

    /// `_cmp` of two numbers that are not NaNs.
    pub fn cmp_num(&self, other: &Dec) -> Ordering {
        if self.is_special() || other.is_special() {
            let inf = |d: &Dec| if d.is_inf() { if d.sign == 1 { -1 } else { 1 } } else { 0 };
            return inf(self).cmp(&inf(other));
        }
        let s = |sign: u8| if sign == 1 { Ordering::Less } else { Ordering::Greater };
        if self.is_zero() {
            return if other.is_zero() { Ordering::Equal } else { s(other.sign).reverse() };
        }
        if other.is_zero() {
            return s(self.sign);
        }
        if other.sign < self.sign {
            return Ordering::Less;
        }
        if self.sign < other.sign {
            return Ordering::Greater;
        }
        let (sa, oa) = (self.adjusted(), other.adjusted());
        let magnitude = if sa == oa {
            let sp = format!("{}{}", self.int, "0".repeat((self.exp - other.exp).max(0) as usize));
            let op = format!("{}{}", other.int, "0".repeat((other.exp - self.exp).max(0) as usize));
            sp.cmp(&op)
        } else {
            sa.cmp(&oa)
        };
        if self.sign == 1 {
            magnitude.reverse()
        } else {
            magnitude
        }
    }

    /// `int(self)` of a finite number (truncating).
    pub fn trunc_int(&self) -> Int {
        let v = if self.exp >= 0 {
            self.coeff().mul(&pow10(self.exp))
        } else {
            let keep = self.int.len() as i64 + self.exp;
            if keep <= 0 {
                Int::from(0i64)
            } else {
                int_of(&self.int[..keep as usize])
            }
        };
        if self.sign == 1 {
            v.neg()
        } else {
            v
        }
    }

    /// `hash(self)`, equal to the hash of an equal int, float or Fraction.
    pub fn hash(&self) -> i64 {
        const P: i64 = (1 << 61) - 1;
        if self.is_inf() {
            return if self.sign == 1 { -314_159 } else { 314_159 };
        }
        let modulus = Int::from(P);
        let exp_hash = if self.exp >= 0 {
            Int::from(10i64).pow_mod(&Int::from(self.exp), &modulus)
        } else {
            let inv = Int::from(10i64).pow_mod(&Int::from(P - 2), &modulus).unwrap_or_default();
            inv.pow_mod(&Int::from(-self.exp), &modulus)
        }
        .unwrap_or_default();
        let h = self.coeff().mul(&exp_hash).modulo(&modulus).ok().and_then(|v| v.to_i64()).unwrap_or(0);
        let ans = if self.sign == 1 && self.truthy() { -h } else { h };
        if ans == -1 {
            -2
        } else {
            ans
        }
    }
}
