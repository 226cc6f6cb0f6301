//! `typing.TypeVar`, `ParamSpec` and `TypeVarTuple`: markers that print as CPython's (`~T`,
//! `+T_co`, `~P`, `P.args`, `Ts`) and carry the attributes CPython 3.12 gives them (`__name__`,
//! `__bound__`, `__constraints__`, the variance flags), with its argument checks and messages.

use super::args::take_kw;
use super::typing::kind_class;
use crate::exc::{PyErr, PyResult};
use crate::value::class::new_instance;
use crate::value::ops::truthy;
use crate::value::{Kwargs, Value};

fn marker(kind: &'static str, text: &str, attrs: Vec<(&str, Value)>) -> Value {
    let v = new_instance(&kind_class(kind));
    if let Value::Instance(i) = &v {
        let mut d = i.dict.borrow_mut();
        d.set_str("_text", Value::str(text));
        for (name, value) in attrs {
            d.set_str(name, value);
        }
    }
    v
}

fn name_arg(what: &str, args: &[Value]) -> PyResult<String> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.to_string()),
        Some(other) => Err(PyErr::type_error(format!(
            "{}() argument 'name' must be str, not {}",
            what,
            other.type_name()
        ))),
        None => Err(PyErr::type_error(format!("{}() missing required argument 'name' (pos 1)", what))),
    }
}

fn flag(kwargs: &mut Kwargs, name: &str) -> PyResult<bool> {
    match take_kw(kwargs, name) {
        Some(v) => truthy(&v),
        None => Ok(false),
    }
}

fn no_more(what: &str, kwargs: &Kwargs) -> PyResult<()> {
    match kwargs.first() {
        Some((k, _)) => Err(PyErr::type_error(format!("'{}' is an invalid keyword argument for {}()", k, what))),
        None => Ok(()),
    }
}

/// The name's prefix in the repr: `+` covariant, `-` contravariant, none when inferred.
fn variance(covariant: bool, contravariant: bool, infer: bool) -> PyResult<&'static str> {
    if covariant && contravariant {
        return Err(PyErr::value_error("Bivariant types are not supported."));
    }
    if infer && (covariant || contravariant) {
        return Err(PyErr::value_error("Variance cannot be specified with infer_variance."));
    }
    Ok(if infer {
        ""
    } else if covariant {
        "+"
    } else if contravariant {
        "-"
    } else {
        "~"
    })
}

/// `TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False)`.
pub fn type_var(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let name = name_arg("typevar", &args)?;
    let bound = take_kw(&mut kwargs, "bound").unwrap_or(Value::None);
    let (co, contra, infer) = (flag(&mut kwargs, "covariant")?, flag(&mut kwargs, "contravariant")?, flag(&mut kwargs, "infer_variance")?);
    no_more("typevar", &kwargs)?;
    let prefix = variance(co, contra, infer)?;
    let constraints = args[1..].to_vec();
    if constraints.len() == 1 {
        return Err(PyErr::type_error("A single constraint is not allowed"));
    }
    if !constraints.is_empty() && !matches!(bound, Value::None) {
        return Err(PyErr::type_error("Constraints cannot be combined with bound=..."));
    }
    Ok(marker("TypeVar", &format!("{}{}", prefix, name), vec![
        ("__name__", Value::str(&name)),
        ("__bound__", bound),
        ("__constraints__", Value::tuple(constraints)),
        ("__covariant__", Value::Bool(co)),
        ("__contravariant__", Value::Bool(contra)),
        ("__infer_variance__", Value::Bool(infer)),
    ]))
}

/// `ParamSpec(name, *, bound=None, covariant=False, contravariant=False, infer_variance=False)`,
/// with its `args` and `kwargs` (`P.args`, `P.kwargs`).
pub fn param_spec(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let name = name_arg("paramspec", &args)?;
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("paramspec() takes exactly 1 positional argument ({} given)", args.len())));
    }
    let bound = take_kw(&mut kwargs, "bound").unwrap_or(Value::None);
    let (co, contra, infer) = (flag(&mut kwargs, "covariant")?, flag(&mut kwargs, "contravariant")?, flag(&mut kwargs, "infer_variance")?);
    no_more("paramspec", &kwargs)?;
    let prefix = variance(co, contra, infer)?;
    let spec = marker("ParamSpec", &format!("{}{}", prefix, name), vec![
        ("__name__", Value::str(&name)),
        ("__bound__", bound),
        ("__covariant__", Value::Bool(co)),
        ("__contravariant__", Value::Bool(contra)),
        ("__infer_variance__", Value::Bool(infer)),
    ]);
    let args_of = marker("ParamSpecArgs", &format!("{}.args", name), vec![("__origin__", spec.clone())]);
    let kwargs_of = marker("ParamSpecKwargs", &format!("{}.kwargs", name), vec![("__origin__", spec.clone())]);
    if let Value::Instance(i) = &spec {
        let mut d = i.dict.borrow_mut();
        d.set_str("args", args_of);
        d.set_str("kwargs", kwargs_of);
    }
    Ok(spec)
}

/// `TypeVarTuple(name)`; unpacking it (`*Ts`) is not provided.
pub fn type_var_tuple(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let name = name_arg("typevartuple", &args)?;
    if args.len() > 1 {
        return Err(PyErr::type_error(format!("typevartuple() takes at most 1 argument ({} given)", args.len())));
    }
    no_more("typevartuple", &kwargs)?;
    Ok(marker("TypeVarTuple", &name, vec![("__name__", Value::str(&name))]))
}
