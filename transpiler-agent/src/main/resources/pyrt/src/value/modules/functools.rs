//! The `functools` module: `reduce`, `partial`, `lru_cache`/`cache`, `cmp_to_key`,
//! `wraps`/`update_wrapper`, `total_ordering`, `singledispatch`, `singledispatchmethod`,
//! `cached_property`.

use super::args::{arity, func, func_kw, module, no_more_kwargs, take_kw};
use super::objs::{instance, method, method_kw, runtime_class, state};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::{getattr, setattr};
use crate::value::class::call_dunder;
use crate::value::compare::{eq_bool, lt_bool};
use crate::value::func::call;
use crate::value::iterate::iterate;
use crate::value::{DictObj, Kwargs, Module, Params, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

fn reduce(args: Vec<Value>) -> PyResult<Value> {
    arity("reduce", &args, 2, 3)?;
    let mut it = match iterate(&args[1]) {
        Ok(it) => it,
        Err(e) if e.type_name == "TypeError" => {
            return Err(PyErr::type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = match args.get(2) {
        Some(v) => v.clone(),
        None => match it.next() {
            Some(v) => v?,
            None => return Err(PyErr::type_error("reduce() of empty iterable with no initial value")),
        },
    };
    for x in it {
        acc = call(&args[0], vec![acc, x?], vec![])?;
    }
    Ok(acc)
}

fn partial_class() -> Rc<crate::value::Class> {
    runtime_class("functools", "partial", vec![], || {
        vec![
            method_kw("__call__", |this, more, more_kw| {
                let f = state(this, "func")?;
                let mut all = match state(this, "args")? {
                    Value::Tuple(t) => t.as_ref().clone(),
                    _ => Vec::new(),
                };
                all.extend(more);
                let mut kw: Kwargs = super::objs::dict_to_kwargs(Some(state(this, "keywords")?));
                for (k, v) in more_kw {
                    kw.retain(|(n, _)| n != &k);
                    kw.push((k, v));
                }
                call(&f, all, kw)
            }),
            method("__repr__", |this, _, _| {
                let mut parts = vec![crate::value::text::repr_of(&state(this, "func")?)?.to_string()];
                if let Value::Tuple(t) = state(this, "args")? {
                    for a in t.iter() {
                        parts.push(crate::value::text::repr_of(a)?.to_string());
                    }
                }
                for (k, v) in super::objs::dict_to_kwargs(Some(state(this, "keywords")?)) {
                    parts.push(format!("{}={}", k.as_str(), crate::value::text::repr_of(&v)?));
                }
                Ok(Value::str(&format!("functools.partial({})", parts.join(", "))))
            }),
        ]
    })
}

fn partial(mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error("type 'partial' takes at least one argument"));
    }
    let mut f = args.remove(0);
    if !crate::value::ops::truthy(&crate::value::builtins::callable(vec![f.clone()], vec![])?)? {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let cls = partial_class();
    let mut kw: Kwargs = Vec::new();
    // A partial of a partial flattens into one, as CPython's does.
    if let Value::Instance(i) = &f {
        if Rc::ptr_eq(&i.class, &cls) {
            let mut inner = match state(&f, "args")? {
                Value::Tuple(t) => t.as_ref().clone(),
                _ => Vec::new(),
            };
            inner.extend(args);
            args = inner;
            kw = super::objs::dict_to_kwargs(Some(state(&f, "keywords")?));
            f = state(&f, "func")?;
        }
    }
    for (k, v) in kwargs {
        kw.retain(|(n, _)| n != &k);
        kw.push((k, v));
    }
    let kw = Value::dict(kw.into_iter().map(|(k, v)| (Value::Str(k), v)).collect())?;
    Ok(instance(&cls, vec![("func", f), ("args", Value::tuple(args)), ("keywords", kw)]))
}

/// Copies `__module__`, `__name__`, `__qualname__`, `__doc__` and `__dict__` of `wrapped`
/// onto `wrapper` and sets `__wrapped__` (missing attributes are skipped, as in CPython).
pub fn update_wrapper(wrapper: &Value, wrapped: &Value) -> PyResult<()> {
    // functools.WRAPPER_ASSIGNMENTS (the wrapped function's annotations replace the wrapper's).
    for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
        if let Ok(v) = getattr(wrapped, name) {
            let _ = setattr(wrapper, name, v);
        }
    }
    if let (Value::Func(dst), Value::Func(src)) = (wrapper, wrapped) {
        if !Rc::ptr_eq(dst, src) {
            for (k, v) in src.attrs.borrow().items() {
                dst.attrs.borrow_mut().insert(k, v)?;
            }
        }
    }
    setattr(wrapper, "__wrapped__", wrapped.clone())
}

fn wraps(args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    arity("wraps", &args, 1, 3)?;
    let wrapped = args[0].clone();
    Ok(Value::builtin("wraps", move |w, _| {
        arity("update_wrapper", &w, 1, 1)?;
        update_wrapper(&w[0], &wrapped)?;
        Ok(w[0].clone())
    }))
}

/// The memoising wrapper of `lru_cache(maxsize)` (`None`: unbounded) around `f`.
fn cached(f: Value, maxsize: Option<usize>, typed: bool) -> PyResult<Value> {
    let name = getattr(&f, "__name__").ok().and_then(|n| match n {
        Value::Str(s) => Some(s.to_string()),
        _ => None,
    });
    let name = name.unwrap_or_else(|| "wrapper".to_string());
    let table = Rc::new(RefCell::new(DictObj::new()));
    let (hits, misses) = (Rc::new(Cell::new(0i64)), Rc::new(Cell::new(0i64)));
    let (t, h, m, target) = (table.clone(), hits.clone(), misses.clone(), f.clone());
    let wrapper = Value::star_function(&name, &name, move |args: Vec<Value>, kwargs: Kwargs| {
        if maxsize == Some(0) {
            m.set(m.get() + 1);
            return call(&target, args, kwargs);
        }
        let mut key_items = args.clone();
        if !kwargs.is_empty() {
            key_items.push(Value::Ellipsis);
            for (k, v) in &kwargs {
                key_items.push(Value::Str(k.clone()));
                key_items.push(v.clone());
            }
        }
        if typed {
            // `typed=True`: `f(1)` and `f(1.0)` are cached apart (the key holds the types).
            for v in args.iter().chain(kwargs.iter().map(|(_, v)| v)) {
                key_items.push(Value::Class(crate::value::class::type_of(v)));
            }
        }
        let key = Value::tuple(key_items);
        let found = t.borrow().get(&key)?;
        if let Some(v) = found {
            h.set(h.get() + 1);
            if maxsize.is_some() {
                let mut tb = t.borrow_mut();
                tb.remove(&key)?;
                tb.insert(key, v.clone())?;
            }
            return Ok(v);
        }
        m.set(m.get() + 1);
        let result = call(&target, args, kwargs)?;
        let mut tb = t.borrow_mut();
        if let Some(max) = maxsize {
            if tb.len() >= max {
                if let Some(oldest) = tb.keys().into_iter().next() {
                    tb.remove(&oldest)?;
                }
            }
        }
        tb.insert(key, result.clone())?;
        Ok(result)
    });
    update_wrapper(&wrapper, &f)?;
    let (t2, h2, m2) = (table.clone(), hits.clone(), misses.clone());
    let maxv = maxsize.map(|n| Value::int(n as i64)).unwrap_or(Value::None);
    setattr(
        &wrapper,
        "cache_info",
        Value::builtin("cache_info", move |_, _| {
            let size = t2.borrow().len() as i64;
            let info = super::collections::make_namedtuple_value(
                "CacheInfo",
                &["hits", "misses", "maxsize", "currsize"],
                vec![Value::int(h2.get()), Value::int(m2.get()), maxv.clone(), Value::int(size)],
            )?;
            Ok(info)
        }),
    )?;
    let t3 = table;
    setattr(
        &wrapper,
        "cache_clear",
        Value::builtin("cache_clear", move |_, _| {
            t3.borrow_mut().clear();
            hits.set(0);
            misses.set(0);
            Ok(Value::None)
        }),
    )?;
    Ok(wrapper)
}

fn lru_cache(args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let kw_max = take_kw(&mut kwargs, "maxsize");
    let typed_kw = take_kw(&mut kwargs, "typed");
    no_more_kwargs("lru_cache", &kwargs)?;
    let mut args = args.into_iter();
    let first = args.next().or(kw_max).unwrap_or(Value::int(128));
    let typed = match args.next().or(typed_kw) {
        Some(t) => crate::value::ops::truthy(&t)?,
        None => false,
    };
    let maxsize = match &first {
        Value::None => None,
        Value::Int(_) | Value::Bool(_) => Some(super::args::to_i64(&first)?.max(0) as usize),
        f if crate::value::ops::truthy(&crate::value::builtins::callable(vec![f.clone()], vec![])?)? => {
            return cached(f.clone(), Some(128), false)
        }
        _ => return Err(PyErr::type_error("Expected first argument to be an integer, a callable, or None")),
    };
    Ok(Value::builtin("decorating_function", move |fs, _| {
        arity("decorating_function", &fs, 1, 1)?;
        cached(fs[0].clone(), maxsize, typed)
    }))
}

fn cmp_to_key(args: Vec<Value>) -> PyResult<Value> {
    arity("cmp_to_key", &args, 1, 1)?;
    let cmp = args[0].clone();
    let cls = runtime_class("functools", "KeyWrapper", vec![], || {
        fn op(name: &'static str, test: fn(i32) -> bool) -> (&'static str, Value) {
            method(name, move |this, args, _| {
                let other = args.get(0).cloned().unwrap_or(Value::None);
                let f = state(this, "__cmp__")?;
                let r = call(&f, vec![state(this, "obj")?, state(&other, "obj")?], vec![])?;
                let sign = if lt_bool(&r, &Value::int(0))? {
                    -1
                } else if eq_bool(&r, &Value::int(0))? {
                    0
                } else {
                    1
                };
                Ok(Value::Bool(test(sign)))
            })
        }
        vec![
            op("__lt__", |s| s < 0),
            op("__le__", |s| s <= 0),
            op("__gt__", |s| s > 0),
            op("__ge__", |s| s >= 0),
            op("__eq__", |s| s == 0),
            ("__hash__", Value::None),
        ]
    });
    Ok(Value::builtin("K", move |objs, _| {
        arity("K", &objs, 1, 1)?;
        Ok(instance(&cls, vec![("obj", objs[0].clone()), ("__cmp__", cmp.clone())]))
    }))
}

/// The comparison `total_ordering` derives: `name` from `root` (`a root b` as `r`).
fn derived(root: &'static str, name: &'static str) -> Value {
    let params = Params::new(&["self", "other"]);
    Value::function(name, name, params, vec![], vec![], move |slots| {
        let (a, b) = (&slots[0], &slots[1]);
        let r = call_dunder(a, root, vec![b.clone()])?.unwrap_or(Value::NotImplemented);
        if let Value::NotImplemented = r {
            return Ok(r);
        }
        let r = crate::value::ops::truthy(&r)?;
        let eq = || eq_bool(a, b);
        let out = match (root, name) {
            ("__lt__", "__gt__") => !r && !eq()?,
            ("__le__", "__ge__") | ("__ge__", "__le__") => !r || eq()?,
            ("__lt__", "__le__") | ("__gt__", "__ge__") => r || eq()?,
            ("__le__", "__lt__") | ("__ge__", "__gt__") => r && !eq()?,
            ("__gt__", "__lt__") => !r && !eq()?,
            _ => !r,
        };
        Ok(Value::Bool(out))
    })
}

fn total_ordering(args: Vec<Value>) -> PyResult<Value> {
    arity("total_ordering", &args, 1, 1)?;
    let cls = match &args[0] {
        Value::Class(c) => c.clone(),
        _ => return Err(PyErr::type_error("total_ordering needs a class")),
    };
    let ops = ["__lt__", "__le__", "__gt__", "__ge__"];
    let defined: Vec<&'static str> = ops.iter().copied().filter(|o| cls.dict.borrow().get_str(o).is_some()).collect();
    let root = match defined.first() {
        Some(r) => *r,
        None => return Err(PyErr::value_error("must define at least one ordering operation: < > <= >=")),
    };
    for op in ops {
        if !defined.contains(&op) {
            cls.dict.borrow_mut().set_str(op, derived(root, op));
        }
    }
    Ok(args[0].clone())
}

type Registry = Rc<RefCell<Vec<(Rc<crate::value::Class>, Value)>>>;

/// The implementation registered for the closest class in the MRO of `cls`.
fn dispatch(registry: &Registry, cls: &Rc<crate::value::Class>) -> Option<Value> {
    let mro = cls.mro.borrow().clone();
    let reg = registry.borrow();
    for c in mro.iter() {
        if let Some((_, f)) = reg.iter().find(|(k, _)| Rc::ptr_eq(k, c)) {
            return Some(f.clone());
        }
    }
    // Every class ends at `object`, which holds the default implementation.
    reg.iter()
        .find(|(k, _)| k.builtin == Some(crate::value::BuiltinType::Object))
        .map(|(_, f)| f.clone())
}

fn add_impl(registry: &Registry, cls: Rc<crate::value::Class>, f: Value) {
    let mut reg = registry.borrow_mut();
    reg.retain(|(k, _)| !Rc::ptr_eq(k, &cls));
    reg.push((cls, f));
}

/// The function a `classmethod` or `staticmethod` holds (whose annotations `register` reads,
/// as CPython's do through the `__annotations__` they copy), else `f` itself.
fn wrapped_function(f: &Value) -> Value {
    match f {
        Value::Instance(d) if d.class.builtin == Some(crate::value::BuiltinType::Descriptor) => {
            d.dict.borrow().get_str("__func__").unwrap_or_else(|| f.clone())
        }
        _ => f.clone(),
    }
}

/// The classes `@f.register` reads from a function's first annotation (a class or a union
/// of classes, as `functools` accepts since 3.11).
fn annotated_classes(f: &Value) -> PyResult<Vec<Rc<crate::value::Class>>> {
    let hints = super::typing_hints::get_type_hints(vec![wrapped_function(f)], vec![])?;
    let first = match &hints {
        Value::Dict(d) => d.borrow().items().into_iter().next().map(|(_, v)| v),
        _ => None,
    };
    let members = match &first {
        Some(Value::Class(c)) => return Ok(vec![c.clone()]),
        Some(u) => super::generic_alias::union_args(u).or_else(|| super::typing_hints::typing_union_members(u)),
        None => None,
    };
    let mut out = Vec::new();
    for m in members.unwrap_or_default() {
        match m {
            Value::Class(c) => out.push(c),
            _ => return Err(PyErr::untranslatable("singledispatch register() by an annotation that is not a class")),
        }
    }
    if out.is_empty() {
        return Err(PyErr::untranslatable("singledispatch register() by an annotation that is not a class"));
    }
    Ok(out)
}

/// `@singledispatch`: calls the implementation registered for the type of the first
/// argument. `register(cls)` / `register(cls, func)` register one; `register(func)` reads
/// the class from the function's first annotation.
fn singledispatch(args: Vec<Value>) -> PyResult<Value> {
    arity("singledispatch", &args, 1, 1)?;
    let default = args[0].clone();
    let registry: Registry = Rc::new(RefCell::new(Vec::new()));
    add_impl(&registry, crate::value::class::builtin_class(crate::value::BuiltinType::Object), default.clone());
    let name = match getattr(&default, "__name__")? {
        Value::Str(s) => s.to_string(),
        _ => "wrapper".to_string(),
    };
    let reg = registry.clone();
    let fname = name.clone();
    let wrapper = Value::star_function(&name, &name, move |args: Vec<Value>, kwargs: Kwargs| {
        let first = args.first().ok_or_else(|| {
            PyErr::type_error(format!("{} requires at least 1 positional argument", fname))
        })?;
        let f = dispatch(&reg, &crate::value::class::type_of(first)).unwrap_or(Value::None);
        call(&f, args, kwargs)
    });
    update_wrapper(&wrapper, &default)?;
    let reg = registry.clone();
    setattr(
        &wrapper,
        "register",
        Value::builtin("register", move |args, kwargs| {
            super::args::no_kwargs("register", &kwargs)?;
            arity("register", &args, 1, 2)?;
            let cls = match &args[0] {
                Value::Class(c) => c.clone(),
                f @ (Value::Func(_) | Value::Instance(_)) if args.len() == 1 && matches!(wrapped_function(f), Value::Func(_)) => {
                    for c in annotated_classes(f)? {
                        add_impl(&reg, c, f.clone());
                    }
                    return Ok(f.clone());
                }
                _ => return Err(PyErr::untranslatable("singledispatch register() with this argument")),
            };
            if let Some(f) = args.get(1) {
                add_impl(&reg, cls, f.clone());
                return Ok(f.clone());
            }
            let reg = reg.clone();
            Ok(Value::builtin("register", move |fs, _| {
                arity("register", &fs, 1, 1)?;
                add_impl(&reg, cls.clone(), fs[0].clone());
                Ok(fs[0].clone())
            }))
        }),
    )?;
    let reg = registry;
    setattr(
        &wrapper,
        "dispatch",
        Value::builtin("dispatch", move |args, _| {
            arity("dispatch", &args, 1, 1)?;
            match &args[0] {
                Value::Class(c) => Ok(dispatch(&reg, c).unwrap_or(Value::None)),
                v => Err(PyErr::type_error(format!("dispatch() needs a class, not '{}'", v.type_name()))),
            }
        }),
    )?;
    Ok(wrapper)
}

/// `functools.singledispatchmethod(func)`: a descriptor whose `__get__` gives a function that
/// dispatches on the class of its first argument (after the receiver) and calls the
/// implementation bound as the attribute itself would be (`method.__get__(obj, cls)`), so
/// implementations may be plain methods, `classmethod`s or `staticmethod`s.
fn singledispatchmethod_class() -> Rc<crate::value::Class> {
    runtime_class("functools", "singledispatchmethod", vec![], || {
        vec![
            method("register", |this, args, _| {
                arity("register", &args, 1, 2)?;
                call(&getattr(&state(this, "dispatcher")?, "register")?, args, vec![])
            }),
            method("__get__", |this, args, _| {
                arity("__get__", &args, 1, 2)?;
                let obj = args[0].clone();
                let owner = match args.get(1) {
                    Some(Value::Class(c)) => c.clone(),
                    _ => crate::value::class::type_of(&obj),
                };
                let dispatch = getattr(&state(this, "dispatcher")?, "dispatch")?;
                let func = state(this, "func")?;
                let name = match getattr(&func, "__name__") {
                    Ok(Value::Str(s)) => s.to_string(),
                    _ => "_method".to_string(),
                };
                let bound = Value::star_function(&name, &name, move |args: Vec<Value>, kwargs: Kwargs| {
                    let first = args.first().ok_or_else(|| PyErr::new("IndexError", "tuple index out of range"))?;
                    let class = Value::Class(crate::value::class::type_of(first));
                    let f = call(&dispatch, vec![class], vec![])?;
                    let receiver = if let Value::None = obj { None } else { Some(&obj) };
                    call(&crate::value::class::bind_attr(f, receiver, &owner)?, args, kwargs)
                });
                setattr(&bound, "register", getattr(this, "register")?)?;
                update_wrapper(&bound, &func)?;
                Ok(bound)
            }),
        ]
    })
}

/// `functools.cached_property(func)`: a non-data descriptor whose `__get__` runs `func` once
/// and stores the result in the instance dict under the attribute's name, which later reads
/// find first.
fn cached_property_class() -> Rc<crate::value::Class> {
    runtime_class("functools", "cached_property", vec![], || {
        vec![
            method("__set_name__", |this, args, _| {
                arity("__set_name__", &args, 2, 2)?;
                super::objs::set_state(this, "attrname", args[1].clone());
                Ok(Value::None)
            }),
            method("__get__", |this, args, _| {
                arity("__get__", &args, 1, 2)?;
                let obj = args[0].clone();
                if let Value::None = obj {
                    return Ok(this.clone());
                }
                let name = match this {
                    Value::Instance(i) => i.dict.borrow().get_str("attrname"),
                    _ => None,
                };
                let name = match name {
                    Some(Value::Str(n)) => n,
                    _ => {
                        return Err(PyErr::type_error(
                            "Cannot use cached_property instance without calling __set_name__ on it.",
                        ))
                    }
                };
                let value = call(&state(this, "func")?, vec![obj.clone()], vec![])?;
                crate::value::attr::raw_setattr(&obj, name.as_str(), value.clone())?;
                Ok(value)
            }),
        ]
    })
}

pub fn build() -> Module {
    module(
        "functools",
        vec![
            func("reduce", reduce),
            func_kw("partial", partial),
            func_kw("lru_cache", lru_cache),
            func("cache", |args| {
                arity("cache", &args, 1, 1)?;
                cached(args[0].clone(), None, false)
            }),
            func("cmp_to_key", cmp_to_key),
            func_kw("wraps", wraps),
            func("update_wrapper", |args| {
                arity("update_wrapper", &args, 2, 2)?;
                update_wrapper(&args[0], &args[1])?;
                Ok(args[0].clone())
            }),
            func("total_ordering", total_ordering),
            func("singledispatch", singledispatch),
            func("singledispatchmethod", |args| {
                arity("singledispatchmethod", &args, 1, 1)?;
                let dispatcher = singledispatch(args.clone())?;
                Ok(instance(&singledispatchmethod_class(), vec![("dispatcher", dispatcher), ("func", args[0].clone())]))
            }),
            func("cached_property", |args| {
                arity("cached_property", &args, 1, 1)?;
                let doc = getattr(&args[0], "__doc__").unwrap_or(Value::None);
                Ok(instance(&cached_property_class(), vec![("func", args[0].clone()), ("__doc__", doc)]))
            }),
        ],
    )
}
