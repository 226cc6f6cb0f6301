//! The `calendar` module of CPython 3.12 (Lib/calendar.py): the module functions, the `Day`
//! and `Month` enums, the English (C locale) names, the errors; the `Calendar` and
//! `TextCalendar` classes are in calendar_text.rs. The module functions are bound methods of one
//! module-level `TextCalendar`, as in calendar.py, so `setfirstweekday` changes them all.

use super::args::{func, module, to_i64};
use super::calendar_text::{calendar_class, text_calendar_class};
use super::datetime_::{check_date, days_in_month, is_leap, weekday as iso_weekday, ymd_to_ord, DAY_NAMES, MONTH_NAMES};
use super::objs::{method, runtime_class};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::{getattr, setattr};
use crate::value::class::{cached_class, new_class};
use crate::value::exception::{error_of, exception_class, exception_instance};
use crate::value::func::call;
use crate::value::text::repr_of;
use crate::value::{Class, Module, Value};
use std::rc::Rc;

const DAYS: [&str; 7] = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
const MONTHS: [&str; 12] =
    ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"];

/// `IllegalMonthError` / `IllegalWeekdayError`: `ValueError`s that keep the bad number and say
/// so in `str()`.
fn illegal_class(name: &'static str, attr: &'static str, text: &'static str) -> Rc<Class> {
    cached_class(&format!("calendar.{}", name), || {
        let base = exception_class("ValueError").expect("ValueError is built in");
        let cls = new_class(name, name, "calendar", vec![base], None).expect("single inheritance");
        {
            let mut d = cls.dict.borrow_mut();
            d.set_str("__module__", Value::str("calendar"));
            let (k, init) = method("__init__", move |this, args, _| {
                super::args::arity("__init__", &args, 1, 1)?;
                setattr(this, attr, args[0].clone())?;
                Ok(Value::None)
            });
            d.set_str(k, init);
            let (k, s) = method("__str__", move |this, _, _| {
                Ok(Value::str(&text.replace("{}", repr_of(&getattr(this, attr)?)?.as_str())))
            });
            d.set_str(k, s);
        }
        cls
    })
}

fn illegal_month_class() -> Rc<Class> {
    illegal_class("IllegalMonthError", "month", "bad month number {}; must be 1-12")
}

fn illegal_weekday_class() -> Rc<Class> {
    illegal_class("IllegalWeekdayError", "weekday", "bad weekday number {}; must be 0 (Monday) to 6 (Sunday)")
}

pub fn illegal_month(month: Value) -> PyErr {
    let e = exception_instance(&illegal_month_class(), vec![]);
    let _ = setattr(&e, "month", month);
    error_of(e)
}

/// An `IntEnum` of `calendar` whose members print as `calendar.MONDAY` (`@global_enum`).
fn global_int_enum(name: &str, members: &[&str], first: i64) -> Rc<Class> {
    cached_class(&format!("calendar.{}", name), || {
        let pairs: Vec<Value> = members
            .iter()
            .enumerate()
            .map(|(i, m)| Value::tuple(vec![Value::str(m), Value::int(first + i as i64)]))
            .collect();
        let made = call(
            &Value::Class(super::enum_::int_enum_class()),
            vec![Value::str(name), Value::list(pairs)],
            vec![],
        )
        .expect("a valid enum");
        let cls = match made {
            Value::Class(c) => c,
            _ => unreachable!("the functional API makes a class"),
        };
        cls.dict.borrow_mut().set_str("__module__", Value::str("calendar"));
        let (k, r) = method("__repr__", |this, _, _| {
            Ok(Value::str(&format!("calendar.{}", super::enum_::parts(this).1.unwrap_or_default())))
        });
        cls.dict.borrow_mut().set_str(k, r);
        cls
    })
}

pub fn day_class() -> Rc<Class> {
    global_int_enum("Day", &DAYS, 0)
}

pub fn month_enum_class() -> Rc<Class> {
    global_int_enum("Month", &MONTHS, 1)
}

/// `Day(n)`.
pub fn day(n: i64) -> PyResult<Value> {
    call(&Value::Class(day_class()), vec![Value::int(n)], vec![])
}

/// `weekday(year, month, day)`: years outside 1..9999 are moved into it by whole 400-year
/// cycles, which keep weekdays.
pub fn weekday_of(year: i64, month: i64, d: i64) -> PyResult<i64> {
    let year = if (1..=9999).contains(&year) { year } else { 2000 + year.rem_euclid(400) };
    check_date(year, month, d)?;
    Ok(iso_weekday(year, month, d))
}

/// `monthrange(year, month)` as numbers.
pub fn month_range(year: &Value, month: &Value) -> PyResult<(i64, i64)> {
    if !matches!(month, Value::Float(_)) && super::args::to_int(month).is_err() {
        return Err(PyErr::type_error(format!(
            "'<=' not supported between instances of 'int' and '{}'",
            month.type_name()
        )));
    }
    let m = to_i64(month)?;
    if !(1..=12).contains(&m) {
        return Err(illegal_month(month.clone()));
    }
    let y = to_i64(year)?;
    Ok((weekday_of(y, m, 1)?, days_in_month(y, m)))
}

/// The English names (`month_name`, `day_abbr`, ...): read-only sequences indexed like lists.
fn names(kind: &'static str, items: Vec<String>) -> Value {
    let cls = runtime_class("calendar", kind, vec![], || {
        vec![
            method("__getitem__", |this, args, _| crate::value::ops::getitem(&super::objs::state(this, "__names__")?, &args[0])),
            method("__len__", |this, _, _| crate::value::builtins::len(vec![super::objs::state(this, "__names__")?], vec![])),
        ]
    });
    let list = Value::list(items.into_iter().map(|s| Value::str(&s)).collect());
    super::objs::instance(&cls, vec![("__names__", list)])
}

fn month_names(abbr: bool) -> Value {
    let mut v = vec![String::new()];
    v.extend(MONTH_NAMES.iter().map(|m| if abbr { m[..3].to_string() } else { m.to_string() }));
    names("_localized_month", v)
}

fn day_names(abbr: bool) -> Value {
    names("_localized_day", DAY_NAMES.iter().map(|d| if abbr { d[..3].to_string() } else { d.to_string() }).collect())
}

fn int_arg(args: &[Value], i: usize) -> PyResult<i64> {
    to_i64(&args[i])
}

fn leapdays(args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("leapdays", &args, 2, 2)?;
    let (y1, y2) = (int_arg(&args, 0)? - 1, int_arg(&args, 1)? - 1);
    let f = |a: i64, n: i64| a.div_euclid(n);
    Ok(Value::int((f(y2, 4) - f(y1, 4)) - (f(y2, 100) - f(y1, 100)) + (f(y2, 400) - f(y1, 400))))
}

/// `timegm(tuple)`: the inverse of `time.gmtime`, out-of-range fields carried over.
fn timegm(args: Vec<Value>) -> PyResult<Value> {
    super::args::arity("timegm", &args, 1, 1)?;
    let items = crate::value::iterate::collect(&args[0])?;
    if items.len() < 6 {
        return Err(PyErr::value_error(format!("not enough values to unpack (expected 6, got {})", items.len())));
    }
    let n: Vec<i64> = items[..6].iter().map(to_i64).collect::<PyResult<_>>()?;
    check_date(n[0], n[1], 1)?;
    let days = ymd_to_ord(n[0], n[1], 1) - 719_163 + n[2] - 1;
    Ok(Value::int(((days * 24 + n[3]) * 60 + n[4]) * 60 + n[5]))
}

pub fn build() -> Module {
    let c = call(&Value::Class(text_calendar_class()), vec![], vec![]).expect("TextCalendar()");
    let bound = |name: &str| getattr(&c, name).expect("a TextCalendar method");
    let mut attrs = vec![
        ("error", Value::Class(exception_class("ValueError").expect("built in"))),
        ("IllegalMonthError", Value::Class(illegal_month_class())),
        ("IllegalWeekdayError", Value::Class(illegal_weekday_class())),
        ("Day", Value::Class(day_class())),
        ("Month", Value::Class(month_enum_class())),
        ("Calendar", Value::Class(calendar_class())),
        ("TextCalendar", Value::Class(text_calendar_class())),
        ("mdays", Value::list([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].iter().map(|d| Value::int(*d)).collect())),
        ("month_name", month_names(false)),
        ("month_abbr", month_names(true)),
        ("day_name", day_names(false)),
        ("day_abbr", day_names(true)),
        ("EPOCH", Value::int(1970)),
        func("isleap", |args| {
            super::args::arity("isleap", &args, 1, 1)?;
            Ok(Value::Bool(is_leap(int_arg(&args, 0)?)))
        }),
        func("leapdays", leapdays),
        func("weekday", |args| {
            super::args::arity("weekday", &args, 3, 3)?;
            day(weekday_of(int_arg(&args, 0)?, int_arg(&args, 1)?, int_arg(&args, 2)?)?)
        }),
        func("monthrange", |args| {
            super::args::arity("monthrange", &args, 2, 2)?;
            let (first, n) = month_range(&args[0], &args[1])?;
            Ok(Value::tuple(vec![day(first)?, Value::int(n)]))
        }),
        func("timegm", timegm),
        ("firstweekday", bound("getfirstweekday")),
        ("monthcalendar", bound("monthdayscalendar")),
        ("prweek", bound("prweek")),
        ("week", bound("formatweek")),
        ("weekheader", bound("formatweekheader")),
        ("prmonth", bound("prmonth")),
        ("month", bound("formatmonth")),
        ("calendar", bound("formatyear")),
        ("prcal", bound("pryear")),
    ];
    let module_c = c.clone();
    attrs.push(func("setfirstweekday", move |args| {
        super::args::arity("setfirstweekday", &args, 1, 1)?;
        let fw = to_i64(&args[0])?;
        if !(0..=6).contains(&fw) {
            let e = exception_instance(&illegal_weekday_class(), vec![]);
            setattr(&e, "weekday", args[0].clone())?;
            return Err(error_of(e));
        }
        setattr(&module_c, "firstweekday", args[0].clone())?;
        Ok(Value::None)
    }));
    for (i, name) in DAYS.iter().enumerate() {
        attrs.push((name, day(i as i64).expect("a Day")));
    }
    for (i, name) in MONTHS.iter().enumerate() {
        let m = call(&Value::Class(month_enum_class()), vec![Value::int(i as i64 + 1)], vec![]).expect("a Month");
        attrs.push((name, m));
    }
    module("calendar", attrs)
}
