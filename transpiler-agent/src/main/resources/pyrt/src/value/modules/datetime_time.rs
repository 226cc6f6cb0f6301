//! `datetime.time`, the abstract `datetime.tzinfo` (user subclasses supply `utcoffset` and
//! `tzname`) and `datetime.timezone`, the fixed-offset zones with `timezone.utc`.

use super::args::take_kw;
use super::datetime_::{attr, attr_i64, check_time, int_field, US_PER_DAY, US_PER_SECOND};
use super::datetime_delta::{is_timedelta, micros, timedelta};
use super::datetime_fmt::{format_offset, format_time, parse_iso_time, strftime, Fields};
use super::objs::{instance, is_a, method, method_kw, runtime_class};
use crate::exc::{PyErr, PyResult};
use crate::value::func::call_method;
use crate::value::{Class, Kwargs, Value};
use std::cmp::Ordering;
use std::rc::Rc;

pub fn tzinfo_class() -> Rc<Class> {
    let cls = runtime_class("datetime", "tzinfo", vec![], || {
        let abstract_method = |name: &'static str| {
            method(name, move |_, _, _| {
                Err(PyErr::new("NotImplementedError", format!("a tzinfo subclass must implement {}()", name)))
            })
        };
        vec![
            abstract_method("utcoffset"),
            abstract_method("tzname"),
            abstract_method("dst"),
            method("fromutc", |t, a, _| super::datetime_fromutc::tzinfo_fromutc(t, a)),
        ]
    });
    cls.dict.borrow_mut().set_str("__tp_name__", Value::str("datetime.tzinfo"));
    cls
}

pub fn timezone_class() -> Rc<Class> {
    let cls = runtime_class("datetime", "timezone", vec![tzinfo_class()], timezone_members);
    if cls.dict.borrow().get_str("utc").is_none() {
        cls.dict.borrow_mut().set_str("__tp_name__", Value::str("datetime.timezone"));
        let limit = US_PER_DAY - 60 * US_PER_SECOND;
        let (u, lo, hi) = (make_timezone(&cls, 0, Value::None), make_timezone(&cls, -limit, Value::None), make_timezone(&cls, limit, Value::None));
        let mut d = cls.dict.borrow_mut();
        d.set_str("utc", u);
        d.set_str("min", lo);
        d.set_str("max", hi);
    }
    cls
}

fn make_timezone(cls: &Rc<Class>, offset_us: i128, name: Value) -> Value {
    instance(cls, vec![("_offset", timedelta(offset_us).expect("offset within a day")), ("_name", name)])
}

/// `timezone.utc`.
pub fn utc() -> Value {
    timezone_class().dict.borrow().get_str("utc").expect("made with the class")
}

/// The fixed zone of an ISO or `%z` offset.
pub fn fixed_timezone(offset_us: i128) -> PyResult<Value> {
    if offset_us == 0 {
        return Ok(utc());
    }
    check_offset(offset_us)?;
    Ok(make_timezone(&timezone_class(), offset_us, Value::None))
}

fn check_offset(us: i128) -> PyResult<()> {
    if us.abs() >= US_PER_DAY {
        let shown = crate::value::text::repr_of(&timedelta(us)?)?;
        return Err(PyErr::value_error(format!(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {}.",
            shown
        )));
    }
    Ok(())
}

/// `tz.utcoffset(dt)` in microseconds (`None` when the zone says so).
pub fn offset_of(tz: &Value, dt: &Value) -> PyResult<Option<i128>> {
    zone_delta(tz, "utcoffset", dt)
}

/// `tz.utcoffset(arg)` or `tz.dst(arg)` in microseconds, checked as CPython's
/// `call_tzinfo_method` checks both: `None` or a timedelta strictly inside a day.
pub fn zone_delta(tz: &Value, name: &str, arg: &Value) -> PyResult<Option<i128>> {
    match call_method(tz, name, vec![arg.clone()], vec![])? {
        Value::None => Ok(None),
        v if is_timedelta(&v) => {
            let us = micros(&v)?;
            if us.abs() >= US_PER_DAY {
                // Unlike timezone()'s check, this one does not show the value.
                return Err(PyErr::value_error(
                    "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).",
                ));
            }
            Ok(Some(us))
        }
        v => Err(PyErr::type_error(format!(
            "tzinfo.{}() must return None or timedelta, not '{}'",
            name,
            v.type_name()
        ))),
    }
}

/// `dt.dst()` / `t.dst()`: the zone's answer for `arg` (the datetime itself, or None for a
/// time), None without a zone.
pub fn dst_of(tzinfo: &Value, arg: &Value) -> PyResult<Value> {
    if matches!(tzinfo, Value::None) {
        return Ok(Value::None);
    }
    match zone_delta(tzinfo, "dst", arg)? {
        Some(us) => timedelta(us),
        None => Ok(Value::None),
    }
}

/// `tz.tzname(dt)`.
pub fn tzname_of(tz: &Value, dt: &Value) -> PyResult<Option<String>> {
    match call_method(tz, "tzname", vec![dt.clone()], vec![])? {
        Value::None => Ok(None),
        Value::Str(s) => Ok(Some(s.as_str().to_string())),
        v => Err(PyErr::type_error(format!("tzinfo.tzname() must return None or a string, not '{}'", v.type_name()))),
    }
}

fn tz_offset(this: &Value) -> PyResult<i128> {
    micros(&attr(this, "_offset"))
}

fn tz_name(this: &Value) -> PyResult<String> {
    if let Value::Str(s) = attr(this, "_name") {
        return Ok(s.as_str().to_string());
    }
    let us = tz_offset(this)?;
    Ok(if us == 0 { "UTC".to_string() } else { format!("UTC{}", format_offset(us, ":")) })
}

fn timezone_init(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let offset = take_kw(&mut kwargs, "offset").or_else(|| args.first().cloned());
    let name = take_kw(&mut kwargs, "name").or_else(|| args.get(1).cloned()).unwrap_or(Value::None);
    let offset = match offset {
        Some(o) if is_timedelta(&o) => o,
        Some(o) => return Err(PyErr::type_error(format!("timezone() argument 1 must be datetime.timedelta, not {}", o.type_name()))),
        None => return Err(PyErr::type_error("timezone() missing required argument 'offset' (pos 1)")),
    };
    if !matches!(name, Value::None | Value::Str(_)) {
        return Err(PyErr::type_error(format!("timezone() argument 2 must be str, not {}", name.type_name())));
    }
    check_offset(micros(&offset)?)?;
    if let Value::Instance(i) = this {
        let mut d = i.dict.borrow_mut();
        d.set_str("_offset", offset);
        d.set_str("_name", name);
    }
    Ok(Value::None)
}

fn timezone_members() -> Vec<(&'static str, Value)> {
    vec![
        method_kw("__init__", timezone_init),
        method("utcoffset", |t, _, _| Ok(attr(t, "_offset"))),
        method("tzname", |t, _, _| Ok(Value::str(&tz_name(t)?))),
        method("dst", |_, _, _| Ok(Value::None)),
        method("fromutc", |t, a, _| super::datetime_fromutc::timezone_fromutc(t, a)),
        method("__str__", |t, _, _| Ok(Value::str(&tz_name(t)?))),
        method("__repr__", |t, _, _| {
            let us = tz_offset(t)?;
            let name = attr(t, "_name");
            if us == 0 && matches!(name, Value::None) {
                return Ok(Value::str("datetime.timezone.utc"));
            }
            let mut s = format!("datetime.timezone({}", crate::value::text::repr_of(&attr(t, "_offset"))?);
            if !matches!(name, Value::None) {
                s.push_str(&format!(", {}", crate::value::text::repr_of(&name)?));
            }
            s.push(')');
            Ok(Value::str(&s))
        }),
        method("__eq__", |t, a, _| match a.first() {
            Some(o) if is_a(o, "datetime", "timezone") => Ok(Value::Bool(tz_offset(t)? == tz_offset(o)?)),
            _ => Ok(Value::NotImplemented),
        }),
        method("__hash__", |t, _, _| {
            Ok(Value::int(crate::value::hash::hash_value(&Value::tuple(vec![Value::str("tz"), super::datetime_delta::big(tz_offset(t)?)?]))?))
        }),
    ]
}

pub fn time_class() -> Rc<Class> {
    let cls = runtime_class("datetime", "time", vec![], time_members);
    if cls.dict.borrow().get_str("max").is_none() {
        cls.dict.borrow_mut().set_str("__tp_name__", Value::str("datetime.time"));
        let (lo, hi) = (make_time(&cls, 0, 0, 0, 0, Value::None), make_time(&cls, 23, 59, 59, 999_999, Value::None));
        let mut d = cls.dict.borrow_mut();
        d.set_str("min", lo);
        d.set_str("max", hi);
        d.set_str("resolution", timedelta(1).expect("one microsecond"));
    }
    cls
}

pub fn new_time(h: i64, m: i64, s: i64, us: i64, tz: Value) -> Value {
    make_time(&time_class(), h, m, s, us, tz)
}

fn make_time(cls: &Rc<Class>, h: i64, m: i64, s: i64, us: i64, tz: Value) -> Value {
    instance(
        cls,
        vec![
            ("hour", Value::int(h)),
            ("minute", Value::int(m)),
            ("second", Value::int(s)),
            ("microsecond", Value::int(us)),
            ("tzinfo", tz),
            ("fold", Value::int(0)),
        ],
    )
}

/// A time's fields, with the zone's offset and name only where wanted: CPython asks the zone
/// only for what it shows or compares, and a zone may implement `utcoffset` alone.
fn time_fields(t: &Value, want_offset: bool, want_name: bool) -> PyResult<Fields> {
    let mut f = Fields {
        year: 1900,
        month: 1,
        day: 1,
        hour: attr_i64(t, "hour")?,
        minute: attr_i64(t, "minute")?,
        second: attr_i64(t, "second")?,
        micro: attr_i64(t, "microsecond")?,
        offset: None,
        tzname: None,
    };
    let tz = attr(t, "tzinfo");
    if !matches!(tz, Value::None) {
        if want_offset {
            f.offset = offset_of(&tz, &Value::None)?;
        }
        if want_name {
            f.tzname = tzname_of(&tz, &Value::None)?;
        }
    }
    Ok(f)
}

fn strftime_fields(t: &Value, fmt: &str) -> PyResult<Fields> {
    let (offset, name) = super::datetime_fmt::zone_directives(fmt);
    time_fields(t, offset, name)
}

fn time_iso(f: &Fields, spec: &str) -> PyResult<String> {
    let mut s = format_time(f, spec)?;
    if let Some(o) = f.offset {
        s.push_str(&format_offset(o, ":"));
    }
    Ok(s)
}

fn time_init(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let names = ["hour", "minute", "second", "microsecond", "tzinfo"];
    let fold = take_kw(&mut kwargs, "fold");
    let mut vals: Vec<Option<Value>> = args.into_iter().map(Some).collect();
    if vals.len() > names.len() {
        return Err(PyErr::type_error(format!("time() takes at most 5 arguments ({} given)", vals.len())));
    }
    vals.resize(names.len(), None);
    for (i, n) in names.iter().enumerate() {
        if let Some(v) = take_kw(&mut kwargs, n) {
            vals[i] = Some(v);
        }
    }
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for time()", k)));
    }
    let get = |i: usize| vals[i].as_ref().map_or(Ok(0), int_field);
    let (h, m, s, us) = (get(0)?, get(1)?, get(2)?, get(3)?);
    check_time(h, m, s, us)?;
    let tz = vals[4].clone().unwrap_or(Value::None);
    super::datetime_date::check_tzinfo(&tz)?;
    if let Value::Instance(i) = this {
        let mut d = i.dict.borrow_mut();
        d.set_str("hour", Value::int(h));
        d.set_str("minute", Value::int(m));
        d.set_str("second", Value::int(s));
        d.set_str("microsecond", Value::int(us));
        d.set_str("tzinfo", tz);
        d.set_str("fold", fold.unwrap_or_else(|| Value::int(0)));
    }
    Ok(Value::None)
}

fn time_key(f: &Fields) -> i128 {
    ((f.hour * 3600 + f.minute * 60 + f.second) as i128) * US_PER_SECOND + f.micro as i128 - f.offset.unwrap_or(0)
}

fn time_cmp(t: &Value, a: &[Value], test: fn(Ordering) -> bool, ordering: bool) -> PyResult<Value> {
    let o = match a.first() {
        Some(o) if is_a(o, "datetime", "time") => o.clone(),
        _ => return Ok(Value::NotImplemented),
    };
    let (x, y) = (time_fields(t, true, false)?, time_fields(&o, true, false)?);
    if x.offset.is_some() != y.offset.is_some() {
        if ordering {
            return Err(PyErr::type_error("can't compare offset-naive and offset-aware times"));
        }
        return Ok(Value::Bool(test(Ordering::Less)));
    }
    Ok(Value::Bool(test(time_key(&x).cmp(&time_key(&y)))))
}

fn time_members() -> Vec<(&'static str, Value)> {
    let mut members = super::datetime_::comparisons(time_cmp, |_| false);
    members.extend(vec![
        method_kw("__init__", time_init),
        method("__repr__", |t, _, _| {
            let f = time_fields(t, false, false)?;
            let mut parts = vec![f.hour, f.minute, f.second, f.micro];
            if parts[3] == 0 {
                parts.pop();
                if parts[2] == 0 {
                    parts.pop();
                }
            }
            let joined: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
            let mut s = format!("datetime.time({}", joined.join(", "));
            let tz = attr(t, "tzinfo");
            if !matches!(tz, Value::None) {
                s.push_str(&format!(", tzinfo={}", crate::value::text::repr_of(&tz)?));
            }
            s.push(')');
            Ok(Value::str(&s))
        }),
        method("__str__", |t, _, _| Ok(Value::str(&time_iso(&time_fields(t, true, false)?, "auto")?))),
        method_kw("isoformat", |t, a, mut k| {
            let spec = take_kw(&mut k, "timespec").or_else(|| a.first().cloned());
            let spec = match spec {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => "auto".to_string(),
            };
            Ok(Value::str(&time_iso(&time_fields(t, true, false)?, &spec)?))
        }),
        method("strftime", |t, a, _| match a.first() {
            Some(Value::Str(s)) => Ok(Value::str(&strftime(s.as_str(), &strftime_fields(t, s.as_str())?)?)),
            _ => Err(PyErr::type_error("strftime() argument 1 must be str")),
        }),
        method("__format__", |t, a, _| match a.first() {
            Some(Value::Str(s)) if s.as_str().is_empty() => Ok(Value::Str(crate::value::text::str_of(t)?)),
            Some(Value::Str(s)) => Ok(Value::str(&strftime(s.as_str(), &strftime_fields(t, s.as_str())?)?)),
            _ => Err(PyErr::type_error("format() argument 1 must be str")),
        }),
        method_kw("replace", |t, a, mut k| {
            let f = time_fields(t, false, false)?;
            let names = ["hour", "minute", "second", "microsecond", "tzinfo"];
            let mut vals: Vec<Option<Value>> = a.into_iter().map(Some).collect();
            vals.resize(names.len(), None);
            for (i, n) in names.iter().enumerate() {
                if let Some(v) = take_kw(&mut k, n) {
                    vals[i] = Some(v);
                }
            }
            let pick = |i: usize, old: i64| vals[i].as_ref().map_or(Ok(old), int_field);
            let (h, m, s, us) = (pick(0, f.hour)?, pick(1, f.minute)?, pick(2, f.second)?, pick(3, f.micro)?);
            check_time(h, m, s, us)?;
            Ok(new_time(h, m, s, us, vals[4].clone().unwrap_or_else(|| attr(t, "tzinfo"))))
        }),
        method("utcoffset", |t, _, _| match time_fields(t, true, false)?.offset {
            Some(o) => timedelta(o),
            None => Ok(Value::None),
        }),
        method("tzname", |t, _, _| Ok(time_fields(t, false, true)?.tzname.map_or(Value::None, |s| Value::str(&s)))),
        method("dst", |t, _, _| dst_of(&attr(t, "tzinfo"), &Value::None)),
        method("__hash__", |t, _, _| {
            let key = time_key(&time_fields(t, true, false)?);
            Ok(Value::int(crate::value::hash::hash_value(&Value::tuple(vec![Value::str("time"), super::datetime_delta::big(key)?]))?))
        }),
        (
            "fromisoformat",
            crate::value::class::make_classmethod(
                method("fromisoformat", |_, a, _| {
                    let text = match a.first() {
                        Some(Value::Str(s)) => s.as_str().to_string(),
                        Some(v) => return Err(PyErr::type_error(format!("fromisoformat: argument must be str, not {}", v.type_name()))),
                        None => return Err(PyErr::type_error("fromisoformat() takes exactly one argument (0 given)")),
                    };
                    let chars: Vec<char> = text.trim_start_matches('T').chars().collect();
                    let invalid = || {
                        PyErr::value_error(format!(
                            "Invalid isoformat string: {}",
                            crate::value::text::repr_of(&Value::str(&text)).map(|s| s.to_string()).unwrap_or_default()
                        ))
                    };
                    let ((h, m, s, us), off) = parse_iso_time(&chars).ok_or_else(invalid)?;
                    check_time(h, m, s, us)?;
                    let tz = match off {
                        Some(o) => fixed_timezone(o)?,
                        None => Value::None,
                    };
                    Ok(new_time(h, m, s, us, tz))
                })
                .1,
            ),
        ),
    ]);
    members
}
