//! The program's own modules: the Python files beside the main script, translated into modules
//! of the same crate. Generated code lists them (`register_program`); `import_module` runs a
//! module's top level at its first import, with CPython's module semantics: the module object
//! is in `sys.modules` (here `LOADED`) while its body runs, so a circular import sees it
//! partially initialised; a body that raises leaves no module behind; a submodule becomes an
//! attribute of its package once loaded. A module's attributes are its variables (its
//! `Global`s), so every importer shares one state.

use super::LOADED;
use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::globals::Global;
use crate::value::{DictObj, Module, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// One module of the program, as generated code describes it.
pub struct LocalModule {
    /// The dotted module name (`pkg.sub`).
    pub name: &'static str,
    /// The source file as CPython's `__file__` gives it; empty for a namespace package.
    pub file: &'static str,
    /// Whether it is a package (regular or namespace), so that it has submodules.
    pub package: bool,
    pub globals: &'static [Global],
    /// The module's top-level code.
    pub body: fn() -> PyResult<()>,
}

impl LocalModule {
    pub const fn new(
        name: &'static str,
        file: &'static str,
        package: bool,
        globals: &'static [Global],
        body: fn() -> PyResult<()>,
    ) -> LocalModule {
        LocalModule { name, file, package, globals, body }
    }
}

/// The top-level code of a namespace package: there is none.
pub fn namespace_body() -> PyResult<()> {
    Ok(())
}

thread_local! {
    static PROGRAM: Cell<&'static [LocalModule]> = Cell::new(&[]);
    /// Modules whose body is running (imported, not yet initialised).
    static INITIALIZING: RefCell<Vec<&'static str>> = RefCell::new(Vec::new());
}

/// Makes the program's modules importable; the main module's body calls it first.
pub fn register_program(modules: &'static [LocalModule]) {
    PROGRAM.with(|p| p.set(modules));
}

/// Whether the program has modules besides the main script (so that the module running some
/// code is not known to be the script's).
pub fn has_modules() -> bool {
    PROGRAM.with(|p| !p.get().is_empty())
}

pub(crate) fn find(name: &str) -> Option<&'static LocalModule> {
    PROGRAM.with(|p| p.get().iter().find(|m| m.name == name))
}

/// Whether `module` names the main script or one of the program's modules (their classes are
/// the program's own, not the runtime's).
pub fn is_program_module(module: &str) -> bool {
    module == "__main__" || find(module).is_some()
}

/// The module whose top-level code is running: `__main__`, or the program module being
/// imported. Classes that runtime functions make (`namedtuple`, `Enum('E', …)`) take it as their
/// `__module__`, as CPython takes the caller's; right for calls at a module's top level, which is
/// where such classes are made.
pub fn defining_module() -> &'static str {
    INITIALIZING.with(|i| i.borrow().last().copied()).unwrap_or("__main__")
}

fn initializing(name: &str) -> bool {
    INITIALIZING.with(|i| i.borrow().iter().any(|n| *n == name))
}

fn loaded(name: &str) -> Option<Value> {
    LOADED.with(|l| l.borrow().iter().find(|(n, _)| *n == name).map(|(_, m)| m.clone()))
}

/// Imports `m`: its package first, then its body, once.
pub(crate) fn load(m: &'static LocalModule) -> PyResult<Value> {
    let parent = match m.name.rsplit_once('.') {
        Some((parent, child)) => {
            let p = super::import_module(parent)?;
            // The package's own code may have imported this module already.
            if let Some(done) = loaded(m.name) {
                return Ok(done);
            }
            Some((p, child))
        }
        None => None,
    };
    let module = Value::Module(Rc::new(Module { name: Str::from(m.name), dict: RefCell::new(DictObj::new()), globals: m.globals }));
    LOADED.with(|l| l.borrow_mut().push((m.name, module.clone())));
    INITIALIZING.with(|i| i.borrow_mut().push(m.name));
    let ran = (m.body)();
    INITIALIZING.with(|i| i.borrow_mut().retain(|n| *n != m.name));
    if let Err(e) = ran {
        // Out of sys.modules, and its variables gone: the next import runs the body afresh.
        LOADED.with(|l| l.borrow_mut().retain(|(n, _)| *n != m.name));
        for g in m.globals {
            g.unbind();
        }
        return Err(e);
    }
    if let Some((p, child)) = parent {
        module_setattr(&p, child, module.clone());
    }
    Ok(module)
}

/// `import a.b` where the program provides package `a` but no `a.b`: CPython imports `a`
/// (running its code) before it finds no `b`.
pub(crate) fn not_found(name: &str) -> PyResult<Value> {
    if let Some((parent, _)) = name.rsplit_once('.') {
        if let Some(p) = find(parent) {
            super::import_module(p.name)?;
            if !p.package {
                return Err(PyErr::new(
                    "ModuleNotFoundError",
                    format!("No module named '{}'; '{}' is not a package", name, parent),
                ));
            }
        }
    }
    Err(PyErr::new("ModuleNotFoundError", format!("No module named '{}'", name)))
}

/// `module.name` for a module object: its variables, then its other attributes.
pub(crate) fn module_getattr(m: &Module, name: &str) -> PyResult<Value> {
    if let Some(g) = m.globals.iter().find(|g| g.name() == name) {
        if g.is_bound() {
            return g.get();
        }
    }
    match m.dict.borrow().get_str(name) {
        Some(v) => return Ok(v),
        None if name == "__name__" => return Ok(Value::Str(m.name.clone())),
        None => {}
    }
    let message = if initializing(m.name.as_str()) {
        format!("partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)", m.name, name)
    } else {
        format!("module '{}' has no attribute '{}'", m.name, name)
    };
    Err(PyErr::new("AttributeError", message))
}

/// `module.name = value`: a variable of a translated module, or another attribute.
pub(crate) fn module_setattr(module: &Value, name: &str, value: Value) {
    if let Value::Module(m) = module {
        match m.globals.iter().find(|g| g.name() == name) {
            Some(g) => g.set(value),
            None => {
                let old = m.dict.borrow_mut().remove_str(name);
                m.dict.borrow_mut().set_str(name, value);
                drop(old);
            }
        }
    }
}

/// `del module.name`; whether it was there.
pub(crate) fn module_delattr(m: &Module, name: &str) -> bool {
    if let Some(g) = m.globals.iter().find(|g| g.name() == name) {
        if g.delete().is_ok() {
            return true;
        }
    }
    m.dict.borrow_mut().remove_str(name).is_some()
}

/// A function defined in program module `module`, which is its `__module__`.
pub fn in_module(function: Value, module: &str) -> Value {
    if let Value::Func(f) = &function {
        f.attrs.borrow_mut().set_str("__module__", Value::str(module));
    }
    function
}

/// `from module import name`: the attribute, else the submodule `module.name`; otherwise
/// CPython's `ImportError: cannot import name …`.
pub fn import_from(module: &Value, name: &str) -> PyResult<Value> {
    let m = match module {
        Value::Module(m) => m,
        other => return crate::value::attr::getattr(other, name),
    };
    let err = match module_getattr(m, name) {
        Ok(v) => return Ok(v),
        Err(e) => e,
    };
    if err.type_name != "AttributeError" {
        return Err(err);
    }
    let full = format!("{}.{}", m.name, name);
    if let Some(sub) = find(&full) {
        if find(m.name.as_str()).map_or(false, |p| p.package) {
            return super::import_module(sub.name);
        }
    }
    let file = match find(m.name.as_str()) {
        Some(lm) if !lm.file.is_empty() => lm.file,
        _ => "unknown location",
    };
    let message = if initializing(m.name.as_str()) {
        format!(
            "cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})",
            name, m.name, file
        )
    } else {
        format!("cannot import name '{}' from '{}' ({})", name, m.name, file)
    };
    Err(PyErr::new("ImportError", message))
}

/// `from module import *`: the value of each name in `expected` (the names the translation
/// binds, in that order), `None` for one the module does not export. The module's `__all__`
/// when it has one, else its public names (not starting with `_`). A name the translation did
/// not foresee (set on the module from outside) stops the program rather than be left unbound.
pub fn import_star(module: &Value, expected: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let m = match module {
        Value::Module(m) => m.clone(),
        _ => return Err(PyErr::untranslatable("`from … import *` of something that is not a module")),
    };
    if find(m.name.as_str()).is_none() {
        return runtime_star(&m, expected);
    }
    let mut names: Vec<(String, Value)> = Vec::new();
    match module_getattr(&m, "__all__") {
        Ok(all) => {
            for item in crate::value::iterate::iterate(&all)? {
                let item = item?;
                let name = match &item {
                    Value::Str(s) => s.to_string(),
                    other => {
                        return Err(PyErr::type_error(format!(
                            "Item in {}.__all__ must be str, not {}",
                            m.name,
                            other.type_name()
                        )))
                    }
                };
                let value = import_from(module, &name).map_err(|e| match e.type_name.as_str() {
                    "ImportError" => PyErr::new("AttributeError", format!("module '{}' has no attribute '{}'", m.name, name)),
                    _ => e,
                })?;
                names.push((name, value));
            }
        }
        Err(_) => {
            for g in m.globals {
                if !g.name().starts_with('_') && g.is_bound() {
                    names.push((g.name().to_string(), g.get()?));
                }
            }
            for (k, v) in m.dict.borrow().items() {
                if let Value::Str(s) = &k {
                    if !s.as_str().starts_with('_') {
                        names.push((s.to_string(), v));
                    }
                }
            }
        }
    }
    let mut out: Vec<Option<Value>> = vec![None; expected.len()];
    for (name, value) in names {
        match expected.iter().position(|e| *e == name) {
            Some(i) => out[i] = Some(value),
            None => {
                return Err(PyErr::untranslatable(&format!(
                    "`from {} import *` binds '{}', which the translation did not foresee",
                    m.name, name
                )))
            }
        }
    }
    Ok(out)
}

/// `from m import *` of a standard-library module of the runtime: `expected` is what CPython's
/// module binds. Each name the runtime's module has is bound; one it lacks stays unbound (a use
/// is a NameError), unless it would shadow a builtin, which would silently change the program:
/// then the import itself fails.
fn runtime_star(m: &Module, expected: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let d = m.dict.borrow();
    let mut out = Vec::with_capacity(expected.len());
    for name in expected {
        let value = d.get_str(name);
        if value.is_none() && crate::value::builtins::NAMES.contains(name) {
            return Err(PyErr::untranslatable(&format!(
                "`from {} import *` binds '{}', which the runtime's {} does not provide (it would shadow the builtin)",
                m.name, name, m.name
            )));
        }
        out.push(value);
    }
    Ok(out)
}
