//! `tzinfo.fromutc(dt)`: how an aware datetime is made from UTC (`astimezone`, `now(tz)`,
//! `fromtimestamp(ts, tz)`). The base class's algorithm asks the zone's `utcoffset()` and
//! `dst()`, as CPython's `tzinfo_fromutc` does, and a subclass may override it; `timezone`'s
//! adds its fixed offset.

use super::args::arity;
use super::datetime_::attr;
use super::datetime_date::{datetime_from_micros, fields_of, is_datetime, local_micros};
use super::datetime_delta::micros;
use super::datetime_time::zone_delta;
use crate::exc::{PyErr, PyResult};
use crate::value::compare::is;
use crate::value::{Class, Value};
use std::rc::Rc;

fn class_of(dt: &Value) -> PyResult<Rc<Class>> {
    match dt {
        Value::Instance(i) => Ok(i.class.clone()),
        _ => Err(PyErr::type_error("fromutc: argument must be a datetime")),
    }
}

/// The argument, checked as both `fromutc`s check it.
fn own_datetime(this: &Value, args: &[Value]) -> PyResult<Value> {
    arity("fromutc", args, 1, 1)?;
    let dt = args[0].clone();
    if !is_datetime(&dt) {
        return Err(PyErr::type_error("fromutc: argument must be a datetime"));
    }
    if !is(&attr(&dt, "tzinfo"), this) {
        return Err(PyErr::value_error("fromutc: dt.tzinfo is not self"));
    }
    Ok(dt)
}

fn shifted(dt: &Value, by: i128) -> PyResult<Value> {
    datetime_from_micros(&class_of(dt)?, local_micros(&fields_of(dt)?) + by, attr(dt, "tzinfo"))
}

/// `tzinfo.fromutc`: standard time from `utcoffset() - dst()`, then the daylight saving time
/// `dst()` gives at that local time.
pub fn tzinfo_fromutc(this: &Value, args: Vec<Value>) -> PyResult<Value> {
    let dt = own_datetime(this, &args)?;
    let off = zone_delta(this, "utcoffset", &dt)?
        .ok_or_else(|| PyErr::value_error("fromutc: non-None utcoffset() result required"))?;
    let dst = zone_delta(this, "dst", &dt)?
        .ok_or_else(|| PyErr::value_error("fromutc: non-None dst() result required"))?;
    let standard = shifted(&dt, off - dst)?;
    match zone_delta(this, "dst", &standard)? {
        None => Err(PyErr::value_error("fromutc: tz.dst() gave inconsistent results; cannot convert")),
        Some(0) => Ok(standard),
        Some(dst) => shifted(&standard, dst),
    }
}

/// `timezone.fromutc`: the fixed offset added.
pub fn timezone_fromutc(this: &Value, args: Vec<Value>) -> PyResult<Value> {
    let dt = own_datetime(this, &args)?;
    shifted(&dt, micros(&attr(this, "_offset"))?)
}
