//! Attributes CPython gives every program class and instance (src/value/class/always_present.rs):
//! where the runtime lacks one, the program stops instead of seeing an AttributeError that
//! `hasattr` would turn into a wrong `False`.

use pyrt::value::attr::{getattr, hasattr};
use pyrt::value::prelude::*;

fn error_type(r: pyrt::exc::PyResult<Value>) -> String {
    match r {
        Ok(_) => "ok".to_string(),
        Err(e) => e.to_string().split(':').next().unwrap_or("").to_string(),
    }
}

#[test]
fn a_missing_always_present_attribute_stops_the_program() {
    let cls = pyrt::value::class::make_class("C", "C", vec![], vec![], vec![]).unwrap();
    let obj = pyrt::value::func::call(&cls, vec![], vec![]).unwrap();
    // CPython has these on every class and instance; the runtime does not implement them.
    assert_eq!(error_type(getattr(&cls, "__flags__")), "NotImplementedError");
    assert_eq!(error_type(getattr(&obj, "__reduce__")), "NotImplementedError");
    assert!(hasattr(&cls, "__flags__").is_err());
    // Names CPython does not have stay AttributeErrors, and hasattr answers False.
    assert_eq!(error_type(getattr(&cls, "missing")), "AttributeError");
    assert_eq!(error_type(getattr(&obj, "missing")), "AttributeError");
    assert_eq!(hasattr(&obj, "missing").unwrap(), false);
    // Those it implements answer as CPython does.
    assert_eq!(error_type(getattr(&cls, "__base__")), "ok");
    assert_eq!(error_type(getattr(&obj, "__class__")), "ok");
}
