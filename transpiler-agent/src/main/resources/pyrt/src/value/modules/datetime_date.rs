//! `datetime.date` and `datetime.datetime` (a subclass, as in CPython). Values keep their fields
//! as instance attributes; aware datetimes compare and subtract through their UTC offsets.

use super::args::take_kw;
use super::datetime_::{
    comparisons, attr, attr_i64, check_date, check_time, int_field, iso_calendar, ord_to_ymd, weekday, ymd_to_ord, US_PER_DAY,
    US_PER_SECOND,
};
use super::datetime_delta::{is_timedelta, micros, timedelta};
use super::datetime_fmt::{ctime, format_offset, format_time, parse_iso_date, parse_iso_time, strftime, strptime, Fields};
use super::datetime_time::{new_time, offset_of, tzname_of};
pub use super::datetime_time::{time_class, timezone_class, tzinfo_class, utc};
use super::objs::{instance, is_a, method, method_kw, runtime_class};
use crate::exc::{PyErr, PyResult};
use crate::value::class::make_classmethod;
use crate::value::{Class, Kwargs, Value};
use std::cmp::Ordering;
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

/// Ordinal of 1970-01-01.
const EPOCH_ORD: i64 = 719_163;

pub fn date_class() -> Rc<Class> {
    let cls = runtime_class("datetime", "date", vec![], date_members);
    if cls.dict.borrow().get_str("max").is_none() {
        cls.dict.borrow_mut().set_str("__tp_name__", Value::str("datetime.date"));
        let (min, max) = (make_date(&cls, 1, 1, 1), make_date(&cls, 9999, 12, 31));
        let mut d = cls.dict.borrow_mut();
        d.set_str("min", min);
        d.set_str("max", max);
        d.set_str("resolution", timedelta(US_PER_DAY).expect("one day"));
    }
    cls
}

pub fn datetime_class() -> Rc<Class> {
    let cls = runtime_class("datetime", "datetime", vec![date_class()], datetime_members);
    if cls.dict.borrow().get_str("__tp_name__").is_none() {
        cls.dict.borrow_mut().set_str("__tp_name__", Value::str("datetime.datetime"));
        let min = make_datetime(&cls, &Fields { year: 1, month: 1, day: 1, ..Fields::default() }, Value::None);
        let max_fields = Fields { year: 9999, month: 12, day: 31, hour: 23, minute: 59, second: 59, micro: 999_999, ..Fields::default() };
        let max = make_datetime(&cls, &max_fields, Value::None);
        let mut d = cls.dict.borrow_mut();
        d.set_str("min", min);
        d.set_str("max", max);
        d.set_str("resolution", timedelta(1).expect("one microsecond"));
    }
    cls
}

fn make_date(cls: &Rc<Class>, y: i64, m: i64, d: i64) -> Value {
    instance(cls, vec![("year", Value::int(y)), ("month", Value::int(m)), ("day", Value::int(d))])
}

fn make_datetime(cls: &Rc<Class>, f: &Fields, tz: Value) -> Value {
    instance(cls, datetime_attrs(f, tz, Value::int(0)))
}

/// The attributes a datetime keeps.
fn datetime_attrs(f: &Fields, tz: Value, fold: Value) -> Vec<(&'static str, Value)> {
    vec![
        ("year", Value::int(f.year)),
        ("month", Value::int(f.month)),
        ("day", Value::int(f.day)),
        ("hour", Value::int(f.hour)),
        ("minute", Value::int(f.minute)),
        ("second", Value::int(f.second)),
        ("microsecond", Value::int(f.micro)),
        ("tzinfo", tz),
        ("fold", fold),
    ]
}

pub fn is_datetime(v: &Value) -> bool {
    is_a(v, "datetime", "datetime")
}

pub fn is_date(v: &Value) -> bool {
    is_a(v, "datetime", "date")
}

fn out_of_range() -> PyErr {
    PyErr::overflow_error("date value out of range")
}

/// A date from an ordinal; OverflowError outside 1..=9999.
pub fn date_from_ord(ord: i64) -> PyResult<Value> {
    if !(1..=3_652_059).contains(&ord) {
        return Err(out_of_range());
    }
    let (y, m, d) = ord_to_ymd(ord);
    Ok(make_date(&date_class(), y, m, d))
}

/// The fields of a date or datetime (a date's time is midnight), without the zone's offset
/// and name: asking the zone runs its Python code, which may itself call methods of the same
/// datetime (`dt.replace(tzinfo=None)` in a `dst()`), so only formatting asks (`zoned_fields`).
pub fn fields_of(v: &Value) -> PyResult<Fields> {
    let get = |name: &str| match attr(v, name) {
        Value::Int(i) => i.to_i64().unwrap_or(0),
        _ => 0,
    };
    let f = Fields {
        year: attr_i64(v, "year")?,
        month: get("month"),
        day: get("day"),
        hour: get("hour"),
        minute: get("minute"),
        second: get("second"),
        micro: get("microsecond"),
        offset: None,
        tzname: None,
    };
    Ok(f)
}

/// `fields_of` with the zone's offset and name where wanted, as CPython asks for them only when
/// the text shows them (`isoformat` the offset, `strftime` what its format names).
pub fn zoned_fields(v: &Value, want_offset: bool, want_name: bool) -> PyResult<Fields> {
    let mut f = fields_of(v)?;
    let tz = if is_datetime(v) { attr(v, "tzinfo") } else { Value::None };
    if !matches!(tz, Value::None) {
        if want_offset {
            f.offset = offset_of(&tz, v)?;
        }
        if want_name {
            f.tzname = tzname_of(&tz, v)?;
        }
    }
    Ok(f)
}

/// What `strftime(fmt)` formats. Like CPython's, it calls the (overridable) `timetuple()`
/// first, so a zone without `dst()` fails there, before the zone's offset and name are asked.
fn strftime_fields(v: &Value, fmt: &str) -> PyResult<Fields> {
    crate::value::func::call_method(v, "timetuple", vec![], vec![])?;
    let (offset, name) = super::datetime_fmt::zone_directives(fmt);
    zoned_fields(v, offset, name)
}

/// Microseconds since 0001-01-01 of a datetime's wall-clock fields.
pub(super) fn local_micros(f: &Fields) -> i128 {
    let ord = ymd_to_ord(f.year, f.month, f.day) as i128;
    (ord - 1) * US_PER_DAY
        + ((f.hour * 3600 + f.minute * 60 + f.second) as i128) * US_PER_SECOND
        + f.micro as i128
}

fn fields_from_micros(us: i128) -> PyResult<Fields> {
    let days = us.div_euclid(US_PER_DAY);
    let rest = us.rem_euclid(US_PER_DAY);
    let ord = days + 1;
    if !(1..=3_652_059).contains(&ord) {
        return Err(out_of_range());
    }
    let (year, month, day) = ord_to_ymd(ord as i64);
    let secs = (rest / US_PER_SECOND) as i64;
    Ok(Fields {
        year,
        month,
        day,
        hour: secs / 3600,
        minute: secs / 60 % 60,
        second: secs % 60,
        micro: (rest % US_PER_SECOND) as i64,
        offset: None,
        tzname: None,
    })
}

/// A datetime (of `cls`) from wall-clock microseconds and a tzinfo.
pub(super) fn datetime_from_micros(cls: &Rc<Class>, us: i128, tz: Value) -> PyResult<Value> {
    Ok(make_datetime(cls, &fields_from_micros(us)?, tz))
}

fn other(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

/// Positional-or-keyword arguments `names` of a constructor, `None` where absent.
fn bind_fields(fname: &str, names: &[&str], args: Vec<Value>, kwargs: &mut Kwargs) -> PyResult<Vec<Option<Value>>> {
    if args.len() > names.len() {
        return Err(PyErr::type_error(format!(
            "{}() takes at most {} arguments ({} given)",
            fname,
            names.len(),
            args.len()
        )));
    }
    let mut out: Vec<Option<Value>> = args.into_iter().map(Some).collect();
    out.resize(names.len(), None);
    for (i, n) in names.iter().enumerate() {
        if let Some(v) = take_kw(kwargs, n) {
            if out[i].is_some() {
                return Err(PyErr::type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, n, i + 1)));
            }
            out[i] = Some(v);
        }
    }
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {}()", k, fname)));
    }
    Ok(out)
}

fn required(v: &Option<Value>, fname: &str, name: &str, pos: usize) -> PyResult<i64> {
    match v {
        Some(v) => int_field(v),
        None => Err(PyErr::type_error(format!("{}() missing required argument '{}' (pos {})", fname, name, pos))),
    }
}

fn optional(v: &Option<Value>) -> PyResult<i64> {
    v.as_ref().map_or(Ok(0), int_field)
}

fn set_attrs(this: &Value, attrs: Vec<(&str, Value)>) {
    if let Value::Instance(i) = this {
        let mut d = i.dict.borrow_mut();
        for (k, v) in attrs {
            d.set_str(k, v);
        }
    }
}

fn date_init(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let b = bind_fields("date", &["year", "month", "day"], args, &mut kwargs)?;
    let (y, m, d) = (required(&b[0], "date", "year", 1)?, required(&b[1], "date", "month", 2)?, required(&b[2], "date", "day", 3)?);
    check_date(y, m, d)?;
    set_attrs(this, vec![("year", Value::int(y)), ("month", Value::int(m)), ("day", Value::int(d))]);
    Ok(Value::None)
}

pub fn check_tzinfo(tz: &Value) -> PyResult<()> {
    if matches!(tz, Value::None) || is_a(tz, "datetime", "tzinfo") {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "tzinfo argument must be None or of a tzinfo subclass, not type '{}'",
            tz.type_name()
        )))
    }
}

fn datetime_init(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let names = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"];
    let fold = take_kw(&mut kwargs, "fold");
    let b = bind_fields("datetime", &names, args, &mut kwargs)?;
    let f = Fields {
        year: required(&b[0], "datetime", "year", 1)?,
        month: required(&b[1], "datetime", "month", 2)?,
        day: required(&b[2], "datetime", "day", 3)?,
        hour: optional(&b[3])?,
        minute: optional(&b[4])?,
        second: optional(&b[5])?,
        micro: optional(&b[6])?,
        offset: None,
        tzname: None,
    };
    check_date(f.year, f.month, f.day)?;
    check_time(f.hour, f.minute, f.second, f.micro)?;
    let tz = b[7].clone().unwrap_or(Value::None);
    check_tzinfo(&tz)?;
    set_attrs(this, datetime_attrs(&f, tz, fold.unwrap_or_else(|| Value::int(0))));
    Ok(Value::None)
}

fn ord_of(v: &Value) -> PyResult<i64> {
    let f = fields_of(v)?;
    Ok(ymd_to_ord(f.year, f.month, f.day))
}

fn date_add(this: &Value, args: &[Value]) -> PyResult<Value> {
    let o = other(args);
    if !is_timedelta(&o) {
        return Ok(Value::NotImplemented);
    }
    let days = micros(&o)?.div_euclid(US_PER_DAY);
    date_from_ord(ord_of(this)? + days as i64)
}

fn date_sub(this: &Value, args: &[Value]) -> PyResult<Value> {
    let o = other(args);
    if is_timedelta(&o) {
        let days = micros(&o)?.div_euclid(US_PER_DAY);
        return date_from_ord(ord_of(this)? - days as i64);
    }
    if is_date(&o) && !is_datetime(&o) {
        return timedelta((ord_of(this)? - ord_of(&o)?) as i128 * US_PER_DAY);
    }
    Ok(Value::NotImplemented)
}

fn date_cmp(this: &Value, args: &[Value], test: fn(Ordering) -> bool, ordering: bool) -> PyResult<Value> {
    let o = other(args);
    if is_datetime(&o) {
        if ordering {
            return Err(PyErr::type_error("can't compare datetime.datetime to datetime.date"));
        }
        return Ok(Value::NotImplemented);
    }
    if !is_date(&o) {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(test(ord_of(this)?.cmp(&ord_of(&o)?))))
}

fn date_repr(this: &Value) -> PyResult<Value> {
    let f = fields_of(this)?;
    let name = class_name(this);
    Ok(Value::str(&format!("datetime.{}({}, {}, {})", name, f.year, f.month, f.day)))
}

fn class_name(v: &Value) -> String {
    match v {
        Value::Instance(i) => i.class.name.to_string(),
        _ => "date".to_string(),
    }
}

fn iso_date(f: &Fields) -> String {
    format!("{:04}-{:02}-{:02}", f.year, f.month, f.day)
}

fn format_spec(this: &Value, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Str(s)) if s.as_str().is_empty() => Ok(Value::Str(crate::value::text::str_of(this)?)),
        Some(Value::Str(s)) => Ok(Value::str(&strftime(s.as_str(), &strftime_fields(this, s.as_str())?)?)),
        Some(v) => Err(PyErr::type_error(format!("format() argument 1 must be str, not {}", v.type_name()))),
        None => Err(PyErr::type_error("__format__() takes exactly 1 argument (0 given)")),
    }
}

fn strftime_method(this: &Value, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Str(s)) => Ok(Value::str(&strftime(s.as_str(), &strftime_fields(this, s.as_str())?)?)),
        Some(v) => Err(PyErr::type_error(format!("strftime() argument 1 must be str, not {}", v.type_name()))),
        None => Err(PyErr::type_error("strftime() missing required argument 'format' (pos 1)")),
    }
}

fn iso_calendar_value(this: &Value) -> PyResult<Value> {
    let f = fields_of(this)?;
    let (y, w, d) = iso_calendar(f.year, f.month, f.day);
    let cls = crate::value::class::cached_class("datetime.IsoCalendarDate", || {
        let cls = super::collections::make_namedtuple("IsoCalendarDate", vec!["year".into(), "week".into(), "weekday".into()], vec![])
            .expect("valid fields");
        cls.dict.borrow_mut().set_str("__module__", Value::str("datetime"));
        cls.dict.borrow_mut().set_str(
            "__repr__",
            method("__repr__", |t, _, _| {
                let items = crate::value::iterate::collect(t)?;
                let s: Vec<String> = items.iter().map(|v| crate::value::text::str_of(v).map(|s| s.to_string())).collect::<PyResult<_>>()?;
                Ok(Value::str(&format!("datetime.IsoCalendarDate(year={}, week={}, weekday={})", s[0], s[1], s[2])))
            })
            .1,
        );
        cls
    });
    crate::value::func::call(&Value::Class(cls), vec![Value::int(y), Value::int(w), Value::int(d)], vec![])
}

fn now_micros() -> i128 {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    (EPOCH_ORD as i128 - 1) * US_PER_DAY + d.as_micros() as i128
}

fn class_arg(cls: &Value) -> Rc<Class> {
    match cls {
        Value::Class(c) => c.clone(),
        _ => date_class(),
    }
}

fn new_of_class(cls: &Rc<Class>, f: &Fields, tz: Value) -> Value {
    if cls.mro.borrow().iter().any(|c| c.name.as_str() == "datetime" && c.module.as_str() == "datetime") {
        make_datetime(cls, f, tz)
    } else {
        make_date(cls, f.year, f.month, f.day)
    }
}

fn invalid_iso(text: &str) -> PyErr {
    PyErr::value_error(format!(
        "Invalid isoformat string: {}",
        crate::value::text::repr_of(&Value::str(text)).map(|s| s.to_string()).unwrap_or_default()
    ))
}

fn str_arg(args: &[Value], fname: &str) -> PyResult<String> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(v) => Err(PyErr::type_error(format!("{}: argument must be str, not {}", fname, v.type_name()))),
        None => Err(PyErr::type_error(format!("{}() takes exactly one argument (0 given)", fname))),
    }
}

fn date_fromisoformat(cls: &Value, args: &[Value]) -> PyResult<Value> {
    let text = str_arg(args, "fromisoformat")?;
    let chars: Vec<char> = text.chars().collect();
    match parse_iso_date(&chars) {
        Some(((y, m, d), n)) if n == chars.len() && (n == 10 || n == 8 || chars.contains(&'W')) => {
            check_date(y, m, d)?;
            Ok(make_date(&class_arg(cls), y, m, d))
        }
        _ => Err(invalid_iso(&text)),
    }
}

fn datetime_fromisoformat(cls: &Value, args: &[Value]) -> PyResult<Value> {
    let text = str_arg(args, "fromisoformat")?;
    let chars: Vec<char> = text.chars().collect();
    let ((y, m, d), n) = parse_iso_date(&chars).ok_or_else(|| invalid_iso(&text))?;
    let mut f = Fields { year: y, month: m, day: d, ..Fields::default() };
    let mut offset = None;
    if n < chars.len() {
        let ((hh, mm, ss, us), off) = parse_iso_time(&chars[n + 1..]).ok_or_else(|| invalid_iso(&text))?;
        f.hour = hh;
        f.minute = mm;
        f.second = ss;
        f.micro = us;
        offset = off;
    }
    check_date(f.year, f.month, f.day)?;
    check_time(f.hour, f.minute, f.second, f.micro)?;
    let tz = match offset {
        Some(o) => super::datetime_time::fixed_timezone(o)?,
        None => Value::None,
    };
    Ok(make_datetime(&class_arg(cls), &f, tz))
}

/// `date.timetuple()` and `datetime.timetuple()`: a `time.struct_time` whose `tm_isdst` is
/// -1 unless `dst()` gives a duration (1 when it is not zero), and whose `tm_zone` and
/// `tm_gmtoff` are None.
fn timetuple(t: &Value) -> PyResult<Value> {
    let f = fields_of(t)?;
    let isdst = if is_datetime(t) {
        match crate::value::func::call_method(t, "dst", vec![], vec![])? {
            Value::None => -1,
            d => i64::from(micros(&d)? != 0),
        }
    } else {
        -1
    };
    let yday = ymd_to_ord(f.year, f.month, f.day) - ymd_to_ord(f.year, 1, 1) + 1;
    let values = [f.year, f.month, f.day, f.hour, f.minute, f.second, weekday(f.year, f.month, f.day), yday, isdst];
    let mut values: Vec<Value> = values.iter().map(|v| Value::int(*v)).collect();
    values.extend([Value::None, Value::None]);
    Ok(super::time_struct::struct_time(values))
}

fn date_members() -> Vec<(&'static str, Value)> {
    let mut members = comparisons(date_cmp, is_datetime);
    members.extend(vec![
        method_kw("__init__", date_init),
        method("__repr__", |t, _, _| date_repr(t)),
        method("__str__", |t, _, _| Ok(Value::str(&iso_date(&fields_of(t)?)))),
        method("isoformat", |t, _, _| Ok(Value::str(&iso_date(&fields_of(t)?)))),
        method("__format__", |t, a, _| format_spec(t, &a)),
        method("strftime", |t, a, _| strftime_method(t, &a)),
        method("ctime", |t, _, _| Ok(Value::str(&ctime(&fields_of(t)?)))),
        method("weekday", |t, _, _| {
            let f = fields_of(t)?;
            Ok(Value::int(weekday(f.year, f.month, f.day)))
        }),
        method("isoweekday", |t, _, _| {
            let f = fields_of(t)?;
            Ok(Value::int(weekday(f.year, f.month, f.day) + 1))
        }),
        method("isocalendar", |t, _, _| iso_calendar_value(t)),
        method("toordinal", |t, _, _| Ok(Value::int(ord_of(t)?))),
        method("timetuple", |t, _, _| timetuple(t)),
        method_kw("replace", |t, a, mut k| {
            let f = fields_of(t)?;
            let b = bind_fields("replace", &["year", "month", "day"], a, &mut k)?;
            let pick = |v: &Option<Value>, old: i64| v.as_ref().map_or(Ok(old), int_field);
            let (y, m, d) = (pick(&b[0], f.year)?, pick(&b[1], f.month)?, pick(&b[2], f.day)?);
            check_date(y, m, d)?;
            Ok(make_date(&date_class(), y, m, d))
        }),
        method("__add__", |t, a, _| date_add(t, &a)),
        method("__radd__", |t, a, _| date_add(t, &a)),
        method("__sub__", |t, a, _| date_sub(t, &a)),
        method("__hash__", |t, _, _| Ok(Value::int(crate::value::hash::hash_value(&Value::tuple(vec![Value::str("date"), Value::int(ord_of(t)?)]))?))),
        method("__copy__", |t, _, _| Ok(t.clone())),
        method("__deepcopy__", |t, _, _| Ok(t.clone())),
        (
            "today",
            make_classmethod(method("today", |c, _, _| {
                let f = fields_from_micros(now_micros())?;
                Ok(new_of_class(&class_arg(c), &f, Value::None))
            }).1),
        ),
        (
            "fromordinal",
            make_classmethod(method("fromordinal", |c, a, _| {
                let n = int_field(&other(&a))?;
                if n < 1 {
                    return Err(PyErr::value_error("ordinal must be >= 1"));
                }
                let (y, m, d) = ord_to_ymd(n);
                check_date(y, m, d)?;
                Ok(new_of_class(&class_arg(c), &Fields { year: y, month: m, day: d, ..Fields::default() }, Value::None))
            }).1),
        ),
        ("fromisoformat", make_classmethod(method("fromisoformat", |c, a, _| date_fromisoformat(c, &a)).1)),
        (
            "fromisocalendar",
            make_classmethod(method("fromisocalendar", |c, a, _| {
                if a.len() != 3 {
                    return Err(PyErr::type_error("fromisocalendar() takes exactly 3 arguments"));
                }
                let (y, w, d) = (int_field(&a[0])?, int_field(&a[1])?, int_field(&a[2])?);
                let (y, m, d) = super::datetime_::iso_to_ymd(y, w, d).ok_or_else(|| PyErr::value_error(format!("Invalid week: {}", w)))?;
                Ok(new_of_class(&class_arg(c), &Fields { year: y, month: m, day: d, ..Fields::default() }, Value::None))
            }).1),
        ),
        (
            "fromtimestamp",
            make_classmethod(method("fromtimestamp", |c, a, _| {
                let us = timestamp_micros(&other(&a))?;
                let f = fields_from_micros(us + (EPOCH_ORD as i128 - 1) * US_PER_DAY)?;
                Ok(new_of_class(&class_arg(c), &f, Value::None))
            }).1),
        ),
    ]);
    members
}

/// A POSIX timestamp in microseconds, rounded half to even as CPython rounds it.
fn timestamp_micros(v: &Value) -> PyResult<i128> {
    match v {
        Value::Int(i) => Ok(i.to_i64().ok_or_else(|| PyErr::overflow_error("timestamp out of range for platform time_t"))? as i128 * US_PER_SECOND),
        Value::Bool(b) => Ok(i128::from(*b) * US_PER_SECOND),
        Value::Float(f) if f.is_finite() => {
            let r = super::rational::Ratio::from_f64(*f)?.mul(&super::rational::Ratio::int(crate::int::Int::from(1_000_000i64)));
            r.round_even().to_string().parse::<i128>().map_err(|_| PyErr::overflow_error("timestamp out of range for platform time_t"))
        }
        Value::Float(_) => Err(PyErr::value_error("Invalid value NaN (not a number)")),
        other => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))),
    }
}

/// The UTC offset of a datetime, in microseconds, or `None` when naive.
fn offset(v: &Value) -> PyResult<Option<i128>> {
    let tz = attr(v, "tzinfo");
    if matches!(tz, Value::None) {
        return Ok(None);
    }
    offset_of(&tz, v)
}

fn datetime_add(this: &Value, args: &[Value]) -> PyResult<Value> {
    let o = other(args);
    if !is_timedelta(&o) {
        return Ok(Value::NotImplemented);
    }
    let f = fields_of(this)?;
    datetime_from_micros(&datetime_class(), local_micros(&f) + micros(&o)?, attr(this, "tzinfo"))
}

fn datetime_sub(this: &Value, args: &[Value]) -> PyResult<Value> {
    let o = other(args);
    if is_timedelta(&o) {
        let f = fields_of(this)?;
        return datetime_from_micros(&datetime_class(), local_micros(&f) - micros(&o)?, attr(this, "tzinfo"));
    }
    if !is_datetime(&o) {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = (fields_of(this)?, fields_of(&o)?);
    let (oa, ob) = (offset(this)?, offset(&o)?);
    let diff = match (oa, ob) {
        (None, None) => local_micros(&a) - local_micros(&b),
        (Some(x), Some(y)) => (local_micros(&a) - x) - (local_micros(&b) - y),
        _ => return Err(PyErr::type_error("can't subtract offset-naive and offset-aware datetimes")),
    };
    timedelta(diff)
}

fn datetime_cmp(this: &Value, args: &[Value], test: fn(Ordering) -> bool, ordering: bool) -> PyResult<Value> {
    let o = other(args);
    if !is_datetime(&o) {
        if is_date(&o) && ordering {
            return Err(PyErr::type_error("can't compare datetime.datetime to datetime.date"));
        }
        return Ok(Value::NotImplemented);
    }
    let (a, b) = (fields_of(this)?, fields_of(&o)?);
    let ord = match (offset(this)?, offset(&o)?) {
        (None, None) => local_micros(&a).cmp(&local_micros(&b)),
        (Some(x), Some(y)) => (local_micros(&a) - x).cmp(&(local_micros(&b) - y)),
        _ if !ordering => return Ok(Value::Bool(test(Ordering::Less))),
        _ => return Err(PyErr::type_error("can't compare offset-naive and offset-aware datetimes")),
    };
    Ok(Value::Bool(test(ord)))
}

fn datetime_repr(this: &Value) -> PyResult<Value> {
    let f = fields_of(this)?;
    let mut parts = vec![f.year, f.month, f.day, f.hour, f.minute, f.second, f.micro];
    if parts[6] == 0 {
        parts.pop();
        if parts[5] == 0 {
            parts.pop();
        }
    }
    let joined: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
    let mut s = format!("datetime.{}({}", class_name(this), joined.join(", "));
    let tz = attr(this, "tzinfo");
    if !matches!(tz, Value::None) {
        s.push_str(&format!(", tzinfo={}", crate::value::text::repr_of(&tz)?));
    }
    s.push(')');
    Ok(Value::str(&s))
}

fn isoformat(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let b = bind_fields("isoformat", &["sep", "timespec"], args, &mut kwargs)?;
    let sep = match &b[0] {
        Some(Value::Str(s)) if s.as_str().chars().count() == 1 => s.as_str().to_string(),
        Some(Value::Str(_)) => return Err(PyErr::type_error("isoformat() argument 1 must be a unicode character, not str")),
        Some(v) => return Err(PyErr::type_error(format!("isoformat() argument 1 must be a unicode character, not {}", v.type_name()))),
        None => "T".to_string(),
    };
    let spec = match &b[1] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "auto".to_string(),
    };
    Ok(Value::str(&iso_datetime(&zoned_fields(this, true, false)?, &sep, &spec)?))
}

pub fn iso_datetime(f: &Fields, sep: &str, spec: &str) -> PyResult<String> {
    let mut s = format!("{}{}{}", iso_date(f), sep, format_time(f, spec)?);
    if let Some(o) = f.offset {
        s.push_str(&format_offset(o, ":"));
    }
    Ok(s)
}

fn datetime_replace(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let names = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo"];
    let _ = take_kw(&mut kwargs, "fold");
    let b = bind_fields("replace", &names, args, &mut kwargs)?;
    let f = fields_of(this)?;
    let pick = |v: &Option<Value>, old: i64| v.as_ref().map_or(Ok(old), int_field);
    let n = Fields {
        year: pick(&b[0], f.year)?,
        month: pick(&b[1], f.month)?,
        day: pick(&b[2], f.day)?,
        hour: pick(&b[3], f.hour)?,
        minute: pick(&b[4], f.minute)?,
        second: pick(&b[5], f.second)?,
        micro: pick(&b[6], f.micro)?,
        offset: None,
        tzname: None,
    };
    check_date(n.year, n.month, n.day)?;
    check_time(n.hour, n.minute, n.second, n.micro)?;
    let tz = b[7].clone().unwrap_or_else(|| attr(this, "tzinfo"));
    check_tzinfo(&tz)?;
    Ok(make_datetime(&datetime_class(), &n, tz))
}

fn astimezone(this: &Value, args: &[Value]) -> PyResult<Value> {
    let target = other(args);
    let f = fields_of(this)?;
    let tz = if matches!(target, Value::None) { utc() } else { target };
    check_tzinfo(&tz)?;
    if crate::value::compare::is(&attr(this, "tzinfo"), &tz) {
        return Ok(this.clone());
    }
    // A naive datetime is local time, and a WASM module's local time is UTC.
    let utc_us = local_micros(&f) - offset(this)?.unwrap_or(0);
    let as_utc = datetime_from_micros(&datetime_class(), utc_us, tz.clone())?;
    crate::value::func::call_method(&tz, "fromutc", vec![as_utc], vec![])
}

fn timestamp(this: &Value) -> PyResult<Value> {
    let f = fields_of(this)?;
    let us = local_micros(&f) - offset(this)?.unwrap_or(0) - (EPOCH_ORD as i128 - 1) * US_PER_DAY;
    match super::datetime_delta::big(us)? {
        Value::Int(i) => Ok(Value::float(i.truediv(&crate::int::Int::from(1_000_000i64))?)),
        _ => Err(PyErr::type_error("corrupt datetime object")),
    }
}

fn tz_arg(args: &[Value], kwargs: &mut Kwargs, at: usize) -> PyResult<Value> {
    let tz = take_kw(kwargs, "tz").or_else(|| args.get(at).cloned()).unwrap_or(Value::None);
    check_tzinfo(&tz)?;
    Ok(tz)
}

fn from_utc_micros(cls: &Value, utc_us: i128, tz: Value) -> PyResult<Value> {
    let c = class_arg(cls);
    if matches!(tz, Value::None) {
        return datetime_from_micros(&c, utc_us, Value::None);
    }
    let as_utc = datetime_from_micros(&c, utc_us, tz.clone())?;
    crate::value::func::call_method(&tz, "fromutc", vec![as_utc], vec![])
}

fn datetime_members() -> Vec<(&'static str, Value)> {
    let mut members = comparisons(datetime_cmp, is_date);
    members.extend(vec![
        method_kw("__init__", datetime_init),
        method("__repr__", |t, _, _| datetime_repr(t)),
        method("__str__", |t, _, _| Ok(Value::str(&iso_datetime(&zoned_fields(t, true, false)?, " ", "auto")?))),
        method_kw("isoformat", isoformat),
        method("__add__", |t, a, _| datetime_add(t, &a)),
        method("__radd__", |t, a, _| datetime_add(t, &a)),
        method("__sub__", |t, a, _| datetime_sub(t, &a)),
        method("__hash__", |t, _, _| {
            let f = fields_of(t)?;
            let us = local_micros(&f) - offset(t)?.unwrap_or(0);
            Ok(Value::int(crate::value::hash::hash_value(&Value::tuple(vec![Value::str("datetime"), super::datetime_delta::big(us)?]))?))
        }),
        method("date", |t, _, _| {
            let f = fields_of(t)?;
            Ok(make_date(&date_class(), f.year, f.month, f.day))
        }),
        method("time", |t, _, _| {
            let f = fields_of(t)?;
            Ok(new_time(f.hour, f.minute, f.second, f.micro, Value::None))
        }),
        method("timetz", |t, _, _| {
            let f = fields_of(t)?;
            Ok(new_time(f.hour, f.minute, f.second, f.micro, attr(t, "tzinfo")))
        }),
        method_kw("replace", datetime_replace),
        method("utcoffset", |t, _, _| match offset(t)? {
            Some(o) => timedelta(o),
            None => Ok(Value::None),
        }),
        method("tzname", |t, _, _| {
            let tz = attr(t, "tzinfo");
            if matches!(tz, Value::None) {
                return Ok(Value::None);
            }
            Ok(tzname_of(&tz, t)?.map_or(Value::None, |s| Value::str(&s)))
        }),
        method("dst", |t, _, _| super::datetime_time::dst_of(&attr(t, "tzinfo"), t)),
        method("astimezone", |t, a, _| astimezone(t, &a)),
        method("timestamp", |t, _, _| timestamp(t)),
        (
            "now",
            make_classmethod(method_kw("now", |c, a, mut k| {
                let tz = tz_arg(&a, &mut k, 0)?;
                from_utc_micros(c, now_micros(), tz)
            }).1),
        ),
        (
            "utcnow",
            make_classmethod(method("utcnow", |c, _, _| datetime_from_micros(&class_arg(c), now_micros(), Value::None)).1),
        ),
        (
            "fromtimestamp",
            make_classmethod(method_kw("fromtimestamp", |c, a, mut k| {
                let us = timestamp_micros(&other(&a))?;
                let tz = tz_arg(&a, &mut k, 1)?;
                from_utc_micros(c, us + (EPOCH_ORD as i128 - 1) * US_PER_DAY, tz)
            }).1),
        ),
        (
            "utcfromtimestamp",
            make_classmethod(method("utcfromtimestamp", |c, a, _| {
                let us = timestamp_micros(&other(&a))?;
                datetime_from_micros(&class_arg(c), us + (EPOCH_ORD as i128 - 1) * US_PER_DAY, Value::None)
            }).1),
        ),
        ("fromisoformat", make_classmethod(method("fromisoformat", |c, a, _| datetime_fromisoformat(c, &a)).1)),
        (
            "strptime",
            make_classmethod(method("strptime", |c, a, _| {
                if a.len() != 2 {
                    return Err(PyErr::type_error(format!("strptime() takes exactly 2 arguments ({} given)", a.len())));
                }
                let (text, fmt) = match (&a[0], &a[1]) {
                    (Value::Str(t), Value::Str(f)) => (t.as_str().to_string(), f.as_str().to_string()),
                    (x, y) => {
                        let bad = if matches!(x, Value::Str(_)) { y } else { x };
                        return Err(PyErr::type_error(format!("strptime() argument 1 must be str, not {}", bad.type_name())));
                    }
                };
                let f = strptime(&text, &fmt)?;
                let tz = match f.offset {
                    Some(o) => super::datetime_time::fixed_timezone(o)?,
                    None => Value::None,
                };
                Ok(make_datetime(&class_arg(c), &f, tz))
            }).1),
        ),
        (
            "combine",
            make_classmethod(method_kw("combine", |c, a, mut k| {
                let d = a.first().cloned().unwrap_or(Value::None);
                let t = a.get(1).cloned().unwrap_or(Value::None);
                if !is_date(&d) {
                    return Err(PyErr::type_error(format!("combine() argument 1 must be datetime.date, not {}", d.type_name())));
                }
                if !is_a(&t, "datetime", "time") {
                    return Err(PyErr::type_error(format!("combine() argument 2 must be datetime.time, not {}", t.type_name())));
                }
                let df = fields_of(&d)?;
                let tz = take_kw(&mut k, "tzinfo").or_else(|| a.get(2).cloned()).unwrap_or_else(|| attr(&t, "tzinfo"));
                let f = Fields {
                    year: df.year,
                    month: df.month,
                    day: df.day,
                    hour: attr_i64(&t, "hour")?,
                    minute: attr_i64(&t, "minute")?,
                    second: attr_i64(&t, "second")?,
                    micro: attr_i64(&t, "microsecond")?,
                    offset: None,
                    tzname: None,
                };
                Ok(make_datetime(&class_arg(c), &f, tz))
            }).1),
        ),
    ]);
    members
}
