//! `csv.writer` (Modules/_csv.c of CPython 3.12): each row is joined with the dialect's
//! quoting decisions (`join_append_data`) and handed to the file's `write` in one call, whose
//! result `writerow` returns.

use super::csv::{dialect_of, error, make_dialect, Dialect, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC, QUOTE_NOTNULL, QUOTE_STRINGS};
use super::objs::{instance, method, runtime_class, state};
use crate::exc::{PyErr, PyResult};
use crate::value::func::call;
use crate::value::iterate::iterate;
use crate::value::text::str_of;
use crate::value::{Class, Kwargs, Value};
use std::rc::Rc;

fn writer_class() -> Rc<Class> {
    runtime_class("_csv", "writer", vec![], || {
        vec![
            method("writerow", |this, args, _| {
                super::args::arity("writerow", &args, 1, 1)?;
                writerow(this, &args[0])
            }),
            method("writerows", |this, args, _| {
                super::args::arity("writerows", &args, 1, 1)?;
                for row in iterate(&args[0])? {
                    writerow(this, &row?)?;
                }
                Ok(Value::None)
            }),
        ]
    })
}

/// `csv.writer(fileobj, dialect='excel', **fmtparams)`.
pub fn writer(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error(format!("writer expected at most 2 arguments, got {}", args.len())));
    }
    let mut it = args.into_iter();
    let file = it.next().unwrap_or(Value::None);
    let dialect = it.next().or_else(|| super::args::take_kw(&mut kwargs, "dialect"));
    let write = match crate::value::attr::getattr(&file, "write") {
        Ok(w) if matches!(crate::value::builtins::callable(vec![w.clone()], vec![]), Ok(Value::Bool(true))) => w,
        _ => return Err(PyErr::type_error("argument 1 must have a \"write\" method")),
    };
    let dialect = make_dialect(dialect, kwargs)?;
    Ok(instance(&writer_class(), vec![("__write__", write), ("dialect", dialect)]))
}

/// `PyNumber_Check`: what `QUOTE_NONNUMERIC` leaves unquoted.
fn is_number(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Instance(_) => ["__index__", "__int__", "__float__", "__complex__"]
            .iter()
            .any(|d| crate::value::class::has_dunder(v, d)),
        _ => false,
    }
}

/// `join_append`: appends one field (`None` for a null field) to the record.
fn append_field(d: &Dialect, rec: &mut String, num_fields: usize, field: Option<&str>, mut quoted: bool) -> PyResult<()> {
    if num_fields > 0 {
        rec.push(d.delimiter);
    }
    let mut body = String::new();
    for c in field.unwrap_or("").chars() {
        let special = c == d.delimiter
            || Some(c) == d.escapechar
            || Some(c) == d.quotechar
            || d.lineterminator.contains(c);
        if special {
            let mut want_escape = false;
            if d.quoting == QUOTE_NONE {
                want_escape = true;
            } else {
                if Some(c) == d.quotechar {
                    if d.doublequote {
                        body.push(c);
                    } else {
                        want_escape = true;
                    }
                } else if Some(c) == d.escapechar {
                    want_escape = true;
                }
                if !want_escape {
                    quoted = true;
                }
            }
            if want_escape {
                match d.escapechar {
                    Some(e) => body.push(e),
                    None => return Err(error("need to escape, but no escapechar set")),
                }
            }
        }
        body.push(c);
    }
    let q = d.quotechar.unwrap_or('"');
    if quoted {
        rec.push(q);
    }
    rec.push_str(&body);
    if quoted {
        rec.push(q);
    }
    Ok(())
}

fn writerow(this: &Value, row: &Value) -> PyResult<Value> {
    let d = dialect_of(&state(this, "dialect")?)?;
    let fields = match iterate(row) {
        Ok(it) => it,
        Err(e) if e.is_instance("TypeError") => {
            return Err(error(format!("iterable expected, not {}", row.type_name())));
        }
        Err(e) => return Err(e),
    };
    let mut rec = String::new();
    let mut num_fields = 0;
    for field in fields {
        let field = field?;
        let quoted = match d.quoting {
            QUOTE_NONNUMERIC => !is_number(&field),
            QUOTE_ALL => true,
            QUOTE_STRINGS => matches!(field, Value::Str(_)),
            QUOTE_NOTNULL => !matches!(field, Value::None),
            _ => false,
        };
        let text = match &field {
            Value::None => None,
            Value::Str(s) => Some(s.clone()),
            other => Some(str_of(other)?),
        };
        append_field(&d, &mut rec, num_fields, text.as_ref().map(|s| s.as_str()), quoted)?;
        num_fields += 1;
    }
    if num_fields > 0 && rec.is_empty() {
        if d.quoting == QUOTE_NONE {
            return Err(error("single empty field record must be quoted"));
        }
        append_field(&d, &mut rec, 0, None, true)?;
    }
    rec.push_str(&d.lineterminator);
    call(&state(this, "__write__")?, vec![Value::str(&rec)], vec![])
}
