//! Tests of the typed runtime's fast paths and their slow-path equivalents: list indexing,
//! slices, dict lookups through the Fx-hashed index, `setdefault`, views, `sorted(key=...)`,
//! boxed big ints and `pyrt::math`. Expected values are CPython 3.11/3.12 results.

use pyrt::prelude::*;

fn int(v: i64) -> Int {
    Int::from(v)
}

#[test]
fn list_indexing_takes_negative_and_rejects_out_of_range_with_cpython_messages() {
    let xs = List::from_vec(vec![int(10), int(20), int(30)]);
    assert_eq!(xs.get(&int(0)).unwrap(), int(10));
    assert_eq!(xs.get(&int(-1)).unwrap(), int(30));
    assert_eq!(xs.get(&int(3)).unwrap_err().to_string(), "IndexError: list index out of range");
    assert_eq!(xs.get(&int(-4)).unwrap_err().to_string(), "IndexError: list index out of range");
    let big = Int::parse("100000000000000000000", 10).unwrap();
    assert_eq!(xs.get(&big).unwrap_err().to_string(), "IndexError: cannot fit 'int' into an index-sized integer");
    xs.set(&int(-3), int(7)).unwrap();
    assert_eq!(xs.set(&int(5), int(1)).unwrap_err().to_string(), "IndexError: list assignment index out of range");
    assert_eq!(xs.py_repr().unwrap(), "[7, 20, 30]");
}

#[test]
fn contiguous_slices_clamp_like_cpython() {
    let xs = List::from_vec(vec![int(1), int(2), int(3), int(4)]);
    assert_eq!(xs.slice(None, None, None).unwrap().py_repr().unwrap(), "[1, 2, 3, 4]");
    assert_eq!(xs.slice(Some(&int(-2)), Some(&int(100)), None).unwrap().py_repr().unwrap(), "[3, 4]");
    assert_eq!(xs.slice(Some(&int(3)), Some(&int(1)), None).unwrap().py_repr().unwrap(), "[]");
    assert_eq!(xs.slice(None, None, Some(&int(-2))).unwrap().py_repr().unwrap(), "[4, 2]");
    let s = Str::from("hello");
    assert_eq!(s.slice(None, Some(&int(2)), None).unwrap().as_str(), "he");
    assert_eq!(s.slice(Some(&int(-3)), None, None).unwrap().as_str(), "llo");
    assert_eq!(Str::from("héllo").slice(Some(&int(1)), Some(&int(3)), None).unwrap().as_str(), "él");
    assert_eq!(Str::from("ab").concat(&Str::from("é")).slice(Some(&int(2)), None, None).unwrap().as_str(), "é");
}

#[test]
fn dicts_find_many_keys_and_setdefault_shares_the_stored_list() {
    let d: Dict<Str, Int> = Dict::new();
    for i in 0..2000 {
        d.set_item(Str::from(format!("k{}", i)), int(i));
    }
    assert_eq!(d.get_or(&Str::from("k1999"), int(-1)), int(1999));
    assert_eq!(d.get_or(&Str::from("nope"), int(-1)), int(-1));
    assert_eq!(d.len(), int(2000));
    let pos: Dict<Str, List<Int>> = Dict::new();
    pos.setdefault(Str::from("a"), List::new()).append(int(1));
    pos.setdefault(Str::from("a"), List::new()).append(int(2));
    pos.setdefault(Str::from("b"), List::new()).append(int(3));
    assert_eq!(pos.py_repr().unwrap(), "{'a': [1, 2], 'b': [3]}");
    assert_eq!(pos.items_list().py_repr().unwrap(), "[('a', [1, 2]), ('b', [3])]");
    assert_eq!(pos.keys_list().py_repr().unwrap(), "['a', 'b']");
    let ints: Dict<Int, bool> = Dict::new();
    ints.set_item(int(-1), true);
    ints.set_item(int(0), false);
    assert_eq!(ints.values_list().py_repr().unwrap(), "[True, False]");
}

#[test]
fn sorted_by_key_is_stable_and_reverse_keeps_ties_in_order() {
    let xs = List::from_vec(vec![Str::from("bb"), Str::from("a"), Str::from("cc"), Str::from("d")]);
    let by_len = xs.sorted_by_key(false, |s| Ok(s.len())).unwrap();
    assert_eq!(by_len.py_repr().unwrap(), "['a', 'd', 'bb', 'cc']");
    let rev = xs.sorted_by_key(true, |s| Ok(s.len())).unwrap();
    assert_eq!(rev.py_repr().unwrap(), "['bb', 'cc', 'a', 'd']");
    let failing = xs.sorted_by_key(false, |_| Err::<Int, _>(PyErr::value_error("boom")));
    assert_eq!(failing.unwrap_err().to_string(), "ValueError: boom");
}

#[test]
fn big_ints_stay_exact_through_the_boxed_representation() {
    let big = int(i64::MAX).add(&int(1));
    assert_eq!(big.to_string(), "9223372036854775808");
    assert_eq!(big.sub(&int(1)), int(i64::MAX));
    assert!(big > int(i64::MAX));
    assert_eq!(int(i64::MIN).neg().to_string(), "9223372036854775808");
    assert_eq!(std::mem::size_of::<Int>(), 16);
}

#[test]
fn math_follows_cpython_errors() {
    assert_eq!(pyrt::math::sqrt(2.0).unwrap(), std::f64::consts::SQRT_2);
    assert_eq!(pyrt::math::sqrt(-1.0).unwrap_err().to_string(), "ValueError: math domain error");
    assert_eq!(pyrt::math::log(0.0).unwrap_err().to_string(), "ValueError: math domain error");
    assert_eq!(pyrt::math::exp(1000.0).unwrap_err().to_string(), "OverflowError: math range error");
    assert!(pyrt::math::exp(f64::NAN).unwrap().is_nan());
    assert_eq!(pyrt::math::floor(-0.5).unwrap(), int(-1));
    assert_eq!(pyrt::math::ceil(f64::INFINITY).unwrap_err().to_string(),
        "OverflowError: cannot convert float infinity to integer");
    assert_eq!(pyrt::math::hypot(3.0, 4.0), 5.0);
}

#[test]
fn small_division_paths_agree_with_floor_semantics() {
    let cases = [(7, 2), (2147483647, 3), (2147483648, 3), (-7, 2), (7, -2), (0, 5), (5, 2147483647)];
    for (a, b) in cases {
        let (q, r) = (int(a).floordiv(&int(b)).unwrap(), int(a).modulo(&int(b)).unwrap());
        assert_eq!(q, int((a as f64 / b as f64).floor() as i64), "{} // {}", a, b);
        assert_eq!(r, int(a - b * (a as f64 / b as f64).floor() as i64), "{} % {}", a, b);
    }
    assert_eq!(int(1).modulo(&int(0)).unwrap_err().to_string(), "ZeroDivisionError: integer modulo by zero");
}
