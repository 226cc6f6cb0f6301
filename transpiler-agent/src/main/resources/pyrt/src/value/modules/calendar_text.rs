//! `calendar.Calendar` and `calendar.TextCalendar` (Lib/calendar.py). Each method calls the
//! others through the instance, as calendar.py does, so a subclass overriding `formatday` or
//! `formatweekday` changes `formatmonth` and `formatyear`. The `iter*` methods return
//! iterators over lists rather than generators.

use super::calendar::{month_enum_class, month_range};
use super::datetime_::days_in_month;
use super::objs::{method, method_kw, runtime_class};
use crate::exc::PyResult;
use crate::value::attr::{getattr, setattr};
use crate::value::class::make_property;
use crate::value::func::{bind, call, call_method};
use crate::value::iterate::{collect, iter_value};
use crate::value::text::str_of;
use crate::value::{Class, Kwargs, Params, Value};
use std::rc::Rc;

/// Binds a method's arguments (after `self`) with calendar.py's names and defaults.
fn params(name: &str, names: &[&'static str], defaults: Vec<Value>, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Vec<Value>> {
    bind(name, &Params::new(names), &defaults, &[], args, kwargs)
}

fn int(v: &Value) -> PyResult<i64> {
    super::args::to_i64(v)
}

fn first_weekday(this: &Value) -> PyResult<i64> {
    int(&getattr(this, "firstweekday")?)
}

/// The `(year, month, day)` of each day of the weeks covering a month (`itermonthdays3`).
fn month_days3(this: &Value, year: &Value, month: &Value) -> PyResult<Vec<(i64, i64, i64)>> {
    let (day1, ndays) = month_range(year, month)?;
    let fw = first_weekday(this)?;
    let (y, m) = (int(year)?, int(month)?);
    let before = (day1 - fw).rem_euclid(7);
    let after = (fw - day1 - ndays).rem_euclid(7);
    let (py, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    let end = days_in_month(py, pm) + 1;
    let mut out: Vec<(i64, i64, i64)> = (end - before..end).map(|d| (py, pm, d)).collect();
    out.extend((1..=ndays).map(|d| (y, m, d)));
    out.extend((1..=after).map(|d| (ny, nm, d)));
    Ok(out)
}

/// Day numbers, 0 outside the month (`itermonthdays`).
fn month_days(this: &Value, year: &Value, month: &Value) -> PyResult<Vec<i64>> {
    let (day1, ndays) = month_range(year, month)?;
    let fw = first_weekday(this)?;
    let mut out = vec![0; (day1 - fw).rem_euclid(7) as usize];
    out.extend(1..=ndays);
    out.extend(std::iter::repeat(0).take((fw - day1 - ndays).rem_euclid(7) as usize));
    Ok(out)
}

fn ints(items: &[i64]) -> Value {
    Value::tuple(items.iter().map(|i| Value::int(*i)).collect())
}

fn iter_of(items: Vec<Value>) -> PyResult<Value> {
    iter_value(&Value::list(items))
}

/// Rows of seven from an iterator method's items (`monthdayscalendar` and friends).
fn weeks(this: &Value, iter_method: &str, year: &Value, month: &Value) -> PyResult<Value> {
    let items = collect(&call_method(this, iter_method, vec![year.clone(), month.clone()], vec![])?)?;
    Ok(Value::list(items.chunks(7).map(|w| Value::list(w.to_vec())).collect()))
}

/// `yeardatescalendar` and friends: the months of a year in rows of `width`.
fn year_rows(this: &Value, month_method: &str, args: Vec<Value>, kwargs: Kwargs, name: &str) -> PyResult<Value> {
    let a = params(name, &["year", "width"], vec![Value::int(3)], args, kwargs)?;
    let mut months = Vec::new();
    for m in collect(&Value::Class(month_enum_class()))? {
        months.push(call_method(this, month_method, vec![a[0].clone(), m], vec![])?);
    }
    let width = (int(&a[1])?.max(1)) as usize;
    Ok(Value::list(months.chunks(width).map(|r| Value::list(r.to_vec())).collect()))
}

pub fn calendar_class() -> Rc<Class> {
    runtime_class("calendar", "Calendar", vec![], || {
        let (_, get) = method("getfirstweekday", |this, _, _| {
            Ok(Value::int(int(&getattr(this, "_firstweekday")?)?.rem_euclid(7)))
        });
        let (_, set) = method("setfirstweekday", |this, args, _| {
            setattr(this, "_firstweekday", args.into_iter().next().unwrap_or(Value::None))?;
            Ok(Value::None)
        });
        vec![
            method_kw("__init__", |this, args, kwargs| {
                let a = params("Calendar.__init__", &["firstweekday"], vec![Value::int(0)], args, kwargs)?;
                setattr(this, "firstweekday", a[0].clone())?;
                Ok(Value::None)
            }),
            ("getfirstweekday", get.clone()),
            ("setfirstweekday", set.clone()),
            ("firstweekday", make_property(get, set)),
            method("iterweekdays", |this, _, _| {
                let fw = first_weekday(this)?;
                iter_of((fw..fw + 7).map(|i| Value::int(i % 7)).collect())
            }),
            method_kw("itermonthdates", |this, args, kwargs| {
                let a = params("itermonthdates", &["year", "month"], vec![], args, kwargs)?;
                let date = Value::Class(super::datetime_date::date_class());
                let mut out = Vec::new();
                for (y, m, d) in month_days3(this, &a[0], &a[1])? {
                    out.push(call(&date, vec![Value::int(y), Value::int(m), Value::int(d)], vec![])?);
                }
                iter_of(out)
            }),
            method_kw("itermonthdays", |this, args, kwargs| {
                let a = params("itermonthdays", &["year", "month"], vec![], args, kwargs)?;
                iter_of(month_days(this, &a[0], &a[1])?.into_iter().map(Value::int).collect())
            }),
            method_kw("itermonthdays2", |this, args, kwargs| {
                let a = params("itermonthdays2", &["year", "month"], vec![], args, kwargs)?;
                let fw = first_weekday(this)?;
                let days = collect(&call_method(this, "itermonthdays", a, vec![])?)?;
                let out = days.into_iter().enumerate().map(|(i, d)| Value::tuple(vec![d, Value::int((fw + i as i64) % 7)]));
                iter_of(out.collect())
            }),
            method_kw("itermonthdays3", |this, args, kwargs| {
                let a = params("itermonthdays3", &["year", "month"], vec![], args, kwargs)?;
                iter_of(month_days3(this, &a[0], &a[1])?.into_iter().map(|(y, m, d)| ints(&[y, m, d])).collect())
            }),
            method_kw("itermonthdays4", |this, args, kwargs| {
                let a = params("itermonthdays4", &["year", "month"], vec![], args, kwargs)?;
                let fw = first_weekday(this)?;
                let days = month_days3(this, &a[0], &a[1])?;
                iter_of(days.into_iter().enumerate().map(|(i, (y, m, d))| ints(&[y, m, d, (fw + i as i64) % 7])).collect())
            }),
            method_kw("monthdatescalendar", |this, args, kwargs| {
                let a = params("monthdatescalendar", &["year", "month"], vec![], args, kwargs)?;
                weeks(this, "itermonthdates", &a[0], &a[1])
            }),
            method_kw("monthdays2calendar", |this, args, kwargs| {
                let a = params("monthdays2calendar", &["year", "month"], vec![], args, kwargs)?;
                weeks(this, "itermonthdays2", &a[0], &a[1])
            }),
            method_kw("monthdayscalendar", |this, args, kwargs| {
                let a = params("monthdayscalendar", &["year", "month"], vec![], args, kwargs)?;
                weeks(this, "itermonthdays", &a[0], &a[1])
            }),
            method_kw("yeardatescalendar", |this, args, kwargs| {
                year_rows(this, "monthdatescalendar", args, kwargs, "yeardatescalendar")
            }),
            method_kw("yeardays2calendar", |this, args, kwargs| {
                year_rows(this, "monthdays2calendar", args, kwargs, "yeardays2calendar")
            }),
            method_kw("yeardayscalendar", |this, args, kwargs| {
                year_rows(this, "monthdayscalendar", args, kwargs, "yeardayscalendar")
            }),
        ]
    })
}

/// `str.center(width)` with CPython's placement of the odd space.
fn center(s: &str, width: i64) -> String {
    let len = s.chars().count() as i64;
    if width <= len {
        return s.to_string();
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    format!("{}{}{}", " ".repeat(left as usize), s, " ".repeat((marg - left) as usize))
}

fn text(v: Value) -> PyResult<String> {
    Ok(str_of(&v)?.to_string())
}

fn print_text(s: String) -> PyResult<Value> {
    crate::value::builtins::print(vec![Value::str(&s)], vec![(crate::str::Str::from("end"), Value::str(""))])?;
    Ok(Value::None)
}

fn format_week(this: &Value, week: &Value, w: i64) -> PyResult<String> {
    text(call_method(this, "formatweek", vec![week.clone(), Value::int(w)], vec![])?)
}

/// calendar.py's `formatstring`: columns of width `colwidth` joined by `spacing` spaces.
fn format_columns(cols: &[String], colwidth: i64, spacing: i64) -> String {
    let sep = " ".repeat(spacing as usize);
    cols.iter().map(|c| center(c, colwidth)).collect::<Vec<_>>().join(&sep)
}

fn format_year(this: &Value, a: &[Value]) -> PyResult<String> {
    let (w, l, c, m) = (int(&a[1])?.max(2), int(&a[2])?.max(1), int(&a[3])?.max(2), int(&a[4])?);
    let colwidth = (w + 1) * 7 - 1;
    let nl = "\n".repeat(l as usize);
    let mut v = center(crate::value::text::repr_of(&a[0])?.as_str(), colwidth * m + c * (m - 1)).trim_end().to_string();
    v.push_str(&nl);
    let header = text(call_method(this, "formatweekheader", vec![Value::int(w)], vec![])?)?;
    let rows = collect(&call_method(this, "yeardays2calendar", vec![a[0].clone(), Value::int(m)], vec![])?)?;
    for (i, row) in rows.iter().enumerate() {
        let i = i as i64;
        let months: Vec<i64> = (m * i + 1..(m * (i + 1) + 1).min(13)).collect();
        v.push_str(&nl);
        let mut names = Vec::new();
        for k in &months {
            let args = vec![a[0].clone(), Value::int(*k), Value::int(colwidth), Value::FALSE];
            names.push(text(call_method(this, "formatmonthname", args, vec![])?)?);
        }
        v.push_str(format_columns(&names, colwidth, c).trim_end());
        v.push_str(&nl);
        let headers: Vec<String> = months.iter().map(|_| header.clone()).collect();
        v.push_str(format_columns(&headers, colwidth, c).trim_end());
        v.push_str(&nl);
        let cals: Vec<Vec<Value>> = collect(row)?.iter().map(collect).collect::<PyResult<_>>()?;
        let height = cals.iter().map(|cal| cal.len()).max().unwrap_or(0);
        for j in 0..height {
            let mut weeks = Vec::new();
            for cal in &cals {
                weeks.push(if j >= cal.len() { String::new() } else { format_week(this, &cal[j], w)? });
            }
            v.push_str(format_columns(&weeks, colwidth, c).trim_end());
            v.push_str(&nl);
        }
    }
    Ok(v)
}

fn format_month(this: &Value, a: &[Value]) -> PyResult<String> {
    let w = int(&a[2])?.max(2);
    let l = int(&a[3])?.max(1);
    let nl = "\n".repeat(l as usize);
    let name_args = vec![a[0].clone(), a[1].clone(), Value::int(7 * (w + 1) - 1)];
    let mut s = text(call_method(this, "formatmonthname", name_args, vec![])?)?.trim_end().to_string();
    s.push_str(&nl);
    s.push_str(text(call_method(this, "formatweekheader", vec![Value::int(w)], vec![])?)?.trim_end());
    s.push_str(&nl);
    for week in collect(&call_method(this, "monthdays2calendar", vec![a[0].clone(), a[1].clone()], vec![])?)? {
        s.push_str(format_week(this, &week, w)?.trim_end());
        s.push_str(&nl);
    }
    Ok(s)
}

const MONTH_ARGS: [&str; 4] = ["theyear", "themonth", "w", "l"];
const YEAR_ARGS: [&str; 5] = ["theyear", "w", "l", "c", "m"];

pub fn text_calendar_class() -> Rc<Class> {
    runtime_class("calendar", "TextCalendar", vec![calendar_class()], || {
        vec![
            method_kw("formatday", |_, args, kwargs| {
                let a = params("formatday", &["day", "weekday", "width"], vec![], args, kwargs)?;
                let d = int(&a[0])?;
                let s = if d == 0 { String::new() } else { format!("{:2}", d) };
                Ok(Value::str(&center(&s, int(&a[2])?)))
            }),
            method_kw("formatweek", |this, args, kwargs| {
                let a = params("formatweek", &["theweek", "width"], vec![], args, kwargs)?;
                let mut parts = Vec::new();
                for pair in collect(&a[0])? {
                    let dw = collect(&pair)?;
                    let call_args = vec![dw[0].clone(), dw[1].clone(), a[1].clone()];
                    parts.push(text(call_method(this, "formatday", call_args, vec![])?)?);
                }
                Ok(Value::str(&parts.join(" ")))
            }),
            method_kw("formatweekday", |_, args, kwargs| {
                let a = params("formatweekday", &["day", "width"], vec![], args, kwargs)?;
                let width = int(&a[1])?;
                let name = super::datetime_::DAY_NAMES[int(&a[0])?.rem_euclid(7) as usize];
                let name: String = if width >= 9 { name.to_string() } else { name[..3].to_string() };
                let cut: String = name.chars().take(width.max(0) as usize).collect();
                Ok(Value::str(&center(&cut, width)))
            }),
            method_kw("formatweekheader", |this, args, kwargs| {
                let a = params("formatweekheader", &["width"], vec![], args, kwargs)?;
                let mut parts = Vec::new();
                for d in collect(&call_method(this, "iterweekdays", vec![], vec![])?)? {
                    parts.push(text(call_method(this, "formatweekday", vec![d, a[0].clone()], vec![])?)?);
                }
                Ok(Value::str(&parts.join(" ")))
            }),
            method_kw("formatmonthname", |_, args, kwargs| {
                let a = params("formatmonthname", &["theyear", "themonth", "width", "withyear"], vec![Value::TRUE], args, kwargs)?;
                let m = int(&a[1])?;
                let mut s = if m == 0 { String::new() } else { super::datetime_::MONTH_NAMES[(m - 1).rem_euclid(12) as usize].to_string() };
                if crate::value::ops::truthy(&a[3])? {
                    s = format!("{} {}", s, crate::value::text::repr_of(&a[0])?);
                }
                Ok(Value::str(&center(&s, int(&a[2])?)))
            }),
            method_kw("prweek", |this, args, kwargs| {
                let a = params("prweek", &["theweek", "width"], vec![], args, kwargs)?;
                print_text(text(call_method(this, "formatweek", a, vec![])?)?)
            }),
            method_kw("formatmonth", |this, args, kwargs| {
                let a = params("formatmonth", &MONTH_ARGS, vec![Value::int(0), Value::int(0)], args, kwargs)?;
                Ok(Value::str(&format_month(this, &a)?))
            }),
            method_kw("prmonth", |this, args, kwargs| {
                let a = params("prmonth", &MONTH_ARGS, vec![Value::int(0), Value::int(0)], args, kwargs)?;
                print_text(text(call_method(this, "formatmonth", a, vec![])?)?)
            }),
            method_kw("formatyear", |this, args, kwargs| {
                let defaults = vec![Value::int(2), Value::int(1), Value::int(6), Value::int(3)];
                let a = params("formatyear", &YEAR_ARGS, defaults, args, kwargs)?;
                Ok(Value::str(&format_year(this, &a)?))
            }),
            method_kw("pryear", |this, args, kwargs| {
                let defaults = vec![Value::int(0), Value::int(0), Value::int(6), Value::int(3)];
                let a = params("pryear", &YEAR_ARGS, defaults, args, kwargs)?;
                print_text(text(call_method(this, "formatyear", a, vec![])?)?)
            }),
        ]
    })
}
