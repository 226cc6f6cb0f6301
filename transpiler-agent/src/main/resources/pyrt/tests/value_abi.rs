//! The library ABI's JSON codec (docs/ABI.md): arguments decode as CPython's `json.loads`
//! reads them, results encode as `json.dumps(v, separators=(",", ":"), ensure_ascii=False)`
//! writes them (expected texts from CPython 3.12), and annotations shape arguments.

use pyrt::value::abi::{decode, encode, shape::Shape};
use pyrt::value::Value;

fn round_trip(json: &str) -> String {
    let v = decode::value(json.as_bytes()).expect("valid JSON");
    encode::to_json(&v).expect("encodable")
}

#[test]
fn numbers_keep_their_kind_and_size() {
    assert_eq!(round_trip("[1,-0,123456789012345678901234567890]"), "[1,0,123456789012345678901234567890]");
    assert_eq!(round_trip("[-9223372036854775808,-5,9223372036854775807]"), "[-9223372036854775808,-5,9223372036854775807]");
    assert_eq!(round_trip("[1.0,1e16,1E-7,-0.0,2.5e+3]"), "[1.0,1e+16,1e-07,-0.0,2500.0]");
    assert_eq!(round_trip("[NaN,Infinity,-Infinity]"), "[NaN,Infinity,-Infinity]");
    assert_eq!(round_trip("[true,false,null]"), "[true,false,null]");
}

#[test]
fn strings_unescape_and_keep_utf8() {
    assert_eq!(round_trip(r#""a\"b\\c\/d\n\t\u00e9\ud83d\udc0d""#), "\"a\\\"b\\\\c/d\\n\\té🐍\"");
    assert_eq!(round_trip(r#""wörld \u0001""#), "\"wörld \\u0001\"");
}

#[test]
fn objects_keep_the_first_position_and_the_last_value() {
    assert_eq!(round_trip(r#"{"b":1,"a":[1,{"c":{}}],"b":2}"#), r#"{"b":2,"a":[1,{"c":{}}]}"#);
}

#[test]
fn malformed_arguments_are_refused_with_a_position() {
    assert!(decode::arguments(b"{}").unwrap_err().contains("must be a JSON array"));
    assert!(decode::arguments(b"[1,]").unwrap_err().contains("at byte 3"));
    assert!(decode::arguments(b"[01]").is_err());
    assert!(decode::arguments(b"[1] x").unwrap_err().contains("extra data"));
    assert!(decode::arguments(br#"["\ud800"]"#).unwrap_err().contains("lone surrogate"));
    assert_eq!(decode::arguments(b" [ 1 , \"x\" ] ").unwrap().len(), 2);
}

#[test]
fn results_json_cannot_express_are_type_errors() {
    let set = Value::set(vec![Value::int(1)]).unwrap();
    let err = encode::to_json(&set).unwrap_err();
    assert_eq!((err.type_name.as_str(), err.message.as_str()), ("TypeError", "Object of type set is not JSON serializable"));
    let key = Value::dict(vec![(Value::tuple(vec![]), Value::int(1))]).unwrap();
    assert_eq!(encode::to_json(&key).unwrap_err().message, "keys must be str, int, float, bool or None, not tuple");
    let keys = Value::dict(vec![(Value::int(1), Value::None), (Value::float(0.5), Value::None),
                                (Value::Bool(false), Value::None), (Value::None, Value::None)]).unwrap();
    assert_eq!(encode::to_json(&keys).unwrap(), r#"{"1":null,"0.5":null,"false":null,"null":null}"#);
    assert_eq!(encode::to_json(&Value::tuple(vec![Value::int(1), Value::str("a")])).unwrap(), r#"[1,"a"]"#);
}

#[test]
fn cycles_are_value_errors() {
    let list = Value::list(vec![]);
    if let Value::List(items) = &list {
        items.borrow_mut().push(list.clone());
    }
    assert_eq!(encode::to_json(&list).unwrap_err().message, "Circular reference detected");
}

#[test]
fn annotations_are_read_into_shapes() {
    assert_eq!(Shape::parse("int"), Shape::Any);
    assert_eq!(Shape::parse(""), Shape::Any);
    assert_eq!(Shape::parse("tuple[int, str]"), Shape::Tuple(vec![Shape::Any, Shape::Any], false));
    assert_eq!(Shape::parse("Tuple[int, ...]"), Shape::Tuple(vec![Shape::Any], true));
    assert_eq!(Shape::parse("list[Point]"), Shape::List(Box::new(Shape::Named("Point".into()))));
    assert_eq!(Shape::parse("Point | None"), Shape::Optional(Box::new(Shape::Named("Point".into()))));
    assert_eq!(Shape::parse("Optional[set[int]]"), Shape::Optional(Box::new(Shape::Set(Box::new(Shape::Any), false))));
    assert_eq!(Shape::parse("dict[str, tuple[int, int]]"),
               Shape::Dict(Box::new(Shape::Tuple(vec![Shape::Any, Shape::Any], false))));
    assert_eq!(Shape::parse("int | str"), Shape::Any);
    assert_eq!(Shape::parse("'Point'"), Shape::Named("Point".into()));
}
