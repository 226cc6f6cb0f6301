//! Exact rational arithmetic over `Int`, shared by `fractions.Fraction` and the exact sums of
//! `statistics` (which, like CPython's, adds floats as the fractions they are).

use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::modules::math_core::{gcd, isqrt};
use std::cmp::Ordering;

/// `n/d` in lowest terms with `d > 0`.
#[derive(Clone, Debug, PartialEq)]
pub struct Ratio {
    pub n: Int,
    pub d: Int,
}

fn one() -> Int {
    Int::from(1i64)
}

impl Ratio {
    /// `Fraction(n, d)`: ZeroDivisionError `Fraction(n, 0)` for a zero denominator.
    pub fn new(n: Int, d: Int) -> PyResult<Ratio> {
        if d.is_zero() {
            return Err(PyErr::zero_division(&format!("Fraction({}, 0)", n)));
        }
        let mut g = gcd(&n, &d);
        if d.is_negative() {
            g = g.neg();
        }
        Ok(Ratio { n: n.floordiv(&g)?, d: d.floordiv(&g)? })
    }

    pub fn int(n: Int) -> Ratio {
        Ratio { n, d: one() }
    }

    /// The exact value of a finite float (`float.as_integer_ratio`).
    pub fn from_f64(x: f64) -> PyResult<Ratio> {
        if x.is_infinite() {
            return Err(PyErr::overflow_error("cannot convert Infinity to integer ratio"));
        }
        if x.is_nan() {
            return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
        }
        let mut mant = x;
        let mut exp: i64 = 0;
        while mant != mant.floor() {
            mant *= 2.0;
            exp += 1;
        }
        Ratio::new(Int::from_f64(mant)?, one().shl(&Int::from(exp))?)
    }

    pub fn is_zero(&self) -> bool {
        self.n.is_zero()
    }

    pub fn add(&self, o: &Ratio) -> Ratio {
        Ratio::new(self.n.mul(&o.d).add(&o.n.mul(&self.d)), self.d.mul(&o.d)).expect("non-zero denominators")
    }

    pub fn sub(&self, o: &Ratio) -> Ratio {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &Ratio) -> Ratio {
        Ratio::new(self.n.mul(&o.n), self.d.mul(&o.d)).expect("non-zero denominators")
    }

    /// `self / o`; ZeroDivisionError `Fraction(n, 0)` as CPython words it.
    pub fn div(&self, o: &Ratio) -> PyResult<Ratio> {
        Ratio::new(self.n.mul(&o.d), self.d.mul(&o.n))
    }

    pub fn neg(&self) -> Ratio {
        Ratio { n: self.n.neg(), d: self.d.clone() }
    }

    pub fn abs(&self) -> Ratio {
        Ratio { n: self.n.abs(), d: self.d.clone() }
    }

    pub fn floor(&self) -> Int {
        self.n.floordiv(&self.d).expect("d > 0")
    }

    /// `math.trunc`: toward zero.
    pub fn trunc(&self) -> Int {
        if self.n.is_negative() {
            self.neg().floor().neg()
        } else {
            self.floor()
        }
    }

    /// Round half to even, as `round(Fraction)`.
    pub fn round_even(&self) -> Int {
        let (floor, rem) = self.n.divmod(&self.d).expect("d > 0");
        let twice = rem.mul(&Int::from(2i64));
        match twice.cmp(&self.d) {
            Ordering::Less => floor,
            Ordering::Greater => floor.add(&one()),
            Ordering::Equal if floor.is_odd() => floor.add(&one()),
            Ordering::Equal => floor,
        }
    }

    /// `float(self)`, correctly rounded.
    pub fn to_f64(&self) -> PyResult<f64> {
        self.n.truediv(&self.d)
    }

    pub fn cmp(&self, o: &Ratio) -> Ordering {
        self.n.mul(&o.d).cmp(&o.n.mul(&self.d))
    }

    /// `self ** e` for an integer exponent (a negative one inverts; `0 ** -k` is
    /// ZeroDivisionError `Fraction(1, 0)`).
    pub fn powi(&self, e: &Int) -> PyResult<Ratio> {
        let k = e.abs();
        let (n, d) = (int_pow(&self.n, &k)?, int_pow(&self.d, &k)?);
        if e.is_negative() {
            Ratio::new(d, n)
        } else {
            Ok(Ratio { n, d })
        }
    }
}

/// `b ** e` for `e >= 0`.
pub fn int_pow(b: &Int, e: &Int) -> PyResult<Int> {
    let mut e = e.to_i64().ok_or_else(|| PyErr::overflow_error("exponent too large"))?;
    let (mut base, mut acc) = (b.clone(), one());
    while e > 0 {
        if e & 1 == 1 {
            acc = acc.mul(&base);
        }
        e >>= 1;
        if e > 0 {
            base = base.mul(&base);
        }
    }
    Ok(acc)
}

/// `statistics._float_sqrt_of_frac(n, m)`: the correctly rounded float square root of
/// `n/m` (integer square root rounded to odd with 109 bits, then one rounding division).
pub fn float_sqrt_of_frac(n: &Int, m: &Int) -> PyResult<f64> {
    const SQRT_BIT_WIDTH: i64 = 2 * 53 + 3;
    let sqrt_rto = |n: &Int, m: &Int| -> PyResult<Int> {
        let a = isqrt(&n.floordiv(m)?);
        let exact = a.mul(&a).mul(m) == *n;
        Ok(if exact { a } else { a.bitor(&one()) })
    };
    let q = (n.bit_length() as i64 - m.bit_length() as i64 - SQRT_BIT_WIDTH).div_euclid(2);
    if q >= 0 {
        let num = sqrt_rto(n, &m.shl(&Int::from(2 * q))?)?.shl(&Int::from(q))?;
        num.to_f64()
    } else {
        let num = sqrt_rto(&n.shl(&Int::from(-2 * q))?, m)?;
        num.truediv(&one().shl(&Int::from(-q))?)
    }
}
