//! `csv.DictReader` and `csv.DictWriter`, ported from CPython 3.12's Lib/csv.py: rows as
//! dicts keyed by `fieldnames` (read from the first row when not given), `restkey` and
//! `restval` for long and short rows, `extrasaction` with its `ValueError`.

use super::objs::{method, method_kw, runtime_class, set_state};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::{getattr, setattr};
use crate::value::func::call_method;
use crate::value::iterate::{collect, iter_value, next_or};
use crate::value::text::repr_of;
use crate::value::{Class, Kwargs, Value};
use std::rc::Rc;

/// Binds `(self, f, <names>..., *args, **kwds)`: the named parameters in order (absent ones
/// `None`), the extra positional arguments, and the keywords left over.
fn bind(
    cls: &str,
    args: Vec<Value>,
    mut kwargs: Kwargs,
    names: &[&str],
) -> PyResult<(Vec<Option<Value>>, Vec<Value>, Kwargs)> {
    let mut it = args.into_iter();
    let mut out = Vec::new();
    for name in names {
        let pos = it.next();
        let kw = super::args::take_kw(&mut kwargs, name);
        if pos.is_some() && kw.is_some() {
            return Err(PyErr::type_error(format!("{}.__init__() got multiple values for argument '{}'", cls, name)));
        }
        out.push(pos.or(kw));
    }
    Ok((out, it.collect(), kwargs))
}

/// `fieldnames` given as an iterator is read into a list.
fn fieldnames_arg(v: Option<Value>) -> PyResult<Value> {
    match v {
        None | Some(Value::None) => Ok(Value::None),
        Some(f) => {
            let it = iter_value(&f)?;
            if crate::value::compare::is(&it, &f) {
                Ok(Value::list(collect(&f)?))
            } else {
                Ok(f)
            }
        }
    }
}

/// `csv.reader(f, dialect, *args, **kwds)` / `csv.writer(...)`.
fn inner(make: fn(Vec<Value>, Kwargs) -> PyResult<Value>, f: Value, dialect: Value, rest: Vec<Value>, kwds: Kwargs) -> PyResult<Value> {
    let mut args = vec![f, dialect];
    args.extend(rest);
    make(args, kwds)
}

fn fieldnames_get(this: &Value) -> PyResult<Value> {
    if matches!(getattr(this, "_fieldnames")?, Value::None) {
        let reader = getattr(this, "reader")?;
        match next_or(&reader, None) {
            Ok(row) => setattr(this, "_fieldnames", row)?,
            Err(e) if crate::value::iterate::is_stop_iteration(&e) => {}
            Err(e) => return Err(e),
        }
    }
    setattr(this, "line_num", getattr(&getattr(this, "reader")?, "line_num")?)?;
    getattr(this, "_fieldnames")
}

fn dict_reader_next(this: &Value) -> PyResult<Value> {
    if crate::value::compare::eq_bool(&getattr(this, "line_num")?, &Value::int(0))? {
        fieldnames_get(this)?;
    }
    let reader = getattr(this, "reader")?;
    let mut row = next_or(&reader, None)?;
    setattr(this, "line_num", getattr(&reader, "line_num")?)?;
    while matches!(&row, Value::List(l) if l.borrow().is_empty()) {
        row = next_or(&reader, None)?;
    }
    let names = collect(&fieldnames_get(this)?)?;
    let cells = collect(&row)?;
    let mut items: Vec<(Value, Value)> = names.iter().cloned().zip(cells.iter().cloned()).collect();
    if names.len() < cells.len() {
        items.push((getattr(this, "restkey")?, Value::list(cells[names.len()..].to_vec())));
    } else if names.len() > cells.len() {
        let restval = getattr(this, "restval")?;
        for key in &names[cells.len()..] {
            items.push((key.clone(), restval.clone()));
        }
    }
    Value::dict(items)
}

pub fn dict_reader_class() -> Rc<Class> {
    runtime_class("csv", "DictReader", vec![], || {
        let getter = method("fieldnames", |this, _, _| fieldnames_get(this)).1;
        let setter = method("fieldnames", |this, args, _| {
            setattr(this, "_fieldnames", args.into_iter().next().unwrap_or(Value::None))?;
            Ok(Value::None)
        })
        .1;
        vec![
            method_kw("__init__", |this, args, kwargs| {
                let mut args = args;
                if args.is_empty() {
                    return Err(PyErr::type_error("DictReader.__init__() missing 1 required positional argument: 'f'"));
                }
                let f = args.remove(0);
                let (named, rest, kwds) = bind("DictReader", args, kwargs, &["fieldnames", "restkey", "restval", "dialect"])?;
                let mut named = named.into_iter();
                set_state(this, "_fieldnames", fieldnames_arg(named.next().flatten())?);
                set_state(this, "restkey", named.next().flatten().unwrap_or(Value::None));
                set_state(this, "restval", named.next().flatten().unwrap_or(Value::None));
                let dialect = named.next().flatten().unwrap_or_else(|| Value::str("excel"));
                set_state(this, "reader", inner(super::csv::reader, f, dialect.clone(), rest, kwds)?);
                set_state(this, "dialect", dialect);
                set_state(this, "line_num", Value::int(0));
                Ok(Value::None)
            }),
            method("__iter__", |this, _, _| Ok(this.clone())),
            method("__next__", |this, _, _| dict_reader_next(this)),
            ("fieldnames", crate::value::class::make_property(getter, setter)),
        ]
    })
}

/// `DictWriter._dict_to_list`: the row's values in `fieldnames` order.
fn dict_to_list(this: &Value, rowdict: &Value) -> PyResult<Value> {
    let names = getattr(this, "fieldnames")?;
    if let Value::Str(s) = getattr(this, "extrasaction")? {
        if s.as_str() == "raise" {
            let keys = call_method(rowdict, "keys", vec![], vec![])?;
            let wrong = collect(&crate::value::ops::sub(&keys, &names)?)?;
            if !wrong.is_empty() {
                let shown: PyResult<Vec<String>> = wrong.iter().map(|x| repr_of(x).map(|s| s.to_string())).collect();
                return Err(PyErr::value_error(format!(
                    "dict contains fields not in fieldnames: {}",
                    shown?.join(", ")
                )));
            }
        }
    }
    let restval = getattr(this, "restval")?;
    let mut out = Vec::new();
    for key in collect(&names)? {
        out.push(call_method(rowdict, "get", vec![key, restval.clone()], vec![])?);
    }
    Ok(Value::list(out))
}

pub fn dict_writer_class() -> Rc<Class> {
    runtime_class("csv", "DictWriter", vec![], || {
        vec![
            method_kw("__init__", |this, args, kwargs| {
                let mut args = args;
                if args.is_empty() {
                    return Err(PyErr::type_error(
                        "DictWriter.__init__() missing 2 required positional arguments: 'f' and 'fieldnames'",
                    ));
                }
                let f = args.remove(0);
                let (named, rest, kwds) = bind("DictWriter", args, kwargs, &["fieldnames", "restval", "extrasaction", "dialect"])?;
                let mut named = named.into_iter();
                let fieldnames = named.next().flatten().ok_or_else(|| {
                    PyErr::type_error("DictWriter.__init__() missing 1 required positional argument: 'fieldnames'")
                })?;
                set_state(this, "fieldnames", fieldnames_arg(Some(fieldnames))?);
                set_state(this, "restval", named.next().flatten().unwrap_or_else(|| Value::str("")));
                let action = named.next().flatten().unwrap_or_else(|| Value::str("raise"));
                let action = call_method(&action, "lower", vec![], vec![])?;
                let ok = matches!(&action, Value::Str(s) if s.as_str() == "raise" || s.as_str() == "ignore");
                if !ok {
                    return Err(PyErr::value_error(format!(
                        "extrasaction ({}) must be 'raise' or 'ignore'",
                        crate::value::text::str_of(&action)?
                    )));
                }
                set_state(this, "extrasaction", action);
                let dialect = named.next().flatten().unwrap_or_else(|| Value::str("excel"));
                set_state(this, "writer", inner(super::csv_write::writer, f, dialect, rest, kwds)?);
                Ok(Value::None)
            }),
            method("writeheader", |this, _, _| {
                let names = collect(&getattr(this, "fieldnames")?)?;
                let header = Value::dict(names.iter().map(|n| (n.clone(), n.clone())).collect())?;
                call_method(this, "writerow", vec![header], vec![])
            }),
            method("writerow", |this, args, _| {
                super::args::arity("writerow", &args, 1, 1)?;
                let row = dict_to_list(this, &args[0])?;
                call_method(&getattr(this, "writer")?, "writerow", vec![row], vec![])
            }),
            method("writerows", |this, args, _| {
                super::args::arity("writerows", &args, 1, 1)?;
                let writer = getattr(this, "writer")?;
                for row in crate::value::iterate::iterate(&args[0])? {
                    let row = dict_to_list(this, &row?)?;
                    call_method(&writer, "writerow", vec![row], vec![])?;
                }
                Ok(Value::None)
            }),
        ]
    })
}
