//! The `time` module's clocks and `sleep`: `time`, `time_ns`, `perf_counter(_ns)`,
//! `monotonic(_ns)`, `process_time(_ns)`. Under wasm32-wasi they read WASI's clocks. The
//! calendar functions (`struct_time`, `gmtime`, `strftime`, ...) are in `time_struct.rs`.

use super::args::{func, module};
use super::time_struct;
use crate::exc::{PyErr, PyResult};
use crate::value::{Module, Value};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    /// The reference point of the monotonic clocks (CPython's is unspecified too).
    static START: Instant = Instant::now();
}

fn since_epoch() -> Duration {
    // A clock before 1970 is a broken host; CPython would print a negative time, we print 0.
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO)
}

fn since_start() -> Duration {
    START.with(|s| s.elapsed())
}

fn nanos(d: Duration) -> Value {
    Value::int(d.as_nanos().min(i64::MAX as u128) as i64)
}

fn no_args(name: &str, args: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("time.{}() takes no arguments ({} given)", name, args.len())))
    }
}

fn sleep(args: Vec<Value>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!("time.sleep() takes exactly one argument ({} given)", args.len())));
    }
    let secs = match &args[0] {
        Value::Float(f) => *f,
        Value::Int(i) => i.to_f64()?,
        Value::Bool(b) => f64::from(u8::from(*b)),
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    if secs.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs > 1e10 {
        return Err(PyErr::new("OverflowError", "sleep length is too large"));
    }
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::None)
}

macro_rules! clock {
    ($name:expr, $read:expr, float) => {
        func($name, |args| {
            no_args($name, &args)?;
            Ok(Value::float($read.as_secs_f64()))
        })
    };
    ($name:expr, $read:expr, nanos) => {
        func($name, |args| {
            no_args($name, &args)?;
            Ok(nanos($read))
        })
    };
}

pub fn build() -> Module {
    module(
        "time",
        vec![
            clock!("time", since_epoch(), float),
            clock!("time_ns", since_epoch(), nanos),
            clock!("perf_counter", since_start(), float),
            clock!("perf_counter_ns", since_start(), nanos),
            clock!("monotonic", since_start(), float),
            clock!("monotonic_ns", since_start(), nanos),
            clock!("process_time", since_start(), float),
            clock!("process_time_ns", since_start(), nanos),
            func("sleep", sleep),
            ("struct_time", Value::Class(time_struct::struct_time_class())),
            func("gmtime", time_struct::gmtime),
            func("localtime", time_struct::localtime),
            func("mktime", time_struct::mktime),
            func("strftime", time_struct::strftime),
            func("strptime", time_struct::strptime),
            func("asctime", time_struct::asctime),
            func("ctime", time_struct::ctime),
            // The local zone of a translated program is UTC without daylight-saving time.
            ("timezone", Value::int(0)),
            ("altzone", Value::int(0)),
            ("daylight", Value::int(0)),
            ("tzname", Value::tuple(vec![Value::str("UTC"), Value::str("UTC")])),
        ],
    )
}
