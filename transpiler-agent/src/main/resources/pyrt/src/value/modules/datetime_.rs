//! The `datetime` module (CPython 3.12's C implementation's results and messages): `timedelta`,
//! `date`, `datetime`, `time`, `timezone` (fixed offsets, `timezone.utc`), `strftime` in the C
//! locale, `strptime`, ISO formats. The local time zone of a WASM module is UTC: `now()`,
//! `today()`, `timestamp()` and `fromtimestamp()` agree with CPython on a host set to UTC.
//! Calendar arithmetic follows the proleptic Gregorian ordinals of CPython's `datetime.py`.

use super::args::module;
use super::objs::method;
use std::cmp::Ordering;
use super::datetime_date::{date_class, datetime_class, time_class, timezone_class, tzinfo_class, utc};
use super::datetime_delta::timedelta_class;
use crate::exc::{PyErr, PyResult};
use crate::value::{Module, Value};

pub const MINYEAR: i64 = 1;
pub const MAXYEAR: i64 = 9999;
pub const US_PER_SECOND: i128 = 1_000_000;
pub const US_PER_DAY: i128 = 86_400 * US_PER_SECOND;

const DAYS_IN_MONTH: [i64; 13] = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH: [i64; 13] = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

pub const MONTH_NAMES: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
pub const DAY_NAMES: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

pub fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i64, month: i64) -> i64 {
    if month == 2 && is_leap(year) {
        29
    } else {
        DAYS_IN_MONTH[month as usize]
    }
}

fn days_before_year(year: i64) -> i64 {
    let y = year - 1;
    y * 365 + y / 4 - y / 100 + y / 400
}

pub fn days_before_month(year: i64, month: i64) -> i64 {
    DAYS_BEFORE_MONTH[month as usize] + i64::from(month > 2 && is_leap(year))
}

/// Day 1 is 0001-01-01.
pub fn ymd_to_ord(year: i64, month: i64, day: i64) -> i64 {
    days_before_year(year) + days_before_month(year, month) + day
}

pub fn ord_to_ymd(n: i64) -> (i64, i64, i64) {
    const DI400Y: i64 = 146_097;
    const DI100Y: i64 = 36_524;
    const DI4Y: i64 = 1_461;
    let n = n - 1;
    let (n400, n) = (n.div_euclid(DI400Y), n.rem_euclid(DI400Y));
    let mut year = n400 * 400 + 1;
    let (n100, n) = (n / DI100Y, n % DI100Y);
    let (n4, n) = (n / DI4Y, n % DI4Y);
    let (n1, n) = (n / 365, n % 365);
    year += n100 * 100 + n4 * 4 + n1;
    if n1 == 4 || n100 == 4 {
        return (year - 1, 12, 31);
    }
    let leap = n1 == 3 && (n4 != 24 || n100 == 3);
    let mut month = (n + 50) >> 5;
    let mut preceding = DAYS_BEFORE_MONTH[month as usize] + i64::from(month > 2 && leap);
    if preceding > n {
        month -= 1;
        preceding -= DAYS_IN_MONTH[month as usize] + i64::from(month == 2 && leap);
    }
    (year, month, n - preceding + 1)
}

/// Monday is 0.
pub fn weekday(year: i64, month: i64, day: i64) -> i64 {
    (ymd_to_ord(year, month, day) + 6).rem_euclid(7)
}

fn iso_week1_monday(year: i64) -> i64 {
    let first = ymd_to_ord(year, 1, 1);
    let first_weekday = (first + 6).rem_euclid(7);
    let monday = first - first_weekday;
    if first_weekday > 3 {
        monday + 7
    } else {
        monday
    }
}

/// ISO year, week and weekday (Monday 1).
pub fn iso_calendar(year: i64, month: i64, day: i64) -> (i64, i64, i64) {
    let mut year = year;
    let today = ymd_to_ord(year, month, day);
    let mut monday = iso_week1_monday(year);
    let (mut week, mut wday) = ((today - monday).div_euclid(7), (today - monday).rem_euclid(7));
    if week < 0 {
        year -= 1;
        monday = iso_week1_monday(year);
        week = (today - monday).div_euclid(7);
        wday = (today - monday).rem_euclid(7);
    } else if week >= 52 && today >= iso_week1_monday(year + 1) {
        year += 1;
        week = 0;
    }
    (year, week + 1, wday + 1)
}

/// `date.fromisocalendar(year, week, day)` as a proleptic Gregorian date.
pub fn iso_to_ymd(year: i64, week: i64, day: i64) -> Option<(i64, i64, i64)> {
    if !(MINYEAR..=MAXYEAR).contains(&year) || !(1..=7).contains(&day) {
        return None;
    }
    // A year has 53 ISO weeks when 28 December falls in the 53rd.
    if week < 1 || week > iso_calendar(year, 12, 28).1 {
        return None;
    }
    Some(ord_to_ymd(iso_week1_monday(year) + (week - 1) * 7 + day - 1))
}

/// The checks of `date(year, month, day)`.
pub fn check_date(year: i64, month: i64, day: i64) -> PyResult<()> {
    if !(MINYEAR..=MAXYEAR).contains(&year) {
        return Err(PyErr::value_error(format!("year {} is out of range", year)));
    }
    if !(1..=12).contains(&month) {
        return Err(PyErr::value_error("month must be in 1..12"));
    }
    if day < 1 || day > days_in_month(year, month) {
        return Err(PyErr::value_error("day is out of range for month"));
    }
    Ok(())
}

/// The checks of `time(hour, minute, second, microsecond)`.
pub fn check_time(hour: i64, minute: i64, second: i64, us: i64) -> PyResult<()> {
    if !(0..=23).contains(&hour) {
        return Err(PyErr::value_error("hour must be in 0..23"));
    }
    if !(0..=59).contains(&minute) {
        return Err(PyErr::value_error("minute must be in 0..59"));
    }
    if !(0..=59).contains(&second) {
        return Err(PyErr::value_error("second must be in 0..59"));
    }
    if !(0..=999_999).contains(&us) {
        return Err(PyErr::value_error("microsecond must be in 0..999999"));
    }
    Ok(())
}

/// An integer field of a constructor call: ints and bools, else CPython's `TypeError`.
pub fn int_field(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => i.to_i64().ok_or_else(|| PyErr::overflow_error("signed integer is greater than maximum")),
        Value::Bool(b) => Ok(i64::from(*b)),
        other => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))),
    }
}

/// An integer attribute set by a constructor.
pub fn attr_i64(v: &Value, name: &str) -> PyResult<i64> {
    match v {
        Value::Instance(i) => match i.dict.borrow().get_str(name) {
            Some(Value::Int(n)) => n.to_i64().ok_or_else(|| PyErr::type_error("corrupt datetime object")),
            _ => Err(PyErr::type_error(format!("descriptor '{}' needs a datetime object", name))),
        },
        _ => Err(PyErr::type_error(format!("descriptor '{}' needs a datetime object, not '{}'", name, v.type_name()))),
    }
}

pub fn attr(v: &Value, name: &str) -> Value {
    match v {
        Value::Instance(i) => i.dict.borrow().get_str(name).unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// A comparison of two values of one datetime type: the ordering test, and whether the operator
/// is an ordering (`<`...) rather than `==`/`!=`.
pub type CmpFn = fn(&Value, &[Value], fn(Ordering) -> bool, bool) -> PyResult<Value>;

/// The six rich comparisons over `cmp`; `!=` answers true where `==` defers for `sibling`
/// values (a date and a datetime are never equal).
pub fn comparisons(cmp: CmpFn, sibling: fn(&Value) -> bool) -> Vec<(&'static str, Value)> {
    use Ordering::*;
    vec![
        method("__eq__", move |t, a, _| cmp(t, &a, |o| o == Equal, false)),
        method("__ne__", move |t, a, _| {
            Ok(match cmp(t, &a, |o| o != Equal, false)? {
                Value::NotImplemented if a.first().map_or(false, sibling) => Value::TRUE,
                v => v,
            })
        }),
        method("__lt__", move |t, a, _| cmp(t, &a, |o| o == Less, true)),
        method("__le__", move |t, a, _| cmp(t, &a, |o| o != Greater, true)),
        method("__gt__", move |t, a, _| cmp(t, &a, |o| o == Greater, true)),
        method("__ge__", move |t, a, _| cmp(t, &a, |o| o != Less, true)),
    ]
}

pub fn build() -> Module {
    module(
        "datetime",
        vec![
            ("MINYEAR", Value::int(MINYEAR)),
            ("MAXYEAR", Value::int(MAXYEAR)),
            ("timedelta", Value::Class(timedelta_class())),
            ("date", Value::Class(date_class())),
            ("datetime", Value::Class(datetime_class())),
            ("time", Value::Class(time_class())),
            ("tzinfo", Value::Class(tzinfo_class())),
            ("timezone", Value::Class(timezone_class())),
            ("UTC", utc()),
        ],
    )
}
