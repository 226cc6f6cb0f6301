//! Tests of tuples, dicts, list methods and exception matching. Expected values are CPython
//! 3.11/3.12 results.

use pyrt::prelude::*;

fn int(v: i64) -> Int {
    Int::from(v)
}

#[test]
fn tuples_print_like_cpython() {
    assert_eq!((int(1),).py_repr().unwrap(), "(1,)");
    assert_eq!((int(1), Str::from("a"), (), 2.5_f64).py_repr().unwrap(), "(1, 'a', None, 2.5)");
    assert!((int(1), Str::from("b")) > (int(1), Str::from("a")));
}

#[test]
fn dicts_keep_insertion_order_and_raise_key_error() {
    let d: Dict<Str, Int> = Dict::new();
    d.set_item(Str::from("b"), int(1));
    d.set_item(Str::from("a"), int(2));
    d.set_item(Str::from("b"), int(3));
    assert_eq!(d.py_repr().unwrap(), "{'b': 3, 'a': 2}");
    d.del_item(&Str::from("b")).unwrap();
    d.set_item(Str::from("b"), int(4));
    assert_eq!(d.py_repr().unwrap(), "{'a': 2, 'b': 4}");
    let err = d.get_item(&Str::from("zz")).unwrap_err();
    assert_eq!(err.to_string(), "KeyError: 'zz'");
    let mut it = d.iter_keys();
    assert!(it.next().unwrap().is_ok());
    d.set_item(Str::from("c"), int(5));
    assert_eq!(it.next().unwrap().unwrap_err().to_string(), "RuntimeError: dictionary changed size during iteration");
}

/// Str keys of every length from 1 to 20 bytes (the hash reads the last 1-7 bytes with two
/// overlapping loads) that differ in one byte, including non-ASCII text, each find their own value.
#[test]
fn str_keys_of_every_length_stay_apart() {
    let d: Dict<Str, Int> = Dict::new();
    let mut keys = Vec::new();
    for n in 1..=20usize {
        for pos in 0..n {
            for c in ['a', 'b', '\u{e9}'] {
                let mut s: Vec<char> = vec!['x'; n];
                s[pos] = c;
                keys.push(s.into_iter().collect::<String>());
            }
        }
    }
    for (i, k) in keys.iter().enumerate() {
        d.set_item(Str::from(k.as_str()), int(i as i64));
    }
    let distinct: std::collections::HashSet<&String> = keys.iter().collect();
    assert_eq!(d.len(), int(distinct.len() as i64));
    for k in &distinct {
        let last = keys.iter().rposition(|x| x == *k).unwrap();
        assert_eq!(d.get_item(&Str::from(k.as_str())).unwrap(), int(last as i64));
    }
}

/// Many keys, deletions and re-insertions: the index grows and reuses deleted slots, and
/// order, lookups and length stay what a plain insertion-ordered list of pairs says.
#[test]
fn dicts_stay_consistent_through_growth_and_deletion() {
    let d: Dict<Int, Int> = Dict::new();
    let s: Dict<Str, Int> = Dict::new();
    let mut model: Vec<(i64, i64)> = Vec::new();
    for round in 0..3i64 {
        for k in 0..2000i64 {
            let key = (k * 7919 + round) % 3001 - 1500;
            d.set_item(int(key), int(k));
            s.set_item(Str::from(format!("k{}", key)), int(k));
            match model.iter_mut().find(|(mk, _)| *mk == key) {
                Some(entry) => entry.1 = k,
                None => model.push((key, k)),
            }
            if k % 3 == 0 {
                let gone = model.remove(model.len() / 2).0;
                d.del_item(&int(gone)).unwrap();
                s.del_item(&Str::from(format!("k{}", gone))).unwrap();
            }
        }
    }
    assert_eq!(d.len(), int(model.len() as i64));
    let keys: Vec<i64> = d.iter_keys().map(|k| k.unwrap().to_i64().unwrap()).collect();
    assert_eq!(keys, model.iter().map(|(k, _)| *k).collect::<Vec<_>>());
    for (k, v) in &model {
        assert_eq!(d.get_item(&int(*k)).unwrap(), int(*v));
        assert_eq!(s.get_item(&Str::from(format!("k{}", k))).unwrap(), int(*v));
    }
    assert!(!d.contains(&int(99999)));
    assert_eq!(s.get_or(&Str::from("absent"), int(-1)), int(-1));
}

#[test]
fn list_methods_match_cpython() {
    let xs = List::from_vec(vec![int(3), int(1), int(2)]);
    xs.insert(&int(-100), int(0));
    xs.insert(&int(100), int(9));
    assert_eq!(xs.py_repr().unwrap(), "[0, 3, 1, 2, 9]");
    xs.sort(true).unwrap();
    assert_eq!(xs.py_repr().unwrap(), "[9, 3, 2, 1, 0]");
    assert_eq!(xs.index(&int(7)).unwrap_err().to_string(), "ValueError: 7 is not in list");
    let fs = List::from_vec(vec![1.0_f64, f64::NAN]);
    assert!(fs.sort(false).is_err());
}

#[test]
fn exceptions_match_their_classes() {
    let e = PyErr::zero_division("division by zero");
    assert!(e.is_instance("ArithmeticError") && e.is_instance("Exception") && e.is_instance("BaseException"));
    assert!(!e.is_instance("LookupError"));
    assert!(PyErr::new("KeyError", "'k'").is_instance_any(&["ValueError", "LookupError"]));
    assert!(!PyErr::untranslatable("x").is_instance("Exception"));
}

/// Short concatenations are built on the stack, long ones on the heap: both give the same str.
#[test]
fn str_concat_and_literals_agree_at_every_length() {
    for (a, b) in [(30usize, 34usize), (32, 33), (0, 64), (64, 1), (100, 5), (5, 6), (10, 12), (11, 12), (0, 1), (22, 1)] {
        let left = "é".repeat(a / 2) + &"x".repeat(a % 2);
        let right = Str::lit("k").concat(&Str::from("r".repeat(b.saturating_sub(1))));
        let joined = Str::from(left.clone()).concat(&right);
        assert_eq!(joined.as_str(), format!("{}{}", left, right.as_str()));
        assert_eq!(joined.len(), int((left.chars().count() + b.max(1)) as i64));
    }
    assert!(Str::lit("ab") == Str::from("a").concat(&Str::lit("b")));
    assert_eq!(Str::lit("naïve").len(), int(5));
}

/// Slices, concatenations and literals compare, hash and order alike whatever their length.
#[test]
fn short_and_long_strs_behave_alike() {
    let long = Str::from("abcdefghijklmnopqrstuvwxyz0123456789");
    let cut = long.slice(None, Some(&int(3)), None).unwrap();
    assert!(cut == Str::lit("abc"));
    assert!(cut < Str::from("abd") && Str::from("ab") < cut);
    let d: Dict<Str, Int> = Dict::new();
    d.set_item(cut.clone(), int(1));
    d.set_item(Str::from("ab").concat(&Str::lit("c")), int(2));
    d.set_item(long.clone(), int(3));
    assert_eq!(d.py_repr().unwrap(), "{'abc': 2, 'abcdefghijklmnopqrstuvwxyz0123456789': 3}");
    let mixed = Str::from("ünï").concat(&Str::from("cødé"));
    assert_eq!(mixed.len(), int(7));
    assert_eq!(mixed.get(&int(4)).unwrap().as_str(), "ø");
    assert_eq!(mixed.py_repr().unwrap(), "'ünïcødé'");
}
