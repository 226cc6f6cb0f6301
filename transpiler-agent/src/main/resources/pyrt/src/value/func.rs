//! Functions as values and calls: binding positional and keyword arguments to parameters
//! with CPython's `TypeError` messages, defaults, `*args`, `**kwargs`, keyword-only
//! parameters; calling classes (instantiation, `__init__`), bound methods and built-ins.
//! Owner: runtime-objects.

use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::class;
use crate::value::{BoundMethod, BuiltinFn, DictObj, Function, Kwargs, Params, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Params {
    /// Positional-or-keyword parameters, in order.
    pub fn new(positional: &[&'static str]) -> Params {
        Params { positional: positional.to_vec(), ..Params::default() }
    }

    /// The first `n` positional parameters are positional-only (`/`).
    pub fn posonly(mut self, n: usize) -> Params {
        self.posonly = n;
        self
    }

    pub fn varargs(mut self, name: &'static str) -> Params {
        self.varargs = Some(name);
        self
    }

    pub fn kwonly(mut self, names: &[&'static str]) -> Params {
        self.kwonly = names.to_vec();
        self
    }

    pub fn varkw(mut self, name: &'static str) -> Params {
        self.varkw = Some(name);
        self
    }
}

impl Value {
    /// A Python function value (`def` or `lambda`). `qualname` is `outer.<locals>.inner`
    /// or `Class.method` as CPython names it.
    pub fn function(
        name: &str,
        qualname: &str,
        params: Params,
        defaults: Vec<Value>,
        kwdefaults: Vec<(&'static str, Value)>,
        body: impl Fn(Vec<Value>) -> PyResult<Value> + 'static,
    ) -> Value {
        Value::Func(Rc::new(Function {
            name: Str::from(name),
            qualname: Str::from(qualname),
            params,
            defaults,
            kwdefaults,
            body: Box::new(body),
            attrs: RefCell::new(DictObj::new()),
        }))
    }

    /// A runtime function value (used by built-ins and the standard library modules).
    pub fn builtin(name: &str, call: impl Fn(Vec<Value>, Kwargs) -> PyResult<Value> + 'static) -> Value {
        Value::Builtin(Rc::new(BuiltinFn { name: Str::from(name), call: Box::new(call) }))
    }

    /// A method the runtime defines on a class (`BaseException.__str__`, a dataclass's
    /// `__eq__`): unlike [`Value::builtin`], it binds to the instance as a `def` does, and
    /// `call` receives the instance first.
    pub fn runtime_method(
        qualname: &str,
        call: impl Fn(Vec<Value>, Kwargs) -> PyResult<Value> + 'static,
    ) -> Value {
        let name = qualname.rsplit('.').next().unwrap_or(qualname);
        Value::star_function(name, qualname, call)
    }

    /// A function of `(*args, **kwargs)` that Python code sees as a `def` (wrappers that
    /// `functools` makes, runtime methods): `call` receives the positional and keyword arguments.
    pub fn star_function(
        name: &str,
        qualname: &str,
        call: impl Fn(Vec<Value>, Kwargs) -> PyResult<Value> + 'static,
    ) -> Value {
        Value::function(name, qualname, Params::new(&[]).varargs("args").varkw("kwargs"), vec![], vec![], move |slots| {
            let mut slots = slots.into_iter();
            let args = match slots.next() {
                Some(Value::Tuple(t)) => t.as_ref().clone(),
                _ => Vec::new(),
            };
            let kwargs = match slots.next() {
                Some(Value::Dict(d)) => d
                    .borrow()
                    .items()
                    .into_iter()
                    .map(|(k, v)| (match k { Value::Str(s) => s, _ => Str::from("") }, v))
                    .collect(),
                _ => Vec::new(),
            };
            call(args, kwargs)
        })
    }
}

/// A keyword argument `name=value`.
pub fn kw(name: &str, value: Value) -> (Str, Value) {
    (Str::from(name), value)
}

/// `f(*args, **kwargs)`: any callable (`TypeError: 'int' object is not callable`).
pub fn call(f: &Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    match f {
        Value::Func(func) => call_function(func, args, kwargs),
        Value::Builtin(b) => (b.call)(args, kwargs),
        Value::BoundMethod(m) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(m.receiver.clone());
            full.extend(args);
            call(&m.function, full, kwargs)
        }
        Value::Class(c) => class::instantiate(c, args, kwargs),
        Value::Instance(_) if class::has_dunder(f, "__call__") => {
            let method = crate::value::attr::getattr(f, "__call__")?;
            call(&method, args, kwargs)
        }
        _ => Err(PyErr::type_error(format!("'{}' object is not callable", f.type_name()))),
    }
}

/// Calls a Python function: binds the arguments, then runs the body.
pub fn call_function(func: &Function, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let slots = bind(func.qualname.as_str(), &func.params, &func.defaults, &func.kwdefaults, args, kwargs)?;
    (func.body)(slots)
}

/// `obj.name(*args, **kwargs)` without building a bound method where it can.
pub fn call_method(obj: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    match obj {
        Value::Instance(inst) => {
            // A class's own `__getattribute__` sees method lookups too, so it takes the slow path.
            if inst.dict.borrow().get_str(name).is_none()
                && !class::is_super(inst)
                && class::lookup_dunder(&inst.class, "__getattribute__").is_none()
            {
                if let Some(Value::Func(func)) = class::lookup(&inst.class, name) {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(obj.clone());
                    full.extend(args);
                    return call_function(&func, full, kwargs);
                }
            }
            let method = crate::value::attr::getattr(obj, name)?;
            call(&method, args, kwargs)
        }
        Value::Class(_) | Value::Module(_) | Value::Func(_) | Value::BoundMethod(_) | Value::Builtin(_) | Value::Slice(_) => {
            let method = crate::value::attr::getattr(obj, name)?;
            call(&method, args, kwargs)
        }
        _ => crate::value::methods::call(obj, name, args, kwargs),
    }
}

/// Binds a call's arguments to `params`: one value per slot in [`Params`] order, or
/// CPython's `TypeError` (`f() missing 1 required positional argument: 'x'`,
/// `f() takes 2 positional arguments but 3 were given`, `f() got an unexpected keyword
/// argument 'y'`, `f() got multiple values for argument 'x'`).
pub fn bind(
    name: &str,
    params: &Params,
    defaults: &[Value],
    kwdefaults: &[(&'static str, Value)],
    args: Vec<Value>,
    kwargs: Kwargs,
) -> PyResult<Vec<Value>> {
    // The common call: exactly the positional parameters, nothing else to bind.
    if kwargs.is_empty()
        && args.len() == params.positional.len()
        && params.varargs.is_none()
        && params.kwonly.is_empty()
        && params.varkw.is_none()
    {
        return Ok(args);
    }
    let npos = params.positional.len();
    let nkwonly = params.kwonly.len();
    // Slots: positional…, kw-only… (the *args tuple and **kwargs dict are added at the end).
    let mut slots: Vec<Option<Value>> = vec![None; npos + nkwonly];
    let given = args.len();
    let mut extra = Vec::new();
    for (i, a) in args.into_iter().enumerate() {
        if i < npos {
            slots[i] = Some(a);
        } else {
            extra.push(a);
        }
    }
    let mut varkw: Vec<(Value, Value)> = Vec::new();
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (key, value) in kwargs {
        let k: &str = key.as_str();
        let found = params.positional.iter().skip(params.posonly).position(|p| *p == k).map(|i| i + params.posonly)
            .or_else(|| params.kwonly.iter().position(|p| *p == k).map(|i| i + npos));
        match found {
            Some(j) => {
                if slots[j].is_some() {
                    return Err(PyErr::type_error(format!("{}() got multiple values for argument '{}'", name, k)));
                }
                slots[j] = Some(value);
            }
            None if params.varkw.is_some() => varkw.push((Value::Str(key.clone()), value)),
            None => {
                if params.positional[..params.posonly].iter().any(|p| *p == k) {
                    posonly_as_kw.push(k.to_string());
                    continue;
                }
                return Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{}'", name, k)));
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            name,
            posonly_as_kw.join(", ")
        )));
    }
    if given > npos && params.varargs.is_none() {
        return Err(too_many_positional(name, npos, defaults.len(), given, &slots[npos..]));
    }
    let required = npos - defaults.len().min(npos);
    let missing: Vec<&str> =
        (0..required).filter(|i| slots[*i].is_none()).map(|i| params.positional[i]).collect();
    if !missing.is_empty() {
        return Err(missing_arguments(name, "positional", &missing));
    }
    for i in required..npos {
        if slots[i].is_none() {
            slots[i] = Some(defaults[i - required].clone());
        }
    }
    let mut missing_kw = Vec::new();
    for (i, kname) in params.kwonly.iter().enumerate() {
        if slots[npos + i].is_none() {
            match kwdefaults.iter().find(|(n, _)| n == kname) {
                Some((_, v)) => slots[npos + i] = Some(v.clone()),
                None => missing_kw.push(*kname),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(missing_arguments(name, "keyword-only", &missing_kw));
    }
    let mut out: Vec<Value> = Vec::with_capacity(slots.len() + 2);
    let mut slots = slots.into_iter().map(|s| s.expect("every slot was filled"));
    out.extend(slots.by_ref().take(npos));
    if params.varargs.is_some() {
        out.push(Value::tuple(extra));
    }
    out.extend(slots);
    if params.varkw.is_some() {
        out.push(Value::dict(varkw)?);
    }
    Ok(out)
}

fn too_many_positional(name: &str, npos: usize, ndefaults: usize, given: usize, kwonly: &[Option<Value>]) -> PyErr {
    let kwonly_given = kwonly.iter().filter(|s| s.is_some()).count();
    let (sig, plural) = if ndefaults > 0 {
        (format!("from {} to {}", npos - ndefaults.min(npos), npos), true)
    } else {
        (npos.to_string(), npos != 1)
    };
    let kwonly_sig = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given != 1 { "s" } else { "" },
            kwonly_given,
            if kwonly_given != 1 { "s" } else { "" }
        )
    } else {
        String::new()
    };
    PyErr::type_error(format!(
        "{}() takes {} positional argument{} but {}{} {} given",
        name,
        sig,
        if plural { "s" } else { "" },
        given,
        kwonly_sig,
        if given == 1 && kwonly_given == 0 { "was" } else { "were" }
    ))
}

fn missing_arguments(name: &str, kind: &str, names: &[&str]) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    PyErr::type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        name,
        names.len(),
        kind,
        if names.len() == 1 { "" } else { "s" },
        list
    ))
}

/// `obj.method` for a function found on a class: a bound method.
pub fn bind_method(receiver: Value, function: Value) -> Value {
    Value::BoundMethod(Rc::new(BoundMethod { receiver, function }))
}

/// A `def` with a docstring: the function gets it as `__doc__`.
/// A def's `__annotations__`, evaluated when the def ran.
pub fn with_annotations(f: Value, annotations: Value) -> Value {
    if let Value::Func(func) = &f {
        func.attrs.borrow_mut().set_str("__annotations__", annotations);
    }
    f
}

pub fn with_doc(f: Value, doc: &str) -> Value {
    if let Value::Func(func) = &f {
        func.attrs.borrow_mut().set_str("__doc__", Value::str(doc));
    }
    f
}
