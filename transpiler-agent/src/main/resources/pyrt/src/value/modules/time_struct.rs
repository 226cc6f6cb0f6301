//! The calendar half of `time` (CPython 3.12's `timemodule.c` over glibc): `struct_time`,
//! `gmtime`, `localtime`, `mktime`, `strftime`, `strptime`, `asctime`, `ctime`. A translated
//! program's local time zone is UTC (no DST), which is what CPython gives on a host without `TZ`
//! whose `/etc/localtime` is UTC; `localtime` then differs from `gmtime` only in `tm_zone`.

use super::args::{to_i64, to_int};
use super::datetime_::{days_in_month, ord_to_ymd, weekday, ymd_to_ord};
use super::datetime_fmt::{format_fields, Fields};
use super::objs::{method, runtime_class};
use crate::exc::{PyErr, PyResult};
use crate::value::class::builtin_class;
use crate::value::iterate::collect;
use crate::value::text::repr_of;
use crate::value::{BuiltinType, Class, DictObj, Instance, Params, Value};
use std::cell::RefCell;
use std::rc::Rc;

const FIELDS: [&str; 11] =
    ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"];
/// Day 1 of 1970 as a proleptic Gregorian ordinal.
const EPOCH_ORD: i64 = 719_163;
const WDAY_ABBR: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON_ABBR: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A `struct_time`: a 9-tuple whose fields (and `tm_zone`, `tm_gmtoff`) are attributes.
pub fn struct_time(values: Vec<Value>) -> Value {
    let mut d = DictObj::new();
    for (name, v) in FIELDS.iter().zip(values.iter()) {
        d.set_str(name, v.clone());
    }
    let seq: Vec<Value> = values.into_iter().take(9).collect();
    Value::Instance(Rc::new(Instance {
        class: struct_time_class(),
        dict: Rc::new(RefCell::new(d)),
        base: Some(Value::tuple(seq)),
    }))
}

pub fn struct_time_class() -> Rc<Class> {
    runtime_class("time", "struct_time", vec![builtin_class(BuiltinType::Tuple)], || {
        let new = Value::function(
            "__new__",
            "struct_time.__new__",
            Params::new(&["cls", "sequence", "dict"]),
            vec![Value::None],
            vec![],
            |slots| {
                let mut items = collect(&slots[1])?;
                if items.len() < 9 {
                    return Err(PyErr::type_error(format!(
                        "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
                        items.len()
                    )));
                }
                if items.len() > 11 {
                    return Err(PyErr::type_error(format!(
                        "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
                        items.len()
                    )));
                }
                items.resize(11, Value::None);
                Ok(struct_time(items))
            },
        );
        vec![
            ("__new__", crate::value::class::make_staticmethod(new)),
            ("n_fields", Value::int(11)),
            ("n_sequence_fields", Value::int(9)),
            ("n_unnamed_fields", Value::int(0)),
            method("__repr__", |this, _, _| {
                let items = sequence(this).unwrap_or_default();
                let mut parts = Vec::new();
                for (name, v) in FIELDS.iter().zip(items.iter()) {
                    parts.push(format!("{}={}", name, repr_of(v)?));
                }
                Ok(Value::str(&format!("time.struct_time({})", parts.join(", "))))
            }),
            method("__setattr__", |_, args, _| {
                let name = args.first().map(|n| crate::value::text::str_of(n).map(|s| s.to_string())).transpose()?.unwrap_or_default();
                if FIELDS.contains(&name.as_str()) {
                    return Err(PyErr::new("AttributeError", "readonly attribute"));
                }
                Err(PyErr::new("AttributeError", format!("'time.struct_time' object has no attribute '{}'", name)))
            }),
        ]
    })
}

/// The 9 items of a tuple or `struct_time`.
fn sequence(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Tuple(t) => Some(t.as_ref().clone()),
        Value::Instance(i) => match &i.base {
            Some(Value::Tuple(t)) => Some(t.as_ref().clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A C `struct tm` as CPython's `gettmarg` fills it (month and year as Python writes them,
/// `wday` already Sunday-based as `(tm_wday + 1) % 7`, `yday` zero-based).
struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    wday: i64,
    yday: i64,
    isdst: i64,
    zone: Option<String>,
    gmtoff: i64,
}

fn gettmarg(v: &Value, fname: &str) -> PyResult<Tm> {
    let items = sequence(v).ok_or_else(|| PyErr::type_error("Tuple or struct_time argument required"))?;
    if items.len() != 9 {
        return Err(PyErr::type_error(format!("{}(): illegal time tuple argument", fname)));
    }
    let mut n = Vec::new();
    for item in &items {
        let i = to_i64(item)?;
        if i < i64::from(i32::MIN) || i > i64::from(i32::MAX) {
            return Err(PyErr::overflow_error(if i < 0 {
                "signed integer is less than minimum"
            } else {
                "signed integer is greater than maximum"
            }));
        }
        n.push(i);
    }
    let mut tm = Tm {
        year: n[0],
        mon: n[1],
        mday: n[2],
        hour: n[3],
        min: n[4],
        sec: n[5],
        wday: (n[6] + 1) % 7,
        yday: n[7] - 1,
        isdst: n[8],
        zone: None,
        gmtoff: 0,
    };
    if let Value::Instance(i) = v {
        let d = i.dict.borrow();
        if let Some(Value::Str(z)) = d.get_str("tm_zone") {
            tm.zone = Some(z.to_string());
        }
        if let Some(g @ Value::Int(_)) = d.get_str("tm_gmtoff") {
            tm.gmtoff = to_i64(&g)?;
        }
    }
    Ok(tm)
}

/// CPython's `checktm` (months as Python numbers them).
fn checktm(tm: &Tm) -> PyResult<()> {
    let fail = |what: &str| Err(PyErr::value_error(format!("{} out of range", what)));
    if !(1..=12).contains(&tm.mon) {
        return fail("month");
    }
    if tm.mday < 0 || tm.mday > 31 {
        return fail("day of month");
    }
    if tm.hour < 0 || tm.hour > 23 {
        return fail("hour");
    }
    if tm.min < 0 || tm.min > 59 {
        return fail("minute");
    }
    if tm.sec < 0 || tm.sec > 61 {
        return fail("seconds");
    }
    if tm.wday < 0 {
        return fail("day of week");
    }
    if tm.yday < 0 || tm.yday > 365 {
        return fail("day of year");
    }
    Ok(())
}

/// Seconds since the epoch from a `time()`-like argument, rounded toward minus infinity.
fn seconds_arg(v: Option<&Value>) -> PyResult<i64> {
    let out_of_range = || PyErr::overflow_error("timestamp out of range for platform time_t");
    match v {
        None | Some(Value::None) => Ok(std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0)),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            let floor = f.floor();
            if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&floor) {
                return Err(out_of_range());
            }
            Ok(floor as i64)
        }
        Some(other) => to_int(other)?.to_i64().ok_or_else(out_of_range),
    }
}

/// `gmtime(secs)` with `zone` as `tm_zone` (UTC is the local zone too).
fn broken_down(secs: i64, zone: &str) -> PyResult<Value> {
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let ord = days + EPOCH_ORD;
    // Years before 1 need glibc's proleptic arithmetic for year 0 and below; not ported.
    if ord < 1 || ord > 3_652_059 * 100 {
        return Err(PyErr::untranslatable("time.gmtime/localtime of a date before year 1 or after year 999999"));
    }
    let (y, m, d) = ord_to_ymd(ord);
    let yday = ord - ymd_to_ord(y, 1, 1) + 1;
    let ints = [y, m, d, rem / 3600, rem / 60 % 60, rem % 60, weekday(y, m, d), yday, 0];
    let mut values: Vec<Value> = ints.iter().map(|i| Value::int(*i)).collect();
    values.push(Value::str(zone));
    values.push(Value::int(0));
    Ok(struct_time(values))
}

pub fn gmtime(args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("gmtime", &args, 0, 1)?;
    broken_down(seconds_arg(args.first())?, "GMT")
}

pub fn localtime(args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("localtime", &args, 0, 1)?;
    broken_down(seconds_arg(args.first())?, "UTC")
}

/// glibc's `mktime` in UTC: out-of-range fields carry over; `tm_isdst > 0` asks for a
/// daylight-saving time the zone never has, which glibc answers an hour earlier.
pub fn mktime(args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("mktime", &args, 1, 1)?;
    let tm = gettmarg(&args[0], "mktime")?;
    let months = tm.year * 12 + tm.mon - 1;
    let (year, mon) = (months.div_euclid(12), months.rem_euclid(12) + 1);
    if year < 1 {
        return Err(PyErr::untranslatable("time.mktime of a date before year 1"));
    }
    let days = ymd_to_ord(year, mon, 1) + tm.mday - 1 - EPOCH_ORD;
    let dst = if tm.isdst > 0 { 3600 } else { 0 };
    let secs = days * 86_400 + tm.hour * 3600 + tm.min * 60 + tm.sec - dst;
    Ok(Value::float(secs as f64))
}

/// The struct of `strftime`'s optional time argument (the current local time without one).
fn tm_arg(args: &[Value], at: usize, fname: &str) -> PyResult<Tm> {
    match args.get(at) {
        Some(v) => gettmarg(v, fname),
        None => gettmarg(&localtime(vec![])?, fname),
    }
}

pub fn strftime(args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("strftime", &args, 1, 2)?;
    let fmt = match &args[0] {
        Value::Str(s) => s.to_string(),
        other => return Err(PyErr::type_error(format!("strftime() argument 1 must be str, not {}", other.type_name()))),
    };
    let mut tm = tm_arg(&args, 1, "strftime")?;
    // CPython's `time_strftime` lets 0 stand for the first month, day and day of the year.
    if tm.mon == 0 {
        tm.mon = 1;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == -1 {
        tm.yday = 0;
    }
    checktm(&tm)?;
    let f = Fields {
        year: tm.year,
        month: tm.mon,
        day: tm.mday,
        hour: tm.hour,
        minute: tm.min,
        second: tm.sec,
        micro: 0,
        offset: Some(i128::from(tm.gmtoff) * 1_000_000),
        tzname: Some(tm.zone.clone().unwrap_or_else(|| "UTC".to_string())),
    };
    // glibc prints the tuple's own weekday and day of the year; the shared formatter derives
    // them from the date, so a tuple whose fields disagree with its date is not formatted.
    let consistent = tm.year >= 1
        && tm.mday <= days_in_month(tm.year, tm.mon)
        && (weekday(tm.year, tm.mon, tm.mday) + 1) % 7 == tm.wday
        && ymd_to_ord(tm.year, tm.mon, tm.mday) - ymd_to_ord(tm.year, 1, 1) == tm.yday;
    if !consistent && uses_day_fields(&fmt) {
        return Err(PyErr::untranslatable(
            "time.strftime of a tuple whose weekday or day of the year disagree with its date",
        ));
    }
    Ok(Value::str(&format_fields(&fmt, &f, false)?))
}

/// Whether a format reads the weekday or the day of the year (or needs a valid date).
fn uses_day_fields(fmt: &str) -> bool {
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c == '%' {
            for d in chars.by_ref() {
                if !"_-0^#EO123456789".contains(d) {
                    if "aAuwjUWGgVcs".contains(d) {
                        return true;
                    }
                    break;
                }
            }
        }
    }
    false
}

/// `asctime(t)`: C's `"%s %s%3d %.2d:%.2d:%.2d %d"` over the tuple's own weekday.
fn asctime_of(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        WDAY_ABBR[tm.wday as usize],
        MON_ABBR[tm.mon as usize - 1],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

pub fn asctime(args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("asctime", &args, 0, 1)?;
    let tm = tm_arg(&args, 0, "asctime")?;
    checktm(&tm)?;
    Ok(Value::str(&asctime_of(&tm)))
}

pub fn ctime(args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("ctime", &args, 0, 1)?;
    let t = localtime(args)?;
    asctime(vec![t])
}

/// `strptime(string, format="%a %b %d %H:%M:%S %Y")` through `datetime`'s parser.
pub fn strptime(args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("strptime", &args, 1, 2)?;
    let text = |v: &Value, n: usize| match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(PyErr::type_error(format!(
            "strptime() argument {} must be str, not <class '{}'>",
            n,
            other.type_name()
        ))),
    };
    let data = text(&args[0], 0)?;
    let fmt = match args.get(1) {
        Some(f) => text(f, 1)?,
        None => "%a %b %d %H:%M:%S %Y".to_string(),
    };
    let f = super::datetime_fmt::strptime(&data, &fmt)?;
    let yday = ymd_to_ord(f.year, f.month, f.day) - ymd_to_ord(f.year, 1, 1) + 1;
    let ints = [f.year, f.month, f.day, f.hour, f.minute, f.second, weekday(f.year, f.month, f.day), yday, -1];
    let mut values: Vec<Value> = ints.iter().map(|i| Value::int(*i)).collect();
    values.push(f.tzname.map(|z| Value::str(&z)).unwrap_or(Value::None));
    values.push(match f.offset {
        Some(us) => Value::int((us / 1_000_000) as i64),
        None => Value::None,
    });
    Ok(struct_time(values))
}
