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
