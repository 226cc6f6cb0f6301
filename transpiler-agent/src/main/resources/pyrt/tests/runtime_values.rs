//! Tests of the value side of pyrt: str, list, range, printing and the mixed-type operators.
//! Expected values are CPython 3.11/3.12 results.

use pyrt::prelude::*;

fn int(v: i64) -> Int {
    Int::from(v)
}

fn strs(items: &[&str]) -> List<Str> {
    List::from_vec(items.iter().map(|s| Str::from(*s)).collect())
}

#[test]
fn str_repr_picks_quotes_and_escapes_like_cpython() {
    assert_eq!(Str::from("it's").py_repr().unwrap(), "\"it's\"");
    assert_eq!(Str::from("a\"b'").py_repr().unwrap(), "'a\"b\\''");
    assert_eq!(Str::from("\u{0}\u{7f}\u{80}\u{ad}\u{a0}\u{2028}\u{200b}\u{feff}😀 é").py_repr().unwrap(),
        "'\\x00\\x7f\\x80\\xad\\xa0\\u2028\\u200b\\ufeff😀 é'");
    assert_eq!(Str::from("tab\there\n\\").py_repr().unwrap(), "'tab\\there\\n\\\\'");
}

#[test]
fn str_is_indexed_and_measured_by_code_point() {
    let s = Str::from("héllo");
    assert_eq!(s.len(), int(5));
    assert_eq!(s.get(&int(1)).unwrap().as_str(), "é");
    assert_eq!(s.get(&int(-1)).unwrap().as_str(), "o");
    let err = s.get(&int(5)).unwrap_err();
    assert_eq!(err.to_string(), "IndexError: string index out of range");
}

#[test]
fn str_methods_follow_python() {
    let s = Str::from("  the quick  brown\x1cfox ");
    assert_eq!(s.split_whitespace().py_repr().unwrap(), "['the', 'quick', 'brown', 'fox']");
    assert_eq!(Str::from("a,b,,c").split(&Str::from(",")).unwrap().py_repr().unwrap(), "['a', 'b', '', 'c']");
    assert_eq!(Str::from("x").split(&Str::from("")).unwrap_err().to_string(), "ValueError: empty separator");
    assert_eq!(Str::from(" \x1c x \u{85}").strip().as_str(), "x");
    assert_eq!(Str::from("abc").replace(&Str::from(""), &Str::from("-")).as_str(), "-a-b-c-");
    assert_eq!(Str::from("-").join(&strs(&["a", "b", "c"])).as_str(), "a-b-c");
    assert_eq!(Str::from("ab").repeat(&int(3)).unwrap().as_str(), "ababab");
    assert_eq!(Str::from("ab").repeat(&int(-1)).unwrap().as_str(), "");
    assert_eq!(Str::from("hello").find(&Str::from("l")), int(2));
    assert_eq!(Str::from("héllo").find(&Str::from("l")), int(2));
    assert_eq!(Str::from("aaa").count(&Str::from("")), int(4));
    assert!(Str::from("a") < Str::from("b") && Str::from("Z") < Str::from("a"));
}

#[test]
fn lists_alias_and_report_index_errors() {
    let xs = List::from_vec(vec![int(1), int(2)]);
    let ys = xs.clone();
    ys.append(int(3));
    assert_eq!(xs.py_repr().unwrap(), "[1, 2, 3]");
    assert_eq!(xs.get(&int(-1)).unwrap(), int(3));
    assert_eq!(xs.get(&int(3)).unwrap_err().to_string(), "IndexError: list index out of range");
    assert_eq!(xs.set(&int(-4), int(0)).unwrap_err().to_string(),
        "IndexError: list assignment index out of range");
    let big = Int::parse("1267650600228229401496703205376", 10).unwrap();
    assert_eq!(xs.get(&big).unwrap_err().to_string(),
        "IndexError: cannot fit 'int' into an index-sized integer");
    xs.extend(&xs.clone());
    assert_eq!(xs.len(), int(6));
    let grid = List::from_vec(vec![List::from_vec(vec![int(0)])]).repeat(&int(2)).unwrap();
    grid.get(&int(0)).unwrap().append(int(1));
    assert_eq!(grid.py_repr().unwrap(), "[[0, 1], [0, 1]]");
    assert_eq!(List::<Int>::new().pop().unwrap_err().to_string(), "IndexError: pop from empty list");
}

#[test]
fn list_iteration_sees_appends_made_during_the_loop() {
    let xs = List::from_vec(vec![int(1)]);
    let mut seen = Vec::new();
    for x in xs.iter() {
        if seen.len() < 3 {
            xs.append(x.add(&int(1)));
        }
        seen.push(x);
    }
    assert_eq!(seen, vec![int(1), int(2), int(3), int(4)]);
}

#[test]
fn ranges_step_both_ways_and_past_i64() {
    let down: Vec<Int> = pyrt::range::range3(&int(10), &int(0), &int(-3)).unwrap().collect();
    assert_eq!(down, vec![int(10), int(7), int(4), int(1)]);
    assert_eq!(pyrt::range::range2(&int(5), &int(5)).count(), 0);
    let near = pyrt::range::range2(&int(i64::MAX - 1), &int(i64::MAX)).count();
    assert_eq!(near, 1);
    let start = Int::parse("18446744073709551616", 10).unwrap();
    let stop = start.add(&int(3));
    let big: Vec<String> = pyrt::range::range2(&start, &stop).map(|i| i.to_string()).collect();
    assert_eq!(big, vec!["18446744073709551616", "18446744073709551617", "18446744073709551618"]);
    let zero = pyrt::range::range3(&int(0), &int(1), &int(0));
    assert_eq!(zero.err().unwrap().to_string(), "ValueError: range() arg 3 must not be zero");
}

#[test]
fn python_str_of_scalars() {
    assert_eq!(true.py_str().unwrap(), "True");
    assert_eq!(().py_str().unwrap(), "None");
    assert_eq!(1.0f64.py_str().unwrap(), "1.0");
    assert_eq!(List::from_vec(vec![Str::from("a")]).py_str().unwrap(), "['a']");
    assert!(!int(0).truthy() && int(-1).truthy() && !Str::from("").truthy());
}

#[test]
fn int_float_comparisons_are_exact() {
    let two_53_plus_1 = Int::parse("9007199254740993", 10).unwrap();
    assert!(pyrt::ops::int_float_gt(&two_53_plus_1, 9007199254740992.0));
    assert!(!pyrt::ops::int_float_eq(&two_53_plus_1, 9007199254740992.0));
    assert!(pyrt::ops::int_float_eq(&int(2), 2.0));
    assert!(pyrt::ops::int_float_lt(&int(2), 2.5));
    assert!(pyrt::ops::float_int_lt(-0.5, &int(0)));
    assert!(!pyrt::ops::int_float_lt(&int(1), f64::NAN) && !pyrt::ops::int_float_ge(&int(1), f64::NAN));
    assert!(pyrt::ops::int_float_lt(&int(1), f64::INFINITY));
    assert_eq!(pyrt::ops::invert(&int(5)), int(-6));
}

#[test]
fn builtins_match_cpython() {
    assert_eq!(pyrt::builtins::max_of(&[int(3), int(1), int(3)]), int(3));
    assert_eq!(pyrt::builtins::min_list(&List::<Int>::new()).unwrap_err().to_string(),
        "ValueError: min() iterable argument is empty");
    assert_eq!(pyrt::builtins::sum_ints(&List::from_vec(vec![int(i64::MAX), int(1)])).to_string(),
        "9223372036854775808");
    assert!(pyrt::builtins::sum_floats(&List::new()).is_err());
    let huge = Int::from(10i64).pow(&Int::from(5000i64)).unwrap();
    let huge = match huge { pyrt::int::Number::Int(i) => i, _ => unreachable!() };
    assert!(huge.py_str().unwrap_err().to_string().starts_with("ValueError: Exceeds the limit (4300 digits)"));
    let unbound: Option<Int> = None;
    assert_eq!(pyrt::rt::bound(&unbound, "x", false).unwrap_err().to_string(),
        "NameError: name 'x' is not defined");
}

#[test]
fn slices_clamp_and_step_like_cpython() {
    let s = Str::from("abcdef");
    let sl = |a: Option<i64>, b: Option<i64>, c: Option<i64>| {
        let (a, b, c) = (a.map(int), b.map(int), c.map(int));
        s.slice(a.as_ref(), b.as_ref(), c.as_ref()).map(|x| x.as_str().to_string())
    };
    assert_eq!(sl(None, None, Some(-1)).unwrap(), "fedcba");
    assert_eq!(sl(Some(1), Some(-1), None).unwrap(), "bcde");
    assert_eq!(sl(Some(-100), Some(100), Some(2)).unwrap(), "ace");
    assert_eq!(sl(Some(4), Some(1), Some(-2)).unwrap(), "ec");
    assert_eq!(sl(Some(100), None, Some(-1)).unwrap(), "fedcba");
    assert_eq!(sl(None, Some(-100), Some(-1)).unwrap(), "fedcba");
    assert_eq!(sl(Some(3), Some(3), None).unwrap(), "");
    assert_eq!(sl(None, None, Some(0)).unwrap_err().to_string(), "ValueError: slice step cannot be zero");
    let xs = List::from_vec(vec![int(1), int(2), int(3)]);
    assert_eq!(xs.slice(Some(&int(1)), None, None).unwrap().py_repr().unwrap(), "[2, 3]");
}
