//! Functions as values and calls: binding positional and keyword arguments to parameters
//! with CPython's `TypeError` messages, defaults, `*args`, `**kwargs`, keyword-only
//! parameters; calling classes (instantiation, `__init__`), bound methods and built-ins.
//! Owner: runtime-objects.

use crate::exc::PyResult;
use crate::str::Str;
use crate::value::{Kwargs, Params, Value};

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
        todo!()
    }

    /// A runtime function value (used by built-ins and the standard library modules).
    pub fn builtin(name: &str, call: impl Fn(Vec<Value>, Kwargs) -> PyResult<Value> + 'static) -> Value {
        todo!()
    }
}

/// A keyword argument `name=value`.
pub fn kw(name: &str, value: Value) -> (Str, Value) {
    (Str::from(name), value)
}

/// `f(*args, **kwargs)`: any callable (`TypeError: 'int' object is not callable`).
pub fn call(f: &Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
}

/// `obj.name(*args, **kwargs)` without building a bound method where it can.
pub fn call_method(obj: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    todo!()
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
    todo!()
}
