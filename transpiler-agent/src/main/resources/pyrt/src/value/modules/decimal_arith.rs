//! `decimal`'s arithmetic: `_pydecimal`'s operations on [`Dec`] (addition with its
//! far-operand shortcut, correctly rounded division, `//`/`%` with DivisionImpossible, exact
//! integral powers, `sqrt`, `quantize`, `normalize`), each rounded by `Dec::fix`.

use super::decimal_num::{digits_of, pow10, Cond, Ctx, DResult, Dec, Rounding};
use crate::int::Int;
use std::cmp::Ordering;

impl Dec {
    pub fn neg(&self, ctx: &mut Ctx) -> DResult {
        if let Some(n) = self.check_nans(None, ctx)? {
            return Ok(n);
        }
        let ans = if self.is_zero() && ctx.rounding != Rounding::Floor { self.copy_abs() } else { self.copy_negate() };
        ans.fix(ctx)
    }

    pub fn plus(&self, ctx: &mut Ctx) -> DResult {
        if let Some(n) = self.check_nans(None, ctx)? {
            return Ok(n);
        }
        let ans = if self.is_zero() && ctx.rounding != Rounding::Floor { self.copy_abs() } else { self.clone() };
        ans.fix(ctx)
    }

    pub fn abs(&self, ctx: &mut Ctx) -> DResult {
        if let Some(n) = self.check_nans(None, ctx)? {
            return Ok(n);
        }
        if self.sign == 1 {
            self.neg(ctx)
        } else {
            self.plus(ctx)
        }
    }

    pub fn add(&self, other: &Dec, ctx: &mut Ctx) -> DResult {
        if self.is_special() || other.is_special() {
            if let Some(n) = self.check_nans(Some(other), ctx)? {
                return Ok(n);
            }
            if self.is_inf() {
                if self.sign != other.sign && other.is_inf() {
                    return ctx.raise(Cond::InvalidOperation, 0);
                }
                return Ok(self.clone());
            }
            if other.is_inf() {
                return Ok(other.clone());
            }
        }
        let mut exp = self.exp.min(other.exp);
        let negativezero = u8::from(ctx.rounding == Rounding::Floor && self.sign != other.sign);
        if self.is_zero() && other.is_zero() {
            let sign = if negativezero == 1 { 1 } else { self.sign.min(other.sign) };
            return Dec::zero(sign, exp).fix(ctx);
        }
        if self.is_zero() {
            exp = exp.max(other.exp - ctx.prec - 1);
            return other.rescale(exp, ctx.rounding).fix(ctx);
        }
        if other.is_zero() {
            exp = exp.max(self.exp - ctx.prec - 1);
            return self.rescale(exp, ctx.rounding).fix(ctx);
        }
        // `_normalize`: a far smaller operand only decides the rounding, as 10**exp would.
        let (mut a, mut b) = (self.clone(), other.clone());
        let swap = a.exp < b.exp;
        if swap {
            std::mem::swap(&mut a, &mut b);
        }
        let limit = a.exp + (-1i64).min(a.int.len() as i64 - ctx.prec - 2);
        if b.int.len() as i64 + b.exp - 1 < limit {
            b.int = "1".to_string();
            b.exp = limit;
        }
        let ai = a.coeff().mul(&pow10(a.exp - b.exp));
        let bi = b.coeff();
        let rexp = b.exp;
        let (a_signed, b_signed) = (
            if a.sign == 1 { ai.neg() } else { ai },
            if b.sign == 1 { bi.neg() } else { bi },
        );
        let sum = a_signed.add(&b_signed);
        if sum.is_zero() {
            return Dec::zero(negativezero, exp).fix(ctx);
        }
        Dec::from_signed(&sum, rexp).fix(ctx)
    }

    pub fn sub(&self, other: &Dec, ctx: &mut Ctx) -> DResult {
        if self.is_special() || other.is_special() {
            if let Some(n) = self.check_nans(Some(other), ctx)? {
                return Ok(n);
            }
        }
        self.add(&other.copy_negate(), ctx)
    }

    pub fn mul(&self, other: &Dec, ctx: &mut Ctx) -> DResult {
        let sign = self.sign ^ other.sign;
        if self.is_special() || other.is_special() {
            if let Some(n) = self.check_nans(Some(other), ctx)? {
                return Ok(n);
            }
            if self.is_inf() {
                if other.is_zero() {
                    return ctx.raise(Cond::InvalidOperation, 0);
                }
                return Ok(Dec::inf(sign));
            }
            if other.is_inf() {
                if self.is_zero() {
                    return ctx.raise(Cond::InvalidOperation, 0);
                }
                return Ok(Dec::inf(sign));
            }
        }
        let exp = self.exp + other.exp;
        if self.is_zero() || other.is_zero() {
            return Dec::zero(sign, exp).fix(ctx);
        }
        let product = self.coeff().mul(&other.coeff());
        Dec::finite(sign, digits_of(&product), exp).fix(ctx)
    }

    pub fn div(&self, other: &Dec, ctx: &mut Ctx) -> DResult {
        let sign = self.sign ^ other.sign;
        if self.is_special() || other.is_special() {
            if let Some(n) = self.check_nans(Some(other), ctx)? {
                return Ok(n);
            }
            if self.is_inf() && other.is_inf() {
                return ctx.raise(Cond::InvalidOperation, 0);
            }
            if self.is_inf() {
                return Ok(Dec::inf(sign));
            }
            if other.is_inf() {
                ctx.signal(Cond::Clamped)?;
                return Ok(Dec::zero(sign, ctx.etiny()));
            }
        }
        if other.is_zero() {
            if self.is_zero() {
                return ctx.raise(Cond::DivisionUndefined, 0);
            }
            return ctx.raise(Cond::DivisionByZero, sign);
        }
        let (coeff, exp) = if self.is_zero() {
            (Int::from(0i64), self.exp - other.exp)
        } else {
            let shift = other.int.len() as i64 - self.int.len() as i64 + ctx.prec + 1;
            let mut exp = self.exp - other.exp - shift;
            let (mut coeff, remainder) = if shift >= 0 {
                self.coeff().mul(&pow10(shift)).divmod(&other.coeff()).unwrap_or_default()
            } else {
                self.coeff().divmod(&other.coeff().mul(&pow10(-shift))).unwrap_or_default()
            };
            if !remainder.is_zero() {
                if is_multiple_of(&coeff, 5) {
                    coeff = coeff.add(&Int::from(1i64));
                }
            } else {
                let ideal = self.exp - other.exp;
                while exp < ideal && is_multiple_of(&coeff, 10) {
                    coeff = coeff.floordiv(&Int::from(10i64)).unwrap_or_default();
                    exp += 1;
                }
            }
            (coeff, exp)
        };
        Dec::finite(sign, digits_of(&coeff), exp).fix(ctx)
    }

    /// `_divide`: `(self // other, self % other)` for finite `self` and nonzero `other`.
    fn divide(&self, other: &Dec, ctx: &mut Ctx) -> Result<(Dec, Dec), Cond> {
        let sign = self.sign ^ other.sign;
        let ideal = if other.is_inf() { self.exp } else { self.exp.min(other.exp) };
        let expdiff = self.adjusted() - other.adjusted();
        if self.is_zero() || other.is_inf() || expdiff <= -2 {
            return Ok((Dec::zero(sign, 0), self.rescale(ideal, ctx.rounding)));
        }
        if expdiff <= ctx.prec {
            let (mut a, mut b) = (self.coeff(), other.coeff());
            if self.exp >= other.exp {
                a = a.mul(&pow10(self.exp - other.exp));
            } else {
                b = b.mul(&pow10(other.exp - self.exp));
            }
            let (q, r) = a.divmod(&b).unwrap_or_default();
            if q < pow10(ctx.prec) {
                return Ok((Dec::finite(sign, digits_of(&q), 0), Dec::finite(self.sign, digits_of(&r), ideal)));
            }
        }
        let ans = ctx.raise(Cond::DivisionImpossible, 0)?;
        Ok((ans.clone(), ans))
    }

    pub fn divmod(&self, other: &Dec, ctx: &mut Ctx) -> Result<(Dec, Dec), Cond> {
        if let Some(n) = self.check_nans(Some(other), ctx)? {
            return Ok((n.clone(), n));
        }
        let sign = self.sign ^ other.sign;
        if self.is_inf() {
            if other.is_inf() {
                let ans = ctx.raise(Cond::InvalidOperation, 0)?;
                return Ok((ans.clone(), ans));
            }
            let rem = ctx.raise(Cond::InvalidOperation, 0)?;
            return Ok((Dec::inf(sign), rem));
        }
        if other.is_zero() {
            if self.is_zero() {
                let ans = ctx.raise(Cond::DivisionUndefined, 0)?;
                return Ok((ans.clone(), ans));
            }
            let q = ctx.raise(Cond::DivisionByZero, sign)?;
            let r = ctx.raise(Cond::InvalidOperation, 0)?;
            return Ok((q, r));
        }
        let (q, r) = self.divide(other, ctx)?;
        Ok((q, r.fix(ctx)?))
    }

    /// The result of `%` and `remainder_near` when an operand is a NaN, `self` is infinite or
    /// `other` is zero.
    fn remainder_special(&self, other: &Dec, ctx: &mut Ctx) -> Result<Option<Dec>, Cond> {
        if let Some(n) = self.check_nans(Some(other), ctx)? {
            return Ok(Some(n));
        }
        if self.is_inf() || other.is_zero() {
            let cond = if !self.is_inf() && self.is_zero() { Cond::DivisionUndefined } else { Cond::InvalidOperation };
            return ctx.raise(cond, 0).map(Some);
        }
        Ok(None)
    }

    pub fn rem(&self, other: &Dec, ctx: &mut Ctx) -> DResult {
        if let Some(special) = self.remainder_special(other, ctx)? {
            return Ok(special);
        }
        self.divide(other, ctx)?.1.fix(ctx)
    }

    /// `remainder_near`: `self - n*other` for the integer `n` nearest `self/other` (ties to even).
    pub fn remainder_near(&self, other: &Dec, ctx: &mut Ctx) -> DResult {
        if let Some(special) = self.remainder_special(other, ctx)? {
            return Ok(special);
        }
        if other.is_inf() {
            return self.fix(ctx);
        }
        let ideal = self.exp.min(other.exp);
        if self.is_zero() {
            return Dec::zero(self.sign, ideal).fix(ctx);
        }
        let expdiff = self.adjusted() - other.adjusted();
        if expdiff >= ctx.prec + 1 {
            return ctx.raise(Cond::DivisionImpossible, 0);
        }
        if expdiff <= -2 {
            return self.rescale(ideal, ctx.rounding).fix(ctx);
        }
        let (mut a, mut b) = (self.coeff(), other.coeff());
        if self.exp >= other.exp {
            a = a.mul(&pow10(self.exp - other.exp));
        } else {
            b = b.mul(&pow10(other.exp - self.exp));
        }
        let (mut q, mut r) = a.divmod(&b).unwrap_or_default();
        let q_odd = i64::from(q.is_odd());
        if r.mul(&Int::from(2i64)).add(&Int::from(q_odd)) > b {
            r = r.sub(&b);
            q = q.add(&Int::from(1i64));
        }
        if q >= pow10(ctx.prec) {
            return ctx.raise(Cond::DivisionImpossible, 0);
        }
        let mut sign = self.sign;
        if r.is_negative() {
            sign = 1 - sign;
            r = r.neg();
        }
        Dec::finite(sign, digits_of(&r), ideal).fix(ctx)
    }

    pub fn floordiv(&self, other: &Dec, ctx: &mut Ctx) -> DResult {
        if let Some(n) = self.check_nans(Some(other), ctx)? {
            return Ok(n);
        }
        if self.is_inf() {
            if other.is_inf() {
                return ctx.raise(Cond::InvalidOperation, 0);
            }
            return Ok(Dec::inf(self.sign ^ other.sign));
        }
        if other.is_zero() {
            return if self.is_zero() {
                ctx.raise(Cond::DivisionUndefined, 0)
            } else {
                ctx.raise(Cond::DivisionByZero, self.sign ^ other.sign)
            };
        }
        Ok(self.divide(other, ctx)?.0)
    }

    /// `self ** other` for an integral `other` (the caller refuses other exponents): the exact
    /// power, correctly rounded, as `_pydecimal` computes it. `Ok(None)` when the exact power
    /// would be too large to compute.
    pub fn pow_int(&self, other: &Dec, ctx: &mut Ctx) -> Result<Option<Dec>, Cond> {
        if let Some(n) = self.check_nans(Some(other), ctx)? {
            return Ok(Some(n));
        }
        if other.is_zero() {
            if self.is_zero() {
                return ctx.raise(Cond::InvalidOperation, 0).map(Some);
            }
            return Ok(Some(Dec::finite(0, "1".to_string(), 0)));
        }
        let mut result_sign = 0;
        if self.sign == 1 {
            if other.is_integer() {
                result_sign = u8::from(!other.is_even());
            } else if self.truthy() {
                return ctx.raise(Cond::InvalidOperation, 0).map(Some);
            }
        }
        let base = self.copy_abs();
        if base.is_zero() {
            return Ok(Some(if other.sign == 0 { Dec::zero(result_sign, 0) } else { Dec::inf(result_sign) }));
        }
        if base.is_inf() {
            return Ok(Some(if other.sign == 0 { Dec::inf(result_sign) } else { Dec::zero(result_sign, 0) }));
        }
        if base.cmp_num(&Dec::finite(0, "1".to_string(), 0)) == Ordering::Equal {
            // 1**y: exact, with the exponent `_pydecimal` chooses.
            let exp = if other.is_integer() {
                let multiplier = if other.sign == 1 {
                    0
                } else if other.cmp_num(&Dec::from_int(&Int::from(ctx.prec))) == Ordering::Greater {
                    ctx.prec
                } else {
                    exponent_value(other).unwrap_or(ctx.prec)
                };
                let mut exp = base.exp * multiplier;
                if exp < 1 - ctx.prec {
                    exp = 1 - ctx.prec;
                    ctx.signal(Cond::Rounded)?;
                }
                exp
            } else {
                ctx.signal(Cond::Inexact)?;
                ctx.signal(Cond::Rounded)?;
                1 - ctx.prec
            };
            return Ok(Some(Dec::finite(result_sign, format!("1{}", "0".repeat((-exp).max(0) as usize)), exp)));
        }
        if other.is_inf() {
            let big = (other.sign == 0) == (base.adjusted() < 0);
            return Ok(Some(if big { Dec::zero(result_sign, 0) } else { Dec::inf(result_sign) }));
        }
        if !other.is_integer() {
            return Ok(None);
        }
        let n = match exponent_value(other) {
            Some(n) => n,
            None => return Ok(None),
        };
        // The exact power must stay computable; a result past the exponent limits over- or
        // underflows anyway, but those we leave to a clear refusal rather than guess.
        let digits = (base.int.len() as i64).saturating_mul(n.abs());
        if digits > 20_000 || base.exp.saturating_mul(n).abs() > 4 * ctx.emax.max(-ctx.emin) {
            return Ok(None);
        }
        let power = match base.coeff().pow(&Int::from(n.abs())) {
            Ok(crate::int::Number::Int(p)) => p,
            _ => return Ok(None),
        };
        let exact = Dec::finite(result_sign, digits_of(&power), base.exp * n.abs());
        if n > 0 {
            return exact.fix(ctx).map(Some);
        }
        Dec::finite(0, "1".to_string(), 0).div(&exact, ctx).map(Some)
    }

    /// `sqrt`, correctly rounded with ROUND_HALF_EVEN whatever the context's rounding.
    pub fn sqrt(&self, ctx: &mut Ctx) -> DResult {
        if self.is_special() {
            if let Some(n) = self.check_nans(None, ctx)? {
                return Ok(n);
            }
            if self.is_inf() && self.sign == 0 {
                return Ok(self.clone());
            }
        }
        if self.is_zero() {
            return Dec::zero(self.sign, self.exp.div_euclid(2)).fix(ctx);
        }
        if self.sign == 1 {
            return ctx.raise(Cond::InvalidOperation, 0);
        }
        let prec = ctx.prec + 1;
        let mut e = self.exp >> 1;
        let (mut c, l) = if self.exp & 1 == 1 {
            (self.coeff().mul(&Int::from(10i64)), (self.int.len() as i64 >> 1) + 1)
        } else {
            (self.coeff(), (self.int.len() as i64 + 1) >> 1)
        };
        let shift = prec - l;
        let mut exact;
        if shift >= 0 {
            c = c.mul(&pow10(2 * shift));
            exact = true;
        } else {
            let (q, r) = c.divmod(&pow10(-2 * shift)).unwrap_or_default();
            c = q;
            exact = r.is_zero();
        }
        e -= shift;
        let mut n = pow10(prec);
        loop {
            let q = c.floordiv(&n).unwrap_or_default();
            if n <= q {
                break;
            }
            n = n.add(&q).shr(&Int::from(1i64)).unwrap_or_default();
        }
        exact = exact && n.mul(&n) == c;
        if exact {
            if shift >= 0 {
                n = n.floordiv(&pow10(shift)).unwrap_or_default();
            } else {
                n = n.mul(&pow10(-shift));
            }
            e += shift;
        } else if is_multiple_of(&n, 5) {
            n = n.add(&Int::from(1i64));
        }
        let saved = ctx.rounding;
        ctx.rounding = Rounding::HalfEven;
        let ans = Dec::finite(0, digits_of(&n), e).fix(ctx);
        ctx.rounding = saved;
        ans
    }

    pub fn normalize(&self, ctx: &mut Ctx) -> DResult {
        if let Some(n) = self.check_nans(None, ctx)? {
            return Ok(n);
        }
        let dup = self.fix(ctx)?;
        if dup.is_inf() {
            return Ok(dup);
        }
        if dup.is_zero() {
            return Ok(Dec::zero(dup.sign, 0));
        }
        let exp_max = if ctx.clamp { ctx.etop() } else { ctx.emax };
        let mut end = dup.int.len();
        let mut exp = dup.exp;
        while dup.int.as_bytes()[end - 1] == b'0' && exp < exp_max {
            exp += 1;
            end -= 1;
        }
        Ok(Dec::finite(dup.sign, dup.int[..end].to_string(), exp))
    }

    pub fn quantize(&self, exp: &Dec, rounding: Rounding, ctx: &mut Ctx) -> DResult {
        if self.is_special() || exp.is_special() {
            if let Some(n) = self.check_nans(Some(exp), ctx)? {
                return Ok(n);
            }
            if exp.is_inf() || self.is_inf() {
                if exp.is_inf() && self.is_inf() {
                    return Ok(self.clone());
                }
                return ctx.raise(Cond::InvalidOperation, 0);
            }
        }
        if !(ctx.etiny() <= exp.exp && exp.exp <= ctx.emax) {
            return ctx.raise(Cond::InvalidOperation, 0);
        }
        if self.is_zero() {
            return Dec::zero(self.sign, exp.exp).fix(ctx);
        }
        let adj = self.adjusted();
        if adj > ctx.emax || adj - exp.exp + 1 > ctx.prec {
            return ctx.raise(Cond::InvalidOperation, 0);
        }
        let ans = self.rescale(exp.exp, rounding);
        if ans.adjusted() > ctx.emax || ans.int.len() as i64 > ctx.prec {
            return ctx.raise(Cond::InvalidOperation, 0);
        }
        if ans.truthy() && ans.adjusted() < ctx.emin {
            ctx.signal(Cond::Subnormal)?;
        }
        if ans.exp > self.exp {
            if ans.cmp_num(self) != Ordering::Equal {
                ctx.signal(Cond::Inexact)?;
            }
            ctx.signal(Cond::Rounded)?;
        }
        ans.fix(ctx)
    }

    pub fn to_integral(&self, rounding: Rounding, ctx: &mut Ctx) -> DResult {
        if self.is_special() {
            if let Some(n) = self.check_nans(None, ctx)? {
                return Ok(n);
            }
            return Ok(self.clone());
        }
        if self.exp >= 0 {
            return Ok(self.clone());
        }
        Ok(self.rescale(0, rounding))
    }
}

fn is_multiple_of(i: &Int, m: i64) -> bool {
    i.modulo(&Int::from(m)).map_or(false, |r| r.is_zero())
}

/// The value of an integral exponent, if it fits comfortably.
fn exponent_value(d: &Dec) -> Option<i64> {
    let v = d.trunc_int().to_i64()?;
    if v.abs() > 1 << 40 {
        None
    } else {
        Some(v)
    }
}
