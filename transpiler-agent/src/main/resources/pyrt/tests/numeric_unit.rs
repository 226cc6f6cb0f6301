//! Hand-picked checks of `pyrt`'s numeric API; each expected value was printed by
//! CPython 3.12 (the command is in the comment above it).

use pyrt::bigint::BigInt;
use pyrt::int::{int_cmp_float, Int, Number};
use pyrt::{float, format};
use std::cmp::Ordering;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

fn hash_of(v: &Int) -> u64 {
    let mut h = DefaultHasher::new();
    v.hash(&mut h);
    h.finish()
}

fn big(s: &str) -> Int {
    Int::from_big(BigInt::parse_radix(s, 10).unwrap())
}

#[test]
fn huge_power_converts_both_ways() {
    // s = str(7**118000); len(s), s[:30], s[-30:], sum(map(int, s))
    let x = BigInt::from_u64(7).pow(118_000);
    let s = x.to_string_radix(10);
    assert_eq!(s.len(), 99722);
    assert_eq!(&s[..30], "370443247078775349251624979965");
    assert_eq!(&s[s.len() - 30..], "607087705506027205371110800001");
    assert_eq!(s.bytes().map(|b| (b - b'0') as u64).sum::<u64>(), 446605);
    assert_eq!(BigInt::parse_radix(&s, 10).unwrap(), x);
    // h = hex(7**118000); len(h), h[:30], h[-30:]
    let h = Int::from_big(x.clone()).to_prefixed(16);
    assert_eq!(h.len(), 82819);
    assert_eq!(&h[..30], "0xebb2fc0c40d335840ca94337554a");
    assert_eq!(&h[h.len() - 30..], "daaf46be3f36d3cc3d6d9e5252ba81");
    assert_eq!(BigInt::parse_radix(&h[2..], 16).unwrap(), x);
}

#[test]
fn big_modular_and_division_results() {
    // x = 3**200000; x.bit_length(), str(x)[:25], x % 10**25
    let x = Int::from_big(BigInt::from_u64(3).pow(200_000));
    assert_eq!(x.bit_length(), 316993);
    assert_eq!(&x.to_string()[..25], "1782148676812318146995574");
    let m = Int::from_big(BigInt::from_u64(10).pow(25));
    assert_eq!(x.modulo(&m).unwrap().to_string(), "6146712833823731044000001");
    // divmod(-7**50, 13**20)
    let a = Int::from_big(BigInt::from_u64(7).pow(50)).neg();
    let b = Int::from_big(BigInt::from_u64(13).pow(20));
    let (q, r) = a.divmod(&b).unwrap();
    assert_eq!((q.to_string(), r.to_string()), ("-94631332316690630185".into(), "8407619892833681556936".into()));
    // pow(3, 10**20, 10**9+7), pow(-3, 5, -7), pow(3, -1, -7)
    let e = Int::from_big(BigInt::from_u64(10).pow(20));
    assert_eq!(Int::from(3).pow_mod(&e, &Int::from(1_000_000_007)).unwrap(), Int::from(139421235));
    assert_eq!(Int::from(-3).pow_mod(&Int::from(5), &Int::from(-7)).unwrap(), Int::from(-5));
    assert_eq!(Int::from(3).pow_mod(&Int::from(-1), &Int::from(-7)).unwrap(), Int::from(-2));
    // int(-1e300) // 7 % 10**10
    let v = Int::from_f64(-1e300).unwrap().floordiv(&Int::from(7)).unwrap();
    assert_eq!(v.modulo(&Int::from(10_000_000_000i64)).unwrap(), Int::from(7228494262i64));
}

#[test]
fn true_division_of_big_operands() {
    // repr((10**400+1)/(10**399)), repr((1)/(3*10**300))
    let a = big(&format!("1{}1", "0".repeat(399)));
    let b = big(&format!("1{}", "0".repeat(399)));
    assert_eq!(float::repr(a.truediv(&b).unwrap()), "10.0");
    let c = Int::from(3).mul(&big(&format!("1{}", "0".repeat(300))));
    assert_eq!(float::repr(Int::from(1).truediv(&c).unwrap()), "3.3333333333333334e-301");
    // 1 / 0  ->  ZeroDivisionError: division by zero
    assert_eq!(Int::from(1).truediv(&Int::from(0)).unwrap_err().to_string(), "ZeroDivisionError: division by zero");
}

#[test]
fn normalisation_equality_and_hash() {
    let from_big = Int::from_big(BigInt::from_i64(42));
    assert!(matches!(from_big, Int::Small(42)));
    assert_eq!(hash_of(&from_big), hash_of(&Int::from(42u64)));
    let m = Int::from(u64::MAX);
    assert!(matches!(m, Int::Big(_)));
    let back = m.add(&Int::from(1)).sub(&Int::from(1));
    assert_eq!(back, m);
    assert_eq!(hash_of(&back), hash_of(&m));
    // i64::MAX + 1 - 1 comes back to Small
    let edge = Int::from(i64::MAX).add(&Int::from(1)).sub(&Int::from(1));
    assert!(matches!(edge, Int::Small(i64::MAX)));
    assert_eq!(Int::from(i64::MIN).neg().to_string(), "9223372036854775808");
    assert_eq!(Int::from(i64::MIN).abs().to_string(), "9223372036854775808");
    assert!(Int::from(5) > 3);
    assert!(Int::from(true) == 1);
    assert_eq!(Int::from(7usize).sign(), 1);
}

#[test]
fn operator_traits() {
    let a = Int::from(i64::MAX);
    let b = &a + &a;
    assert_eq!(b.to_string(), "18446744073709551614");
    assert_eq!((b.clone() - a.clone()).to_string(), "9223372036854775807");
    assert_eq!((&b * &b).to_string(), "340282366920938463389587631136930004996");
    assert_eq!((-&b).to_string(), "-18446744073709551614");
    assert_eq!((Int::from(6) & Int::from(3)), Int::from(2));
    assert_eq!(!Int::from(0), Int::from(-1));
    assert_eq!(Int::from(2) + 3, Int::from(5));
}

#[test]
fn pow_results() {
    // 2**100, 0**0, (-1)**(10**30+1), 2**-2, 0**-1
    let p = Int::from(2).pow(&Int::from(100)).unwrap();
    assert_eq!(p, Number::Int(big("1267650600228229401496703205376")));
    assert_eq!(Int::from(0).pow(&Int::from(0)).unwrap(), Number::Int(Int::from(1)));
    let odd = big(&format!("1{}1", "0".repeat(29)));
    assert_eq!(Int::from(-1).pow(&odd).unwrap(), Number::Int(Int::from(-1)));
    assert_eq!(Int::from(2).pow(&Int::from(-2)).unwrap(), Number::Float(0.25));
    let e = Int::from(0).pow(&Int::from(-1)).unwrap_err();
    assert_eq!(e.to_string(), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
}

#[test]
fn int_float_comparison_is_exact() {
    // 2**53 + 1 > float(2**53) -> True; 10**400 > 1e308 -> True; -(10**400) < -1e308
    let n = Int::from((1i64 << 53) + 1);
    assert_eq!(int_cmp_float(&n, 9007199254740992.0), Some(Ordering::Greater));
    let huge = big(&format!("1{}", "0".repeat(400)));
    assert_eq!(int_cmp_float(&huge, 1e308), Some(Ordering::Greater));
    assert_eq!(int_cmp_float(&huge.neg(), -1e308), Some(Ordering::Less));
    assert_eq!(int_cmp_float(&huge, f64::INFINITY), Some(Ordering::Less));
    assert_eq!(int_cmp_float(&huge, f64::NAN), None);
    // 2**63 == 9.223372036854775808e18 -> True; 2**63 - 1 < 2.0**63 -> True
    let two63 = Int::from(1u64 << 63);
    assert_eq!(int_cmp_float(&two63, 9.223372036854775808e18), Some(Ordering::Equal));
    assert_eq!(int_cmp_float(&Int::from(i64::MAX), 9.223372036854775808e18), Some(Ordering::Less));
    // 3 < 3.5, -3 > -3.5
    assert_eq!(int_cmp_float(&Int::from(3), 3.5), Some(Ordering::Less));
    assert_eq!(int_cmp_float(&Int::from(-3), -3.5), Some(Ordering::Greater));
}

#[test]
fn format_samples() {
    // format(-1234567.891, '_^+20,.2f')  ('_' is the fill character here)
    assert_eq!(format::format_float(-1234567.891, "_^+20,.2f").unwrap(), "___-1,234,567.89____");
    // format(255, '#010_b')
    assert_eq!(format::format_int(&Int::from(255), "#010_b").unwrap(), "0b1111_1111");
    // round(2.675, 2), round(0.5), round(1.5), round(-0.5)
    assert_eq!(float::round_half_even(2.675, Some(2)).unwrap(), 2.67);
    assert_eq!(float::round_to_int(0.5).unwrap(), Int::from(0));
    assert_eq!(float::round_to_int(1.5).unwrap(), Int::from(2));
    assert_eq!(float::round_to_int(-0.5).unwrap(), Int::from(0));
}
